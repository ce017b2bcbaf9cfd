import { ConfirmDialog } from '../../components/confirm-dialog';
import { formatCount } from '../../components/format';
import type { MeetingsDialog } from '../../stores/meetings-store';
import { useMeetings, useStores } from '../../stores/stores-context';
import { LinkMeetingDialog } from './link-meeting-dialog';
import { MeetingEditorDialog } from './meeting-editor-dialog';

/** Whichever dialog the Meetings view asked for, from its list or a meeting's page. */
export function MeetingsDialogs() {
  const { meetings } = useStores();
  const dialog = useMeetings((state) => state.dialog);
  if (!dialog) return null;
  return <DialogFor dialog={dialog} onClose={() => meetings.getState().openDialog(null)} />;
}

function DialogFor({ dialog, onClose }: { dialog: MeetingsDialog; onClose: () => void }) {
  const { meetings } = useStores();
  const meeting = useMeetings((state) => state.meeting);
  const items = useMeetings((state) => state.items);
  switch (dialog.kind) {
    case 'create':
      return <MeetingEditorDialog meeting={null} onClose={onClose} />;
    case 'edit':
      return meeting?.uid === dialog.uid ? <MeetingEditorDialog meeting={meeting} onClose={onClose} /> : null;
    case 'link':
      return meeting?.uid === dialog.uid ? <LinkMeetingDialog meeting={meeting} onClose={onClose} /> : null;
    case 'delete': {
      const shown = meeting?.uid === dialog.uid ? meeting : items.find((item) => item.uid === dialog.uid);
      if (!shown) return null;
      const links = shown.links.length;
      const confirm = () => {
        onClose();
        void meetings.getState().remove(dialog.uid);
      };
      return (
        <ConfirmDialog title={`Delete “${shown.title}”?`} confirmLabel="Delete" onConfirm={confirm} onCancel={onClose}>
          <p>
            {links === 0
              ? 'It has no links to other meetings.'
              : `Its ${links === 1 ? 'link' : `${formatCount(links)} links`} to other meetings ${links === 1 ? 'goes' : 'go'} with it.`}{' '}
            Its sources stay in the Library.
          </p>
          <p>You can undo this until Dossier closes.</p>
        </ConfirmDialog>
      );
    }
    case 'merge': {
      const confirm = () => {
        onClose();
        void meetings.getState().merge(dialog.keep.uid, dialog.merge.uid);
      };
      return (
        <ConfirmDialog title="Merge these two meetings?" confirmLabel="Merge" onConfirm={confirm} onCancel={onClose}>
          <p>
            “{dialog.merge.title}” becomes part of “{dialog.keep.title}”: its sources, participants, evidence, topics and links are added, without duplicates, and it leaves the list.
          </p>
          <p>Undo brings it back as it was.</p>
        </ConfirmDialog>
      );
    }
  }
}

import type { Official } from '../../../shared/model/official';
import type { OfficialProfile } from '../../../shared/model/mention';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { formatCount } from '../../components/format';
import type { OfficialsDialog } from '../../stores/officials-store';
import { useOfficials, useStores } from '../../stores/stores-context';
import { MergeOfficialsDialog } from './merge-officials-dialog';
import { OfficialEditorDialog } from './official-editor-dialog';
import { foldName } from './official-draft';
import { documentsText } from './official-row';

/** Whichever dialog the Officials view asked for, from its list, its menus or a profile. */
export function OfficialsDialogs() {
  const { officials } = useStores();
  const dialog = useOfficials((state) => state.dialog);
  const items = useOfficials((state) => state.items);
  const profile = useOfficials((state) => state.profile);
  if (!dialog) return null;
  const close = () => officials.getState().openDialog(null);
  const find = (uid: string) => items.find((item) => item.uid === uid) ?? (profile?.official.uid === uid ? profile.official : undefined);
  return <DialogFor dialog={dialog} find={find} profile={profile} onClose={close} />;
}

interface DialogForProps {
  dialog: OfficialsDialog;
  find: (uid: string) => Official | undefined;
  profile: OfficialProfile | null;
  onClose: () => void;
}

function DialogFor({ dialog, find, profile, onClose }: DialogForProps) {
  const { officials } = useStores();
  switch (dialog.kind) {
    case 'create':
      return <OfficialEditorDialog official={null} onClose={onClose} />;
    case 'edit': {
      const official = find(dialog.uid);
      return official ? <OfficialEditorDialog official={official} onClose={onClose} /> : null;
    }
    case 'merge': {
      const people = dialog.uids.flatMap((uid) => find(uid) ?? []);
      return people.length > 1 ? <MergeOfficialsDialog people={people} onClose={onClose} /> : null;
    }
    case 'delete': {
      const people = dialog.uids.flatMap((uid) => find(uid) ?? []);
      if (people.length === 0) return null;
      const confirm = () => {
        onClose();
        void officials.getState().remove(people.map((person) => person.uid));
      };
      return (
        <ConfirmDialog title={deleteTitle(people)} confirmLabel="Delete" onConfirm={confirm} onCancel={onClose}>
          <p>{deleteLoss(people)}</p>
          <p>You can undo this until Dossier closes.</p>
        </ConfirmDialog>
      );
    }
    case 'split': {
      const official = find(dialog.uid);
      if (!official) return null;
      const moving = splitCount(profile, dialog.uid, dialog.alias);
      const confirm = () => {
        onClose();
        void officials.getState().splitAlias(dialog.uid, dialog.alias);
      };
      return (
        <ConfirmDialog title={`Split “${dialog.alias}” off as a new person?`} confirmLabel="Split off" onConfirm={confirm} onCancel={onClose}>
          <p>
            “{dialog.alias}” stops being a name of {official.name} and becomes a person of their own, with the same country and no offices.
          </p>
          <p>
            {moving === 0
              ? `No confirmed mention is written “${dialog.alias}”, so none moves.`
              : moving === 1
                ? `The confirmed mention written “${dialog.alias}” moves to the new person.`
                : `The ${formatCount(moving)} confirmed mentions written “${dialog.alias}” move to the new person.`}{' '}
            Undo merges them back.
          </p>
        </ConfirmDialog>
      );
    }
  }
}

function deleteTitle(people: Official[]): string {
  return people.length === 1 ? `Delete “${people[0]!.name}”?` : `Delete ${formatCount(people.length)} officials?`;
}

/** Names what goes with the people: their confirmed mentions. */
function deleteLoss(people: Official[]): string {
  const mentions = people.reduce((sum, person) => sum + person.mentions, 0);
  if (mentions === 0) return people.length === 1 ? `${people[0]!.name} has no confirmed mentions.` : 'None of them has confirmed mentions.';
  const where = people.length === 1 ? ` in ${documentsText(people[0]!.documents)}` : '';
  return `Their ${formatCount(mentions)} confirmed ${mentions === 1 ? 'mention' : 'mentions'}${where} ${mentions === 1 ? 'goes' : 'go'} with them.`;
}

/** The confirmed mentions written in this form, which move to the new person. */
function splitCount(profile: OfficialProfile | null, uid: string, alias: string): number {
  if (profile?.official.uid !== uid) return 0;
  const form = foldName(alias);
  return profile.documents.reduce((sum, document) => sum + document.mentions.filter((mention) => foldName(mention.text) === form).length, 0);
}

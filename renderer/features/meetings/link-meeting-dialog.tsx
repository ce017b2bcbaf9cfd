import { useId, useState } from 'react';
import type { Meeting, MeetingLinkKind } from '../../../shared/model/meeting';
import { Dialog } from '../../components/dialog';
import { useStores } from '../../stores/stores-context';
import { MeetingPicker, type PickedMeeting } from './meeting-picker';

/** The kinds offered when linking, read from this meeting: "This meeting prepares…", "…is prepared by…". */
const CHOICES: { value: string; label: string; kind: MeetingLinkKind; outgoing: boolean }[] = [
  { value: 'prepares', label: 'Prepares', kind: 'prepares', outgoing: true },
  { value: 'prepared-by', label: 'Is prepared by', kind: 'prepares', outgoing: false },
  { value: 'follows-up', label: 'Follows up', kind: 'follows-up', outgoing: true },
  { value: 'followed-up-by', label: 'Is followed up by', kind: 'follows-up', outgoing: false },
  { value: 'part-of', label: 'Is part of', kind: 'part-of', outgoing: true },
  { value: 'has-part', label: 'Has as a part', kind: 'part-of', outgoing: false },
  { value: 'related', label: 'Is related to', kind: 'related', outgoing: true },
  { value: 'same-as', label: 'Is the same meeting as (merge these two…)', kind: 'same-as', outgoing: true },
];

/** Links the meeting to another; the same meeting is offered as a merge instead. */
export function LinkMeetingDialog({ meeting, onClose }: { meeting: Meeting; onClose: () => void }) {
  const { meetings } = useStores();
  const [choice, setChoice] = useState(CHOICES[0]!.value);
  const [other, setOther] = useState<PickedMeeting | null>(null);
  const id = useId();
  const chosen = CHOICES.find((option) => option.value === choice) ?? CHOICES[0]!;

  async function save() {
    if (!other) return;
    if (chosen.kind === 'same-as') {
      meetings.getState().openDialog({ kind: 'merge', keep: { uid: meeting.uid, title: meeting.title }, merge: { uid: other.uid, title: other.title } });
      return;
    }
    const [fromUid, toUid] = chosen.outgoing ? [meeting.uid, other.uid] : [other.uid, meeting.uid];
    const label = `“${meeting.title}” ${chosen.label.toLowerCase()} “${other.title}”.`;
    if (await meetings.getState().link({ kind: chosen.kind, fromUid, toUid }, label)) onClose();
  }

  return (
    <Dialog
      title={`Link “${meeting.title}”`}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button-primary" disabled={!other} onClick={() => void save()}>
            {chosen.kind === 'same-as' ? 'Merge…' : 'Link'}
          </button>
        </>
      }
    >
      <div className="form-field">
        <label htmlFor={`${id}-kind`}>This meeting…</label>
        <select id={`${id}-kind`} value={choice} onChange={(event) => setChoice(event.target.value)}>
          {CHOICES.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {other ? (
        <p className="meeting-link-choice">
          {chosen.label} <strong>{other.title}</strong>{' '}
          <button type="button" className="link-button" onClick={() => setOther(null)}>
            Choose another
          </button>
        </p>
      ) : (
        <MeetingPicker label="The other meeting" exclude={[meeting.uid]} onPick={setOther} />
      )}
    </Dialog>
  );
}

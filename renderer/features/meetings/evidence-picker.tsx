import { useId, useState } from 'react';
import { EVIDENCE_SUPPORT_LABELS, EVIDENCE_SUPPORTS, type EvidenceSupport } from '../../../shared/model/meeting';
import { useMeetings, useMentions, useStores } from '../../stores/stores-context';
import type { Selection } from '../../stores/annotations-store';
import { MeetingPicker, type PickedMeeting } from './meeting-picker';
import './meetings.css';

interface EvidencePickerProps {
  documentUid: string;
  selection: Selection;
  /** Called once the choice is made, before the passage is saved, so the toolbar can close. */
  onChosen: () => void;
  onClose: () => void;
}

/**
 * "Add as evidence to meeting…": the meetings this document reports first, then any by title; then
 * what the passage supports. The passage is saved as a highlight and cited as the meeting's evidence.
 */
export function EvidencePicker({ documentUid, selection, onChosen, onClose }: EvidencePickerProps) {
  const { annotations, meetings } = useStores();
  const documentMeetings = useMeetings((state) => state.documentMeetings);
  const reported = documentMeetings?.documentUid === documentUid ? documentMeetings.items : [];
  const tagged = useMentions((state) => state.items);
  const [meeting, setMeeting] = useState<PickedMeeting | null>(null);
  const [supports, setSupports] = useState<EvidenceSupport>('general');
  const [officialUid, setOfficialUid] = useState('');
  const id = useId();

  if (!meeting) return <MeetingPicker label="The meeting this passage is evidence for" first={reported} onPick={setMeeting} onClose={onClose} />;

  const people = new Map<string, string>();
  for (const participant of meeting.participants) people.set(participant.officialUid, participant.name);
  for (const mention of tagged) if (!people.has(mention.officialUid)) people.set(mention.officialUid, mention.name);
  const ready = supports !== 'participant' || officialUid !== '';

  async function cite() {
    if (!meeting || !ready) return;
    onChosen();
    const created = await annotations.getState().create({ selection });
    if (!created) return;
    await meetings.getState().addEvidence(meeting, { annotationUid: created.uid, supports, ...(supports === 'participant' && { officialUid }) });
  }

  return (
    <div className="meeting-picker" role="group" aria-label={`Evidence for “${meeting.title}”`}>
      <p>
        Evidence for <strong>{meeting.title}</strong>
      </p>
      <fieldset className="evidence-support-choice">
        <legend>It supports</legend>
        {EVIDENCE_SUPPORTS.map((value) => (
          <label key={value}>
            <input type="radio" name={`${id}-supports`} value={value} checked={supports === value} onChange={() => setSupports(value)} />
            {EVIDENCE_SUPPORT_LABELS[value]}
          </label>
        ))}
      </fieldset>
      {supports === 'participant' && (
        <div className="form-field">
          <label htmlFor={`${id}-official`}>Which participant</label>
          <select id={`${id}-official`} value={officialUid} onChange={(event) => setOfficialUid(event.target.value)}>
            <option value="">Choose…</option>
            {[...people].map(([uid, name]) => (
              <option key={uid} value={uid}>
                {name}
              </option>
            ))}
          </select>
          {people.size === 0 && <p className="form-hint">Tag the person in the text first (select the name, press O).</p>}
        </div>
      )}
      <div className="meeting-suggestion-actions">
        <button type="button" className="button button-small button-primary" disabled={!ready} onClick={() => void cite()}>
          Add as evidence
        </button>
        <button type="button" className="button button-small" onClick={onClose}>
          Cancel
        </button>
      </div>
    </div>
  );
}

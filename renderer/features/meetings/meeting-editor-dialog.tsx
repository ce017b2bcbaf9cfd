import { useId, useState } from 'react';
import { MEETING_FORMAT_LABELS, MEETING_FORMATS, type Meeting, type MeetingFormat } from '../../../shared/model/meeting';
import { focusFirstInvalid, FormDialog, useSaving } from '../../components/form-dialog';
import { TextField } from '../../components/text-field';
import { useLabels, useStores } from '../../stores/stores-context';
import { draftOf, inputOf, patchOf, type DraftErrors, type MeetingDraft } from './meeting-draft';

interface MeetingEditorDialogProps {
  /** The meeting to edit, or null to record a new one. */
  meeting: Meeting | null;
  onClose: () => void;
}

/**
 * Records a meeting or edits one. Problems show beside their fields; a refusal by the core shows in
 * a toast and the dialog stays open with everything typed.
 */
export function MeetingEditorDialog({ meeting, onClose }: MeetingEditorDialogProps) {
  const { meetings } = useStores();
  const labels = useLabels((state) => state.labels);
  const [draft, setDraft] = useState<MeetingDraft>(() => draftOf(meeting));
  const [errors, setErrors] = useState<DraftErrors>({});
  const { saving, save } = useSaving(onClose);
  const id = useId();
  const change = (patch: Partial<MeetingDraft>) => setDraft((current) => ({ ...current, ...patch }));

  function onSubmit(form: HTMLFormElement) {
    const { input, errors: found } = inputOf(draft);
    setErrors(found);
    if (!input) {
      focusFirstInvalid(form);
      return;
    }
    void save(async () => {
      if (meeting === null) return (await meetings.getState().create(input)) !== null;
      const patch = patchOf(meeting, input);
      return patch === null || meetings.getState().update(meeting.uid, patch);
    });
  }

  const text = (key: 'title' | 'start' | 'end' | 'city' | 'venue', label: string, extra: { placeholder: string; dates?: boolean; autofocus?: boolean }) => (
    <TextField
      id={`${id}-${key}`}
      label={label}
      value={draft[key]}
      maxLength={key === 'title' ? 500 : 300}
      placeholder={extra.placeholder}
      data-autofocus={extra.autofocus ? true : undefined}
      error={key === 'title' || key === 'start' || key === 'end' ? errors[key] : undefined}
      describedBy={extra.dates ? `${id}-dates-hint` : undefined}
      onChange={(value) => change({ [key]: value })}
    />
  );

  return (
    <FormDialog
      title={meeting ? `Edit “${meeting.title}”` : 'New meeting'}
      onClose={onClose}
      submitLabel={meeting ? 'Save' : 'Record meeting'}
      submitDisabled={saving}
      onSubmit={onSubmit}
    >
      {text('title', 'Title', { placeholder: 'e.g. High-Level Security Dialogue', autofocus: true })}
      <p id={`${id}-dates-hint`} className="form-hint">
        Dates as a year (2021), a month (2021-08), a day (2021-08-11), or --08-11 when the year is unknown.
      </p>
      <div className="meeting-form-row">
        {text('start', 'Start date', { placeholder: 'YYYY-MM-DD', dates: true })}
        {text('end', 'End date (optional)', { placeholder: 'YYYY-MM-DD', dates: true })}
      </div>
      <div className="meeting-form-row">
        {text('city', 'City', { placeholder: 'e.g. Mexico City' })}
        {text('venue', 'Venue', { placeholder: 'e.g. Palacio Nacional' })}
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-format`}>Format</label>
        <select id={`${id}-format`} value={draft.format} onChange={(event) => change({ format: event.target.value as MeetingFormat | '' })}>
          <option value="">Not known</option>
          {MEETING_FORMATS.map((format) => (
            <option key={format} value={format}>
              {MEETING_FORMAT_LABELS[format]}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-summary`}>Summary</label>
        <textarea id={`${id}-summary`} rows={4} maxLength={100_000} value={draft.summary} placeholder="Markdown: **bold**, _italic_, [links](https://…)" onChange={(event) => change({ summary: event.target.value })} />
      </div>
      {labels.length > 0 && (
        <fieldset className="form-field meeting-topics-field">
          <legend>Topics</legend>
          {labels.map((label) => (
            <label key={label.uid} className="meeting-topic-option">
              <input
                type="checkbox"
                checked={draft.topics.includes(label.uid)}
                onChange={(event) => change({ topics: event.target.checked ? [...draft.topics, label.uid] : draft.topics.filter((uid) => uid !== label.uid) })}
              />
              <span className="label-swatch" data-color={label.color} aria-hidden />
              {label.name}
            </label>
          ))}
        </fieldset>
      )}
    </FormDialog>
  );
}

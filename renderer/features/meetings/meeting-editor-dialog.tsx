import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { MEETING_FORMAT_LABELS, MEETING_FORMATS, type Meeting, type MeetingFormat } from '../../../shared/model/meeting';
import { Dialog } from '../../components/dialog';
import { useLabels, useStores } from '../../stores/stores-context';
import { draftOf, inputOf, patchOf, type DraftErrors, type MeetingDraft } from './meeting-draft';
import '../officials/official-dialogs.css';

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
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const id = useId();
  const change = (patch: Partial<MeetingDraft>) => setDraft((current) => ({ ...current, ...patch }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const { input, errors: found } = inputOf(draft);
    setErrors(found);
    if (!input) {
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setSaving(true);
    let saved: boolean;
    if (meeting === null) saved = (await meetings.getState().create(input)) !== null;
    else {
      const patch = patchOf(meeting, input);
      saved = patch === null || (await meetings.getState().update(meeting.uid, patch));
    }
    setSaving(false);
    if (saved) onClose();
  }

  const text = (key: 'title' | 'start' | 'end' | 'city' | 'venue', label: string, extra: { placeholder?: string; hint?: string; autofocus?: boolean }): ReactNode => {
    const error = key === 'title' || key === 'start' || key === 'end' ? errors[key] : undefined;
    const described = [extra.hint && `${id}-dates-hint`, error && `${id}-${key}-error`].filter(Boolean).join(' ');
    return (
      <div className="official-field">
        <label htmlFor={`${id}-${key}`}>{label}</label>
        <input
          id={`${id}-${key}`}
          type="text"
          value={draft[key]}
          maxLength={key === 'title' ? 500 : 300}
          placeholder={extra.placeholder}
          data-autofocus={extra.autofocus ? true : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={described || undefined}
          onChange={(event) => change({ [key]: event.target.value })}
        />
        {error && (
          <p id={`${id}-${key}-error`} className="form-error">
            {error}
          </p>
        )}
      </div>
    );
  };

  return (
    <Dialog
      title={meeting ? `Edit “${meeting.title}”` : 'New meeting'}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={`${id}-form`} className="button button-primary" disabled={saving}>
            {meeting ? 'Save' : 'Record meeting'}
          </button>
        </>
      }
    >
      <form ref={form} id={`${id}-form`} className="official-form" onSubmit={(event) => void onSubmit(event)} noValidate>
        {text('title', 'Title', { placeholder: 'e.g. High-Level Security Dialogue', autofocus: true })}
        <p id={`${id}-dates-hint`} className="official-hint">
          Dates as a year (2021), a month (2021-08), a day (2021-08-11), or --08-11 when the year is unknown.
        </p>
        <div className="meeting-form-row">
          {text('start', 'Start date', { placeholder: 'YYYY-MM-DD', hint: 'dates' })}
          {text('end', 'End date (optional)', { placeholder: 'YYYY-MM-DD', hint: 'dates' })}
        </div>
        <div className="meeting-form-row">
          {text('city', 'City', { placeholder: 'e.g. Mexico City' })}
          {text('venue', 'Venue', { placeholder: 'e.g. Palacio Nacional' })}
        </div>
        <div className="official-field">
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
        <div className="official-field">
          <label htmlFor={`${id}-summary`}>Summary</label>
          <textarea id={`${id}-summary`} rows={4} maxLength={100_000} value={draft.summary} placeholder="Markdown: **bold**, _italic_, [links](https://…)" onChange={(event) => change({ summary: event.target.value })} />
        </div>
        {labels.length > 0 && (
          <fieldset className="official-field meeting-topics-field">
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
      </form>
    </Dialog>
  );
}

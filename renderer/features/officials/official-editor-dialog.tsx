import { useId, useRef, useState, type FormEvent } from 'react';
import type { Official } from '../../../shared/model/official';
import { Dialog } from '../../components/dialog';
import { useStores } from '../../stores/stores-context';
import { AliasChips } from './alias-chips';
import { COUNTRIES, COUNTRY_NAMES } from './countries';
import { OfficeFields } from './office-fields';
import { draftOf, inputOf, patchOf, type DraftErrors, type OfficialDraft } from './official-draft';
import './official-dialogs.css';

interface OfficialEditorDialogProps {
  /** The person to edit, or null to register a new one. */
  official: Official | null;
  onClose: () => void;
}

/**
 * Registers a person or edits one. Problems show beside their fields; a refusal by the core shows
 * in a toast and the dialog stays open with everything typed.
 */
export function OfficialEditorDialog({ official, onClose }: OfficialEditorDialogProps) {
  const { officials } = useStores();
  const [draft, setDraft] = useState<OfficialDraft>(() => draftOf(official));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const id = useId();
  const change = (patch: Partial<OfficialDraft>) => setDraft((current) => ({ ...current, ...patch }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const { input, errors: found } = inputOf(draft);
    if (!input) {
      setErrors(found);
      // After the errors render, so the first field in error is the one marked invalid.
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setErrors({});
    setSaving(true);
    let saved: boolean;
    if (official === null) saved = (await officials.getState().create(input)) !== null;
    else {
      const patch = patchOf(official, input);
      saved = patch === null || (await officials.getState().update(official.uid, patch));
    }
    setSaving(false);
    if (saved) onClose();
  }

  const field = (key: 'affiliation' | 'wikidata', label: string, extra: { placeholder: string; maxLength: number }) => (
    <div className="official-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type="text"
        value={draft[key]}
        {...extra}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={errors[key] ? `${id}-${key}-error` : undefined}
        onChange={(event) => change({ [key]: event.target.value })}
      />
      {errors[key] && (
        <p id={`${id}-${key}-error`} className="form-error">
          {errors[key]}
        </p>
      )}
    </div>
  );

  return (
    <Dialog
      title={official ? `Edit “${official.name}”` : 'New official'}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={`${id}-form`} className="button button-primary" disabled={saving}>
            {official ? 'Save' : 'Add to registry'}
          </button>
        </>
      }
    >
      <form ref={form} id={`${id}-form`} className="official-form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <div className="official-field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            type="text"
            value={draft.name}
            maxLength={300}
            required
            data-autofocus
            placeholder="The fullest form, e.g. Marcelo Ebrard Casaubón"
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={errors.name ? `${id}-name-error` : undefined}
            onChange={(event) => change({ name: event.target.value })}
          />
          {errors.name && (
            <p id={`${id}-name-error`} className="form-error">
              {errors.name}
            </p>
          )}
        </div>
        <AliasChips aliases={draft.aliases} name={draft.name} onChange={(aliases) => change({ aliases })} />
        <div className="official-field">
          <label htmlFor={`${id}-country`}>Country</label>
          <select id={`${id}-country`} value={draft.country} onChange={(event) => change({ country: event.target.value as OfficialDraft['country'] })}>
            <option value="">Not set</option>
            {COUNTRIES.map((country) => (
              <option key={country} value={country}>
                {COUNTRY_NAMES[country]}
              </option>
            ))}
          </select>
        </div>
        <OfficeFields offices={draft.offices} errors={errors} onChange={(offices) => change({ offices })} />
        {field('affiliation', 'Affiliation', { placeholder: 'Party, ministry or organisation', maxLength: 500 })}
        {field('wikidata', 'Wikidata id', { placeholder: 'Q123', maxLength: 20 })}
        <div className="official-field">
          <label htmlFor={`${id}-notes`}>Notes</label>
          <textarea
            id={`${id}-notes`}
            rows={4}
            maxLength={100_000}
            value={draft.notes}
            placeholder="Markdown: **bold**, _italic_, [links](https://…)"
            onChange={(event) => change({ notes: event.target.value })}
          />
        </div>
      </form>
    </Dialog>
  );
}

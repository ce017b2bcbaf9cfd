import { useId, useState } from 'react';
import type { Official } from '../../../shared/model/official';
import { focusFirstInvalid, FormDialog, useSaving } from '../../components/form-dialog';
import { TextField } from '../../components/text-field';
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
  const { saving, save } = useSaving(onClose);
  const id = useId();
  const change = (patch: Partial<OfficialDraft>) => setDraft((current) => ({ ...current, ...patch }));

  function onSubmit(form: HTMLFormElement) {
    const { input, errors: found } = inputOf(draft);
    if (!input) {
      setErrors(found);
      focusFirstInvalid(form);
      return;
    }
    setErrors({});
    void save(async () => {
      if (official === null) return (await officials.getState().create(input)) !== null;
      const patch = patchOf(official, input);
      return patch === null || officials.getState().update(official.uid, patch);
    });
  }

  return (
    <FormDialog
      title={official ? `Edit “${official.name}”` : 'New official'}
      onClose={onClose}
      submitLabel={official ? 'Save' : 'Add to registry'}
      submitDisabled={saving}
      onSubmit={onSubmit}
    >
      <TextField
        id={`${id}-name`}
        label="Name"
        value={draft.name}
        maxLength={300}
        required
        data-autofocus
        placeholder="The fullest form, e.g. Marcelo Ebrard Casaubón"
        error={errors.name}
        onChange={(name) => change({ name })}
      />
      <AliasChips aliases={draft.aliases} name={draft.name} onChange={(aliases) => change({ aliases })} />
      <div className="form-field">
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
      <TextField
        id={`${id}-affiliation`}
        label="Affiliation"
        value={draft.affiliation}
        maxLength={500}
        placeholder="Party, ministry or organisation"
        error={errors.affiliation}
        onChange={(affiliation) => change({ affiliation })}
      />
      <TextField id={`${id}-wikidata`} label="Wikidata id" value={draft.wikidata} maxLength={20} placeholder="Q123" error={errors.wikidata} onChange={(wikidata) => change({ wikidata })} />
      <div className="form-field">
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
    </FormDialog>
  );
}

import { useId, useState } from 'react';
import type { Label, LabelPatch } from '../../../shared/model/annotation';
import { LABEL_COLORS, type LabelColor } from '../../../shared/model/label-colors';
import { FormDialog, useSaving } from '../../components/form-dialog';
import { TextField } from '../../components/text-field';
import { useLabels, useStores } from '../../stores/stores-context';
import { LABEL_COLOR_NAMES, leastUsedColor } from './label-color-names';
import { childrenOf } from './label-tree';

export type LabelEditorMode =
  | { kind: 'create'; parentUid: string | null }
  | { kind: 'edit'; label: Label; focus: 'name' | 'description' };

interface LabelEditorDialogProps {
  mode: LabelEditorMode;
  onClose: () => void;
}

interface Draft {
  name: string;
  color: LabelColor;
  parentUid: string | null;
  description: string;
}

/** Creates a label or edits one: name, colour, parent and description; the core's refusals show here. */
export function LabelEditorDialog({ mode, onClose }: LabelEditorDialogProps) {
  const { labels: store } = useStores();
  const labels = useLabels((state) => state.labels);
  const editing = mode.kind === 'edit' ? mode.label : null;
  const [draft, setDraft] = useState<Draft>(() =>
    editing
      ? { name: editing.name, color: editing.color, parentUid: editing.parentUid, description: editing.description }
      : { name: '', color: leastUsedColor(labels.map((label) => label.color)), parentUid: mode.kind === 'create' ? mode.parentUid : null, description: '' },
  );
  const [error, setError] = useState<string | null>(null);
  const [nameMissing, setNameMissing] = useState(false);
  const { saving, save } = useSaving(onClose);
  const id = useId();
  const hasChildren = editing !== null && childrenOf(editing.uid, labels).length > 0;
  const parents = labels.filter((label) => label.parentUid === null && label.uid !== editing?.uid);
  const focus = mode.kind === 'edit' ? mode.focus : 'name';

  async function saveDraft(): Promise<boolean> {
    const name = draft.name.trim();
    if (!editing) {
      const created = await store.getState().create({ ...draft, name }, setError);
      return created !== null;
    }
    const patch: LabelPatch = {};
    if (name !== editing.name) patch.name = name;
    if (draft.color !== editing.color) patch.color = draft.color;
    if (draft.parentUid !== editing.parentUid) patch.parentUid = draft.parentUid;
    if (draft.description !== editing.description) patch.description = draft.description;
    if (Object.keys(patch).length === 0) return true;
    return store.getState().update(editing.uid, patch, setError);
  }

  function onSubmit() {
    if (draft.name.trim() === '') {
      setNameMissing(true);
      return;
    }
    setError(null);
    void save(saveDraft);
  }

  const nameError = nameMissing && draft.name.trim() === '' ? 'A label needs a name.' : null;
  return (
    <FormDialog
      title={editing ? `Edit label “${editing.name}”` : 'New label'}
      onClose={onClose}
      submitLabel={editing ? 'Save' : 'Create label'}
      submitDisabled={saving}
      onSubmit={onSubmit}
    >
      <TextField
        id={`${id}-name`}
        label="Name"
        value={draft.name}
        maxLength={200}
        required
        data-autofocus={focus === 'name' ? true : undefined}
        error={nameError}
        // A refusal by the core (a name already taken) shows under the form and is read with the name.
        invalid={error !== null}
        describedBy={error !== null && !nameError ? `${id}-error` : undefined}
        onChange={(name) => setDraft({ ...draft, name })}
      />
      <fieldset className="form-field codebook-colors" role="radiogroup">
        <legend>Colour</legend>
        {LABEL_COLORS.map((color) => (
          <label key={color} className="codebook-color-option">
            <input
              type="radio"
              name={`${id}-color`}
              value={color}
              checked={draft.color === color}
              onChange={() => setDraft({ ...draft, color })}
            />
            <span className="label-swatch" data-color={color} aria-hidden />
            {LABEL_COLOR_NAMES[color]}
          </label>
        ))}
      </fieldset>
      <div className="form-field">
        <label htmlFor={`${id}-parent`}>Inside</label>
        <select
          id={`${id}-parent`}
          value={draft.parentUid ?? ''}
          disabled={hasChildren}
          aria-describedby={hasChildren ? `${id}-parent-hint` : undefined}
          onChange={(event) => setDraft({ ...draft, parentUid: event.target.value || null })}
        >
          <option value="">No parent (top level)</option>
          {parents.map((label) => (
            <option key={label.uid} value={label.uid}>
              {label.name}
            </option>
          ))}
        </select>
        {hasChildren && (
          <p id={`${id}-parent-hint`} className="form-hint">
            It has labels inside it, so it stays at the top level (labels nest one level deep).
          </p>
        )}
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-description`}>Description</label>
        <textarea
          id={`${id}-description`}
          rows={3}
          maxLength={5_000}
          value={draft.description}
          placeholder="When to use this label"
          data-autofocus={focus === 'description' ? true : undefined}
          onChange={(event) => setDraft({ ...draft, description: event.target.value })}
        />
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="form-error">
          {error}
        </p>
      )}
    </FormDialog>
  );
}

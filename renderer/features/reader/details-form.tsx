import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { DocumentPatch, DocumentRecord } from '../../../shared/model/document';
import type { DetailField } from '../../stores/reader-store';
import { useReader, useStores } from '../../stores/stores-context';

interface FieldSpec {
  name: DetailField;
  label: string;
  hint?: string;
  type?: 'url' | 'text';
  list?: string;
}

const FIELDS: readonly FieldSpec[] = [
  { name: 'title', label: 'Title' },
  { name: 'outlet', label: 'Outlet' },
  { name: 'author', label: 'Author' },
  { name: 'url', label: 'URL', type: 'url', hint: 'A web address starting with http:// or https://.' },
  { name: 'published', label: 'Published', hint: 'YYYY-MM-DD, YYYY-MM or YYYY, or --MM-DD when the year is unknown.' },
  { name: 'language', label: 'Language', hint: 'A language code: en for English, es for Spanish, or another ISO 639 code.', list: 'language-codes' },
];

type Draft = Record<DetailField, string>;

const draftOf = (document: DocumentRecord): Draft => ({
  title: document.title,
  outlet: document.outlet ?? '',
  author: document.author ?? '',
  url: document.url ?? '',
  published: document.published ?? '',
  language: document.language ?? '',
});

/** Only the fields that changed; an emptied field clears it (the core refuses an empty title). */
function patchOf(document: DocumentRecord, draft: Draft): DocumentPatch {
  const before = draftOf(document);
  const patch: Record<string, string | null> = {};
  for (const { name } of FIELDS) {
    const value = draft[name].trim();
    if (value === before[name]) continue;
    patch[name] = value === '' && name !== 'title' ? null : value;
  }
  return patch as DocumentPatch;
}

export function DetailsForm({ document, onDone }: { document: DocumentRecord; onDone: () => void }) {
  const { reader } = useStores();
  const saving = useReader((state) => state.saving);
  const fieldErrors = useReader((state) => state.fieldErrors);
  const saveError = useReader((state) => state.saveError);
  const [draft, setDraft] = useState<Draft>(() => draftOf(document));
  const idPrefix = useId();
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [fieldErrors]);

  useEffect(() => () => reader.getState().clearErrors(), [reader]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const patch = patchOf(document, draft);
    if (Object.keys(patch).length === 0 || (await reader.getState().save(patch))) onDone();
  }

  return (
    <form ref={formRef} className="details-form" aria-label="Document details" onSubmit={(event) => void onSubmit(event)} noValidate>
      {FIELDS.map((field) => {
        const id = `${idPrefix}-${field.name}`;
        const error = fieldErrors[field.name];
        const describedBy = [field.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
        return (
          <div key={field.name} className="form-field">
            <label htmlFor={id}>{field.label}</label>
            <input
              id={id}
              name={field.name}
              type={field.type ?? 'text'}
              list={field.list}
              value={draft[field.name]}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              onChange={(event) => setDraft({ ...draft, [field.name]: event.target.value })}
            />
            {field.hint && (
              <p id={`${id}-hint`} className="form-hint">
                {field.hint}
              </p>
            )}
            {error && (
              <p id={`${id}-error`} className="form-error">
                {error}
              </p>
            )}
          </div>
        );
      })}
      <datalist id="language-codes">
        <option value="en">English</option>
        <option value="es">Spanish</option>
      </datalist>
      {saveError && (
        <p role="alert" className="form-error">
          {saveError}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          Save
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

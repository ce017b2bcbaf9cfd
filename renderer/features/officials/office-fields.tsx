import { useId } from 'react';
import { Plus, X } from 'lucide-react';
import { emptyOffice, type DraftErrors, type OfficeDraft } from './official-draft';

interface OfficeFieldsProps {
  offices: OfficeDraft[];
  errors: DraftErrors;
  onChange: (offices: OfficeDraft[]) => void;
}

type DateField = 'start' | 'end';

/** Each office held: a title and, when known, when it was taken up and left (a year, month or day). */
export function OfficeFields({ offices, errors, onChange }: OfficeFieldsProps) {
  const hintId = useId();
  const change = (key: number, patch: Partial<OfficeDraft>) => onChange(offices.map((office) => (office.key === key ? { ...office, ...patch } : office)));

  return (
    <fieldset className="form-field">
      <legend>Offices</legend>
      <p id={hintId} className="form-hint">
        Dates as a year (2021), a month (2021-08) or a day (2021-08-11); leave the end empty while in office.
      </p>
      {offices.length > 0 && (
        <ol className="office-rows">
          {offices.map((office, index) => (
            <OfficeRow key={office.key} office={office} number={index + 1} errors={errors} hintId={hintId} onChange={change} onRemove={() => onChange(offices.filter((other) => other.key !== office.key))} />
          ))}
        </ol>
      )}
      <div>
        <button type="button" className="button" onClick={() => onChange([...offices, emptyOffice()])}>
          <Plus size={14} aria-hidden />
          Add office
        </button>
      </div>
    </fieldset>
  );
}

interface OfficeRowProps {
  office: OfficeDraft;
  number: number;
  errors: DraftErrors;
  hintId: string;
  onChange: (key: number, patch: Partial<OfficeDraft>) => void;
  onRemove: () => void;
}

function OfficeRow({ office, number, errors, hintId, onChange, onRemove }: OfficeRowProps) {
  const id = useId();
  const titleError = errors[`offices.${office.key}.title`];

  const dateInput = (field: DateField, label: string) => {
    const error = errors[`offices.${office.key}.${field}`];
    return (
      <div className="office-date">
        <label htmlFor={`${id}-${field}`}>{label}</label>
        <input
          id={`${id}-${field}`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder="YYYY-MM-DD"
          value={office[field]}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId} ${id}-${field}-error` : hintId}
          onChange={(event) => onChange(office.key, { [field]: event.target.value })}
        />
        {error && (
          <p id={`${id}-${field}-error`} className="form-error">
            {error}
          </p>
        )}
      </div>
    );
  };

  return (
    <li className="office-row" aria-label={`Office ${number}`}>
      <div className="office-title">
        <label htmlFor={`${id}-title`}>Title</label>
        <input
          id={`${id}-title`}
          type="text"
          value={office.title}
          maxLength={300}
          placeholder="e.g. Secretary of Foreign Affairs"
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? `${id}-title-error` : undefined}
          onChange={(event) => onChange(office.key, { title: event.target.value })}
        />
        {titleError && (
          <p id={`${id}-title-error`} className="form-error">
            {titleError}
          </p>
        )}
      </div>
      {dateInput('start', 'From')}
      {dateInput('end', 'Until')}
      <button type="button" className="icon-button office-remove" aria-label={office.title.trim() ? `Remove office “${office.title.trim()}”` : `Remove office ${number}`} onClick={onRemove}>
        <X size={14} aria-hidden />
      </button>
    </li>
  );
}

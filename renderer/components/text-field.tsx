import type { InputHTMLAttributes } from 'react';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'type'> {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown under the field and read with it. */
  error?: string | null;
  /** Marks the field invalid where the reason shows elsewhere (a refusal by the core). */
  invalid?: boolean;
  /** Other elements that describe the field, such as a hint shared by several fields. */
  describedBy?: string;
}

/** A labelled one-line text field of a dialog form, with its problem beside it. */
export function TextField({ id, label, value, onChange, error, invalid, describedBy, ...input }: TextFieldProps) {
  const errorId = `${id}-error`;
  const described = [describedBy, error && errorId].filter(Boolean).join(' ');
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        {...input}
        aria-invalid={error || invalid ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && (
        <p id={errorId} className="form-error">
          {error}
        </p>
      )}
    </div>
  );
}

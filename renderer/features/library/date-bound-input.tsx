import { useId, useState } from 'react';
import { dateBoundProblem } from './date-bounds';

interface DateBoundInputProps {
  label: string;
  value: string | undefined;
  /** Id of the shared format hint. */
  hintId: string;
  /** A problem with the bound in relation to the other one, or null. */
  check: (value: string | undefined) => string | null;
  onCommit: (value: string | undefined) => void;
}

/** A year, month or day typed freely, applied on Enter or when focus leaves, explained in place when wrong. */
export function DateBoundInput({ label, value, hintId, check, onCommit }: DateBoundInputProps) {
  const id = useId();
  const [draft, setDraft] = useState(value ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [applied, setApplied] = useState(value);
  // A chip's remove button or "Clear filters" changes the value from outside; show that.
  if (applied !== value) {
    setApplied(value);
    setDraft(value ?? '');
    setProblem(null);
  }

  function commit() {
    const text = draft.trim();
    const bound = text === '' ? undefined : text;
    const found = dateBoundProblem(text) ?? check(bound);
    setProblem(found);
    if (found === null && bound !== value) onCommit(bound);
  }

  return (
    <div className="filter-field filter-date">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="YYYY-MM-DD"
        value={draft}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${hintId} ${id}-error` : hintId}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      {problem && (
        <p id={`${id}-error`} className="filter-error">
          {problem}
        </p>
      )}
    </div>
  );
}

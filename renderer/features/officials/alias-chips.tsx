import { useId, useState, type KeyboardEvent } from 'react';
import { Plus, X } from 'lucide-react';
import { foldName } from './official-draft';

interface AliasChipsProps {
  aliases: string[];
  /** The canonical name as typed, which is matched anyway and so is no alias. */
  name: string;
  onChange: (aliases: string[]) => void;
}

/** Other forms of the name as removable chips, and a field to add one (Enter or the button). */
export function AliasChips({ aliases, name, onChange }: AliasChipsProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  function add() {
    const alias = text.trim();
    if (alias === '') return;
    const folded = foldName(alias);
    if (folded === foldName(name)) setProblem('That is the name itself; it is always matched.');
    else if (aliases.some((existing) => foldName(existing) === folded)) setProblem(`“${alias}” is already listed.`);
    else {
      onChange([...aliases, alias]);
      setText('');
      setProblem(null);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    // Enter adds the alias here rather than saving the whole form.
    event.preventDefault();
    add();
  }

  return (
    <fieldset className="form-field">
      <legend>Aliases</legend>
      {aliases.length > 0 && (
        <ul className="alias-chips" aria-label="Aliases">
          {aliases.map((alias) => (
            <li key={alias} className="alias-chip">
              <span>{alias}</span>
              <button type="button" className="icon-button" aria-label={`Remove alias “${alias}”`} onClick={() => onChange(aliases.filter((other) => other !== alias))}>
                <X size={12} aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="alias-add">
        <label htmlFor={`${id}-alias`} className="visually-hidden">
          New alias
        </label>
        <input
          id={`${id}-alias`}
          type="text"
          value={text}
          maxLength={300}
          placeholder="Another form of the name, e.g. AMLO"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-alias-error` : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setProblem(null);
          }}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="button" onClick={add} disabled={text.trim() === ''}>
          <Plus size={14} aria-hidden />
          Add alias
        </button>
      </div>
      {problem && (
        <p id={`${id}-alias-error`} className="form-error">
          {problem}
        </p>
      )}
    </fieldset>
  );
}

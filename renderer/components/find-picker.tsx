import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import './find-picker.css';

interface FindPickerProps<T extends object> {
  /** The input's accessible name. */
  label: string;
  placeholder: string;
  /** The listbox's accessible name. */
  listLabel: string;
  query: string;
  onQueryChange: (query: string) => void;
  options: readonly T[];
  optionKey: (option: T) => string;
  renderOption: (option: T) => ReactNode;
  onChoose: (option: T) => void;
  /** A last option that acts on the typed text, e.g. “Create label …”. */
  create?: { text: string; onCreate: () => void } | undefined;
  /** Esc is left to whatever holds the picker (a dialog closes) when this is not given. */
  onClose?: (() => void) | undefined;
  /** The options are still loading: the list says so and holds back its empty message. */
  busy?: boolean;
  empty?: string;
  /**
   * For a list where several can be chosen at once: the options that are. Otherwise the active
   * option is the selected one.
   */
  isChosen?: ((option: T) => boolean) | undefined;
}

type Entry<T extends object> = { key: string; option: T } | { key: 'create'; option?: undefined };

/** The text of an option: a name, with a muted line of detail below it when there is one. */
export function FindPickerText({ name, detail }: { name: ReactNode; detail?: ReactNode }) {
  return (
    <span className="find-picker-name">
      {name}
      {detail !== undefined && <span className="find-picker-detail">{detail}</span>}
    </span>
  );
}

/**
 * Type to find: arrows move through the options, Enter chooses the active one, Esc closes. The input
 * keeps focus throughout (aria-activedescendant), so a click on an option must not take it away.
 */
export function FindPicker<T extends object>({
  label,
  placeholder,
  listLabel,
  query,
  onQueryChange,
  options,
  optionKey,
  renderOption,
  onChoose,
  create,
  onClose,
  busy = false,
  empty,
  isChosen,
}: FindPickerProps<T>) {
  const [active, setActive] = useState(0);
  const listId = useId();
  const entries: Entry<T>[] = [...options.map((option) => ({ key: optionKey(option), option })), ...(create ? [{ key: 'create' as const }] : [])];
  const count = entries.length;
  const current = Math.max(0, Math.min(active, count - 1));

  const choose = (entry: Entry<T>) => (entry.option === undefined ? create?.onCreate() : onChoose(entry.option));

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const entry = entries[current];
    if (event.key === 'ArrowDown') setActive((current + 1) % Math.max(count, 1));
    else if (event.key === 'ArrowUp') setActive((current - 1 + count) % Math.max(count, 1));
    else if (event.key === 'Enter' && entry) choose(entry);
    else if (event.key === 'Escape' && onClose) onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  }

  return (
    <div className="find-picker">
      <input
        // Every picker opens on purpose (a key or a button), so taking focus is what the user asked for.
        autoFocus
        className="input"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={count > 0 ? `${listId}-${current}` : undefined}
        aria-label={label}
        placeholder={placeholder}
        value={query}
        onChange={(event) => {
          onQueryChange(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={listLabel} aria-busy={busy} aria-multiselectable={isChosen ? true : undefined} className="find-picker-list">
        {entries.map((entry, index) => (
          <li
            key={entry.key}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={isChosen ? entry.option !== undefined && isChosen(entry.option) : index === current}
            className={`find-picker-option${index === current ? ' is-active' : ''}`}
            onPointerDown={(event) => event.preventDefault()}
            onClick={() => choose(entry)}
          >
            {entry.option === undefined ? <FindPickerText name={create?.text} /> : renderOption(entry.option)}
          </li>
        ))}
        {!busy && count === 0 && empty && <li className="find-picker-empty">{empty}</li>}
      </ul>
    </div>
  );
}

import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Official } from '../../../shared/model/official';
import { useStores } from '../../stores/stores-context';
import { createOfficialMatcher, currentOffice } from './official-matches';

interface OfficialPickerProps {
  /** The selected words, the first search and the name a new official would get. */
  selectedText: string;
  onPick: (official: Official) => void;
  onCreate: (name: string) => void;
  onClose: () => void;
}

const SHOWN = 8;

/**
 * Type to search the registry (fuzzy, accents ignored); Enter tags the active person, or registers
 * the selection as a new one; arrows move; Esc closes. The input keeps focus throughout.
 */
export function OfficialPicker({ selectedText, onPick, onCreate, onClose }: OfficialPickerProps) {
  const { mentions } = useStores();
  const [officials, setOfficials] = useState<Official[] | null>(null);
  const [query, setQuery] = useState(selectedText.trim());
  const [active, setActive] = useState(0);
  const listId = useId();

  useEffect(() => {
    let live = true;
    void mentions
      .getState()
      .registry()
      .then((list) => live && setOfficials(list));
    return () => {
      live = false;
    };
  }, [mentions]);

  const match = useMemo(() => createOfficialMatcher(officials ?? []), [officials]);
  const found = useMemo(() => match(query).slice(0, SHOWN), [match, query]);
  const name = selectedText.trim();
  const options = [...found.map((official) => ({ id: official.uid, official })), { id: 'create', official: null }];
  const current = Math.min(active, options.length - 1);

  const choose = (index: number) => {
    const option = options[index];
    if (!option) return;
    if (option.official) onPick(option.official);
    else onCreate(name);
  };

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') setActive((current + 1) % options.length);
    else if (event.key === 'ArrowUp') setActive((current - 1 + options.length) % options.length);
    else if (event.key === 'Enter') choose(current);
    else if (event.key === 'Escape') onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  }

  return (
    <div className="label-picker official-picker">
      <input
        // The picker opens on purpose (O, or its button), so taking focus is what the user asked for.
        autoFocus
        className="input"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={`${listId}-${current}`}
        aria-label="Find the official"
        placeholder="Find the official…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Officials" aria-busy={officials === null} className="label-picker-list">
        {options.map((option, index) => (
          <li
            key={option.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === current}
            className={`label-picker-option${index === current ? ' is-active' : ''}`}
            onPointerDown={(event) => event.preventDefault()}
            onClick={() => choose(index)}
          >
            {option.official ? (
              <span className="label-picker-name">
                {option.official.name}
                <span className="official-picker-detail">{[currentOffice(option.official), ...option.official.aliases.slice(0, 2)].filter(Boolean).join(' · ')}</span>
              </span>
            ) : (
              <span className="label-picker-name">Register “{name}” as a new official</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

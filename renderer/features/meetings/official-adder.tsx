import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Official } from '../../../shared/model/official';
import { useStores } from '../../stores/stores-context';
import { createOfficialMatcher, currentOffice } from '../reader/official-matches';

const SHOWN = 8;

/** Finds a person in the registry (fuzzy, accents ignored) to add to a meeting; Esc closes. */
export function OfficialAdder({ exclude, onPick, onClose }: { exclude: readonly string[]; onPick: (official: Official) => void; onClose: () => void }) {
  const { mentions } = useStores();
  const [officials, setOfficials] = useState<Official[] | null>(null);
  const [query, setQuery] = useState('');
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
  const found = useMemo(() => match(query).filter((official) => !exclude.includes(official.uid)).slice(0, SHOWN), [match, query, exclude]);
  const current = Math.min(active, Math.max(0, found.length - 1));

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') setActive((current + 1) % Math.max(1, found.length));
    else if (event.key === 'ArrowUp') setActive((current - 1 + found.length) % Math.max(1, found.length));
    else if (event.key === 'Enter' && found[current]) onPick(found[current]);
    else if (event.key === 'Escape') onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  }

  return (
    <div className="meeting-picker">
      <input
        autoFocus
        className="input"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={found.length > 0 ? `${listId}-${current}` : undefined}
        aria-label="Find the official to add"
        placeholder="Find the official…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Officials" aria-busy={officials === null} className="label-picker-list">
        {found.map((official, index) => (
          <li
            key={official.uid}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === current}
            className={`label-picker-option${index === current ? ' is-active' : ''}`}
            onPointerDown={(event) => event.preventDefault()}
            onClick={() => onPick(official)}
          >
            <span className="label-picker-name">
              {official.name}
              <span className="official-picker-detail">{currentOffice(official) ?? ''}</span>
            </span>
          </li>
        ))}
        {officials !== null && found.length === 0 && <li className="meeting-picker-none">No one in the registry matches; add people in the Officials view.</li>}
      </ul>
    </div>
  );
}

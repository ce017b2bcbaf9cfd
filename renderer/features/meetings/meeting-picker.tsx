import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { MeetingListItem } from '../../../shared/model/meeting';
import { useStores } from '../../stores/stores-context';
import { datesText } from './meeting-row';

export type PickedMeeting = MeetingListItem;

interface MeetingPickerProps {
  label: string;
  /** Shown first and before any search, e.g. the meetings the open document reports. */
  first?: readonly PickedMeeting[];
  /** Meetings that cannot be chosen (the meeting being linked from). */
  exclude?: readonly string[];
  onPick: (meeting: PickedMeeting) => void;
  onClose?: () => void;
}

const SHOWN = 8;
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Type to search every meeting by title (accents ignored); arrows move; Enter picks; Esc closes. */
export function MeetingPicker({ label, first = [], exclude = [], onPick, onClose }: MeetingPickerProps) {
  const { meetings } = useStores();
  const [all, setAll] = useState<MeetingListItem[] | null>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();

  useEffect(() => {
    let live = true;
    void meetings
      .getState()
      .all()
      .then((items) => live && setAll(items));
    return () => {
      live = false;
    };
  }, [meetings]);

  const options = useMemo(() => {
    const skip = new Set(exclude);
    const wanted = fold(query.trim());
    const pool: PickedMeeting[] = [...first, ...(all ?? []).filter((item) => !first.some((shown) => shown.uid === item.uid))];
    return pool.filter((item) => !skip.has(item.uid) && fold(item.title).includes(wanted)).slice(0, SHOWN);
  }, [all, first, exclude, query]);
  const current = Math.min(active, Math.max(0, options.length - 1));

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') setActive((current + 1) % Math.max(1, options.length));
    else if (event.key === 'ArrowUp') setActive((current - 1 + options.length) % Math.max(1, options.length));
    else if (event.key === 'Enter' && options[current]) onPick(options[current]);
    else if (event.key === 'Escape' && onClose) onClose();
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
        aria-activedescendant={options.length > 0 ? `${listId}-${current}` : undefined}
        aria-label={label}
        placeholder="Search meetings by title…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Meetings" aria-busy={all === null} className="label-picker-list">
        {options.map((option, index) => (
          <li
            key={option.uid}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === current}
            className={`label-picker-option${index === current ? ' is-active' : ''}`}
            onPointerDown={(event) => event.preventDefault()}
            onClick={() => onPick(option)}
          >
            <span className="label-picker-name">
              {option.title}
              <span className="official-picker-detail">{datesText(option)}</span>
            </span>
          </li>
        ))}
        {all !== null && options.length === 0 && <li className="meeting-picker-none">No meeting matches.</li>}
      </ul>
    </div>
  );
}

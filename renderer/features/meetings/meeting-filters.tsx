import { useEffect, useId, useState } from 'react';
import { ArrowDownNarrowWide, ArrowUpNarrowWide, Search } from 'lucide-react';
import { MEETING_SIDE_LABELS, MEETING_SIDES, type MeetingSide } from '../../../shared/model/meeting';
import type { Official } from '../../../shared/model/official';
import { useLabels, useMeetings, useStores } from '../../stores/stores-context';
import { DateBoundInput } from '../library/date-bound-input';
import { isBackwards } from '../library/date-bounds';
import '../search/search.css';
import '../library/library-filters.css';

/** Participant, side, topic, place and a date range; all given must hold. Newest or oldest first. */
export function MeetingFilters() {
  const { meetings, mentions } = useStores();
  const filter = useMeetings((state) => state.filter);
  const direction = useMeetings((state) => state.direction);
  const labels = useLabels((state) => state.labels);
  const [people, setPeople] = useState<Official[]>([]);
  const [place, setPlace] = useState(filter.place ?? '');
  const id = useId();
  const actions = meetings.getState();

  useEffect(() => {
    let live = true;
    void mentions
      .getState()
      .registry()
      .then((list) => live && setPeople([...list].sort((a, b) => a.name.localeCompare(b.name))));
    return () => {
      live = false;
    };
  }, [mentions]);

  const commitPlace = () => actions.setFilter({ place: place.trim() === '' ? undefined : place.trim() });
  const select = (key: 'officialUid' | 'side' | 'topicUid', label: string, options: { value: string; label: string }[], all: string) => (
    <div className="filter-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} value={filter[key] ?? ''} onChange={(event) => actions.setFilter({ [key]: event.target.value || undefined })}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div role="search" aria-label="Filter meetings" className="meeting-filters">
      <div className="search-field">
        <Search size={14} aria-hidden className="search-icon" />
        <label htmlFor={`${id}-place`} className="visually-hidden">
          Place
        </label>
        <input
          id={`${id}-place`}
          type="search"
          placeholder="City or venue"
          autoComplete="off"
          value={place}
          onChange={(event) => setPlace(event.target.value)}
          onBlur={commitPlace}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commitPlace();
          }}
        />
      </div>
      <div className="meeting-filter-grid">
        {select('officialUid', 'Participant', people.map((person) => ({ value: person.uid, label: person.name })), 'Anyone')}
        {select('side', 'Side', MEETING_SIDES.map((side: MeetingSide) => ({ value: side, label: MEETING_SIDE_LABELS[side] })), 'Any side')}
        {select('topicUid', 'Topic', labels.map((label) => ({ value: label.uid, label: label.name })), 'Any topic')}
      </div>
      <p id={`${id}-hint`} className="visually-hidden">
        A year, a month or a day.
      </p>
      <div className="meeting-filter-grid">
        <DateBoundInput label="From" value={filter.from} hintId={`${id}-hint`} check={(from) => (isBackwards(from, filter.to) ? 'The start is after the end.' : null)} onCommit={(from) => actions.setFilter({ from })} />
        <DateBoundInput label="To" value={filter.to} hintId={`${id}-hint`} check={(to) => (isBackwards(filter.from, to) ? 'The end is before the start.' : null)} onCommit={(to) => actions.setFilter({ to })} />
        <button type="button" className="button button-small meeting-sort" onClick={() => actions.setDirection(direction === 'asc' ? 'desc' : 'asc')}>
          {direction === 'asc' ? <ArrowUpNarrowWide size={14} aria-hidden /> : <ArrowDownNarrowWide size={14} aria-hidden />}
          {direction === 'asc' ? 'Oldest first' : 'Newest first'}
        </button>
      </div>
    </div>
  );
}

import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { Search } from 'lucide-react';
import type { Country } from '../../../shared/model/official';
import { useOfficials, useStores } from '../../stores/stores-context';
import { COUNTRIES, COUNTRY_NAMES } from './countries';
import { OFFICIAL_LIST_ID } from './official-list';
import '../search/search.css';

/**
 * A name or any alias, accents and case ignored (the core matches), and the country. Ctrl/Cmd+F
 * focuses the field while the view shows; Esc clears it; Arrow Down moves into the list.
 */
export function OfficialFilters() {
  const { officials } = useStores();
  const query = useOfficials((state) => state.query);
  const country = useOfficials((state) => state.country);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'f') return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const state = officials.getState();
    if (event.key === 'Escape' && query !== '') state.setQuery('');
    else if (event.key === 'ArrowDown') {
      if (state.focusedUid === null && state.items[0]) state.focus(state.items[0].uid);
      document.getElementById(OFFICIAL_LIST_ID)?.focus();
    } else return;
    event.preventDefault();
  }

  return (
    <div role="search" className="search-bar official-filters">
      <div className="search-field">
        <Search size={14} aria-hidden className="search-icon" />
        <label htmlFor={`${id}-query`} className="visually-hidden">
          Search officials
        </label>
        <input
          ref={input}
          id={`${id}-query`}
          type="search"
          placeholder="Name or alias (Ctrl+F)"
          autoComplete="off"
          spellCheck={false}
          value={query}
          aria-controls={OFFICIAL_LIST_ID}
          onChange={(event) => officials.getState().setQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <label htmlFor={`${id}-country`} className="visually-hidden">
        Country
      </label>
      <select id={`${id}-country`} value={country ?? ''} onChange={(event) => officials.getState().setCountry((event.target.value || null) as Country | null)}>
        <option value="">All countries</option>
        {COUNTRIES.map((option) => (
          <option key={option} value={option}>
            {COUNTRY_NAMES[option]}
          </option>
        ))}
      </select>
    </div>
  );
}

import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Search } from 'lucide-react';
import { isSearching } from '../../stores/search-store';
import { useSearch, useStores } from '../../stores/stores-context';
import { SearchHelp } from './search-help';
import { SEARCH_FIELD_ID, SEARCH_RESULTS_ID } from './search-ids';
import './search.css';

/**
 * Type-ahead search of the Library. The input is never disabled and always shows what was typed;
 * the store debounces requests and drops answers to older queries.
 */
export function SearchField() {
  const { search, documents } = useStores();
  const query = useSearch((state) => state.query);
  const loading = useSearch((state) => state.loading);
  const ref = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'f') return;
      event.preventDefault();
      ref.current?.focus();
      ref.current?.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      search.getState().clear();
    } else if (event.key === 'ArrowDown' && isSearching(query)) {
      event.preventDefault();
      const first = search.getState().answer?.results[0];
      if (first) documents.getState().select('library', first.uid);
      document.getElementById(SEARCH_RESULTS_ID)?.focus();
    }
  }

  return (
    <div role="search" className="search-bar">
      <div className="search-field">
        <Search size={14} aria-hidden className="search-icon" />
        <label htmlFor={SEARCH_FIELD_ID} className="visually-hidden">
          Search library
        </label>
        <input
          ref={ref}
          id={SEARCH_FIELD_ID}
          type="search"
          placeholder="Search the library (Ctrl+F)"
          autoComplete="off"
          spellCheck={false}
          value={query}
          aria-controls={isSearching(query) ? SEARCH_RESULTS_ID : undefined}
          aria-busy={loading || undefined}
          onChange={(event) => search.getState().setQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <SearchHelp />
    </div>
  );
}

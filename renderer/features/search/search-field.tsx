import { isSearching } from '../../stores/search-store';
import { useSearch, useStores } from '../../stores/stores-context';
import { SearchBox } from './search-box';
import { SEARCH_FIELD_ID, SEARCH_RESULTS_ID } from './search-ids';

/** Type-ahead search of the Library; the store debounces requests and drops answers to older queries. */
export function SearchField() {
  const { search, documents } = useStores();
  const query = useSearch((state) => state.query);
  const loading = useSearch((state) => state.loading);
  return (
    <SearchBox
      id={SEARCH_FIELD_ID}
      label="Search library"
      placeholder="Search the library (Ctrl+F)"
      value={query}
      busy={loading}
      controls={isSearching(query) ? SEARCH_RESULTS_ID : undefined}
      onChange={(value) => search.getState().setQuery(value)}
      onClear={() => search.getState().clear()}
      onEnterResults={() => {
        if (!isSearching(query)) return;
        const first = search.getState().answer?.results[0];
        if (first) documents.getState().select('library', first.uid);
        document.getElementById(SEARCH_RESULTS_ID)?.focus();
      }}
    />
  );
}

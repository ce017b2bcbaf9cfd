import { Trash2 } from 'lucide-react';
import { formatCount } from '../../components/format';
import { ListPane, PaneError } from '../../components/list-pane';
import { hasFilters } from '../../stores/filters-store';
import { isSearching } from '../../stores/search-store';
import { useDocuments, useFilters, useSearch, useStores } from '../../stores/stores-context';
import { ImportButtons } from '../import/import-buttons';
import { focusReader } from '../reader/focus-reader';
import { SearchField } from '../search/search-field';
import { SearchResults } from '../search/search-results';
import { DocumentGrid } from './document-grid';
import { EmptyLibrary } from './empty-library';
import { LibraryFilters } from './library-filters';

export function LibraryPane() {
  const { documents } = useStores();
  const list = useDocuments((state) => state.lists.library);
  const sort = useDocuments((state) => state.sort);
  const direction = useDocuments((state) => state.direction);
  const filtered = useFilters((state) => hasFilters(state.filter));
  const searching = useSearch((state) => isSearching(state.query));
  const actions = documents.getState();
  const trash = (uid: string) => void actions.moveToTrash([uid]);
  // Only a library with nothing in it at all teaches importing; a filtered-out one says so instead.
  const empty = list.loaded && list.total === 0 && !list.error && !filtered && !searching;

  return (
    <ListPane
      headingId="library-heading"
      title="Library"
      actions={
        <>
          {/* An empty library offers these in its explanation; one pair on screen is enough. */}
          {!empty && <ImportButtons />}
          <button type="button" className="button" disabled={list.selected === null} onClick={() => list.selected && trash(list.selected)}>
            <Trash2 size={15} aria-hidden />
            Move to Trash
          </button>
        </>
      }
    >
      {!empty && <SearchField />}
      {!empty && <LibraryFilters />}
      <PaneError error={list.error} />
      {empty ? (
        <EmptyLibrary />
      ) : searching ? (
        <SearchResults />
      ) : (
        <>
          {list.loaded && (
            <p className="list-count">
              {list.total === 0 ? 'No documents match these filters.' : `${formatCount(list.total)} ${list.total === 1 ? 'document' : 'documents'}`}
            </p>
          )}
          <DocumentGrid
            items={list.items}
            total={list.total}
            hasMore={list.nextCursor !== null}
            onLoadMore={() => void actions.loadMore('library')}
            selected={list.selected}
            sort={sort}
            direction={direction}
            onSort={(next) => void actions.setSort(next)}
            onSelect={(uid) => actions.select('library', uid)}
            onOpen={focusReader}
            onDelete={trash}
            menuItems={(item) => [
              { label: 'Open', run: () => focusReader() },
              { label: 'Move to Trash', run: () => trash(item.uid) },
            ]}
          />
        </>
      )}
    </ListPane>
  );
}

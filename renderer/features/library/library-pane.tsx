import { Trash2 } from 'lucide-react';
import { useStores, useDocuments } from '../../stores/stores-context';
import { ImportButtons } from '../import/import-buttons';
import { focusReader } from '../reader/focus-reader';
import { DocumentGrid } from './document-grid';
import { EmptyLibrary } from './empty-library';

export function LibraryPane() {
  const { documents } = useStores();
  const list = useDocuments((state) => state.lists.library);
  const sort = useDocuments((state) => state.sort);
  const direction = useDocuments((state) => state.direction);
  const actions = documents.getState();
  const trash = (uid: string) => void actions.moveToTrash([uid]);
  const empty = list.loaded && list.items.length === 0 && !list.error;

  return (
    <section className="list-pane" aria-labelledby="library-heading">
      <header className="pane-toolbar">
        <h1 id="library-heading" className="pane-title">
          Library
        </h1>
        <div className="toolbar-actions">
          {/* An empty library offers these in its explanation; one pair on screen is enough. */}
          {!empty && <ImportButtons />}
          <button type="button" className="button" disabled={list.selected === null} onClick={() => list.selected && trash(list.selected)}>
            <Trash2 size={15} aria-hidden />
            Move to Trash
          </button>
        </div>
      </header>
      {list.error && (
        <p role="alert" className="pane-error">
          {list.error}
        </p>
      )}
      {empty ? (
        <EmptyLibrary />
      ) : (
        <DocumentGrid
          items={list.items}
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
      )}
    </section>
  );
}

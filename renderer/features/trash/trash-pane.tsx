import { useState } from 'react';
import { RotateCcw, Trash } from 'lucide-react';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { EmptyState } from '../../components/empty-state';
import { ListPane, PaneError } from '../../components/list-pane';
import { useDocuments, useStores } from '../../stores/stores-context';
import { DocumentGrid } from '../library/document-grid';
import { focusReader } from '../reader/focus-reader';

export function TrashPane() {
  const { documents } = useStores();
  const list = useDocuments((state) => state.lists.trash);
  const sort = useDocuments((state) => state.sort);
  const direction = useDocuments((state) => state.direction);
  const [confirming, setConfirming] = useState(false);
  const actions = documents.getState();
  const restore = (uid: string) => void actions.restore([uid]);
  const count = list.total;
  const noun = count === 1 ? 'document' : 'documents';

  return (
    <ListPane
      headingId="trash-heading"
      title="Trash"
      actions={
        <>
          <button type="button" className="button" disabled={list.selected === null} onClick={() => list.selected && restore(list.selected)}>
            <RotateCcw size={15} aria-hidden />
            Restore
          </button>
          <button type="button" className="button button-danger" disabled={count === 0} onClick={() => setConfirming(true)}>
            <Trash size={15} aria-hidden />
            Empty trash
          </button>
        </>
      }
    >
      <PaneError error={list.error} />
      {list.loaded && count === 0 && !list.error ? (
        <EmptyState title="Trash is empty">Documents you move to Trash wait here until you restore them or empty the trash.</EmptyState>
      ) : (
        <DocumentGrid
          items={list.items}
          total={list.total}
          hasMore={list.nextCursor !== null}
          onLoadMore={() => void actions.loadMore('trash')}
          selected={list.selected}
          sort={sort}
          direction={direction}
          onSort={(next) => void actions.setSort(next)}
          onSelect={(uid) => actions.select('trash', uid)}
          onOpen={focusReader}
          menuItems={(item) => [
            { label: 'Open', run: () => focusReader() },
            { label: 'Restore', run: () => restore(item.uid) },
          ]}
        />
      )}
      {confirming && (
        <ConfirmDialog
          title="Empty trash?"
          confirmLabel={`Delete ${count} ${noun} for good`}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void actions.emptyTrash();
          }}
        >
          <p>
            {count} {noun} in the Trash will be deleted for good, with everything attached to {count === 1 ? 'it' : 'them'}. This cannot be undone.
          </p>
        </ConfirmDialog>
      )}
    </ListPane>
  );
}

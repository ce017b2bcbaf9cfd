import { LibraryPane } from '../features/library/library-pane';
import { ReaderPane } from '../features/reader/reader-pane';
import { TrashPane } from '../features/trash/trash-pane';
import { useUi } from '../stores/stores-context';

export function ListPaneSwitch() {
  const view = useUi((state) => state.view);
  return view === 'library' ? <LibraryPane /> : <TrashPane />;
}

export function ContentPaneSwitch() {
  const view = useUi((state) => state.view);
  return (
    <section className="content-pane" aria-label="Reader">
      <ReaderPane view={view} />
    </section>
  );
}

import { AnnotationsPane } from '../features/annotations/annotations-pane';
import { LibraryPane } from '../features/library/library-pane';
import { MeetingPagePane } from '../features/meetings/meeting-page';
import { MeetingsPane } from '../features/meetings/meetings-pane';
import { OfficialProfilePane } from '../features/officials/official-profile';
import { OfficialsPane } from '../features/officials/officials-pane';
import { ReaderPane } from '../features/reader/reader-pane';
import { TimelinePane } from '../features/timeline/timeline-pane';
import { TimelineView } from '../features/timeline/timeline-view';
import { TrashPane } from '../features/trash/trash-pane';
import { useAnnotationsView, useDocuments, useUi } from '../stores/stores-context';

export function ListPaneSwitch() {
  const view = useUi((state) => state.view);
  if (view === 'annotations') return <AnnotationsPane />;
  if (view === 'officials') return <OfficialsPane />;
  if (view === 'meetings') return <MeetingsPane />;
  if (view === 'timeline') return <TimelinePane />;
  return view === 'library' ? <LibraryPane /> : <TrashPane />;
}

export function ContentPaneSwitch() {
  const view = useUi((state) => state.view);
  const libraryUid = useDocuments((state) => state.lists.library.selected);
  const trashUid = useDocuments((state) => state.lists.trash.selected);
  const annotatedUid = useAnnotationsView((state) => state.selectedDocumentUid);
  if (view === 'officials') {
    return (
      <section className="content-pane" aria-label="Profile">
        <OfficialProfilePane />
      </section>
    );
  }
  if (view === 'timeline') return <TimelineView />;
  if (view === 'meetings') {
    return (
      <section className="content-pane" aria-label="Meeting">
        <MeetingPagePane />
      </section>
    );
  }
  const uid = view === 'library' ? libraryUid : view === 'trash' ? trashUid : annotatedUid;
  return (
    <section className="content-pane" aria-label="Reader">
      <ReaderPane uid={uid} inTrash={view === 'trash'} />
    </section>
  );
}

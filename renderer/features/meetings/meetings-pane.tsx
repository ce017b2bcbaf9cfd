import { CalendarPlus, FileText, Link2 } from 'lucide-react';
import { formatCount } from '../../components/format';
import { useMeetings, useStores } from '../../stores/stores-context';
import { MeetingFilters } from './meeting-filters';
import { MeetingList } from './meeting-list';
import { focusMeetingPage } from './meeting-page';
import { MeetingsDialogs } from './meetings-dialogs';
import '../officials/officials.css';
import './meetings.css';

/** The Meetings view's list pane: filters and the meetings by date. */
export function MeetingsPane() {
  const { meetings } = useStores();
  const items = useMeetings((state) => state.items);
  const count = useMeetings((state) => state.count);
  const loaded = useMeetings((state) => state.loaded);
  const error = useMeetings((state) => state.error);
  const selectedUid = useMeetings((state) => state.selectedUid);
  const actions = meetings.getState();
  const empty = loaded && count === 0 && !error;

  return (
    <section className="list-pane meetings-pane" aria-labelledby="meetings-heading">
      <header className="pane-toolbar">
        <h1 id="meetings-heading" className="pane-title">
          Meetings
        </h1>
        <div className="toolbar-actions">
          <button type="button" className="button" onClick={() => actions.openDialog({ kind: 'create' })}>
            <CalendarPlus size={15} aria-hidden />
            New meeting
          </button>
        </div>
      </header>
      {!empty && <MeetingFilters />}
      {error && (
        <p role="alert" className="pane-error">
          {error}
        </p>
      )}
      {empty ? (
        <EmptyMeetings onCreate={() => actions.openDialog({ kind: 'create' })} />
      ) : (
        <>
          {loaded && (
            <p className="list-count">
              {`${formatCount(items.length)} ${items.length === 1 ? 'meeting' : 'meetings'}`}
              {items.length === 0 && (
                <button type="button" className="link-button meeting-clear" onClick={actions.clearFilters}>
                  Clear filters
                </button>
              )}
            </p>
          )}
          <MeetingList
            items={items}
            selectedUid={selectedUid}
            onSelect={actions.select}
            onOpen={(uid) => {
              actions.select(uid);
              focusMeetingPage();
            }}
            onDelete={(uid) => actions.openDialog({ kind: 'delete', uid })}
          />
        </>
      )}
      <MeetingsDialogs />
    </section>
  );
}

/** No meeting yet: the ways one gets recorded. */
function EmptyMeetings({ onCreate }: { onCreate: () => void }) {
  return (
    <div className="empty-state">
      <h2>No meetings yet</h2>
      <p>A meeting gathers the articles that report it, the people who took part and the passages that say so.</p>
      <ul className="empty-state-ways">
        <li>
          <FileText size={16} aria-hidden />
          <span>
            In the Reader, <strong>This article reports a meeting</strong> records one from the document, with the date, place and people it suggests.
          </span>
        </li>
        <li>
          <Link2 size={16} aria-hidden />
          <span>Select a passage and add it as evidence, or start a new meeting from it.</span>
        </li>
      </ul>
      <div className="empty-state-actions">
        <button type="button" className="button button-primary" onClick={onCreate}>
          <CalendarPlus size={15} aria-hidden />
          New meeting
        </button>
      </div>
    </div>
  );
}

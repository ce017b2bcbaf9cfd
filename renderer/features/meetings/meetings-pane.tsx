import { CalendarPlus, FileText, Link2 } from 'lucide-react';
import { EmptyState } from '../../components/empty-state';
import { formatCount } from '../../components/format';
import { ListPane, PaneError } from '../../components/list-pane';
import { useMeetings, useStores } from '../../stores/stores-context';
import { MeetingFilters } from './meeting-filters';
import { MeetingList } from './meeting-list';
import { focusMeetingPage } from './meeting-page';
import { MeetingReview } from './meeting-review';
import { MeetingsDialogs } from './meetings-dialogs';
import { MeetingsTabs } from './meetings-tabs';
import { panelId, tabId } from '../../components/tabs';
import './meetings.css';

/** The Meetings view's list pane: the meetings by date, with filters, or the review of candidates between them. */
export function MeetingsPane() {
  const { meetings } = useStores();
  const tab = useMeetings((state) => state.tab);

  return (
    <ListPane
      headingId="meetings-heading"
      title="Meetings"
      className="meetings-pane"
      actions={
        <button type="button" className="button" onClick={() => meetings.getState().openDialog({ kind: 'create' })}>
          <CalendarPlus size={15} aria-hidden />
          New meeting
        </button>
      }
    >
      <MeetingsTabs />
      <div role="tabpanel" id={panelId('meetings', tab)} aria-labelledby={tabId('meetings', tab)} className="meetings-panel">
        {tab === 'meetings' ? <RecordedMeetings /> : <MeetingReview />}
      </div>
      <MeetingsDialogs />
    </ListPane>
  );
}

function RecordedMeetings() {
  const { meetings } = useStores();
  const items = useMeetings((state) => state.items);
  const count = useMeetings((state) => state.count);
  const loaded = useMeetings((state) => state.loaded);
  const error = useMeetings((state) => state.error);
  const selectedUid = useMeetings((state) => state.selectedUid);
  const actions = meetings.getState();
  const empty = loaded && count === 0 && !error;

  return (
    <>
      {!empty && <MeetingFilters />}
      <PaneError error={error} />
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
    </>
  );
}

/** No meeting yet: the ways one gets recorded. */
function EmptyMeetings({ onCreate }: { onCreate: () => void }) {
  return (
    <EmptyState
      title="No meetings yet"
      ways={[
        {
          icon: FileText,
          text: (
            <>
              In the Reader, <strong>This article reports a meeting</strong> records one from the document, with the date, place and people it suggests.
            </>
          ),
        },
        { icon: Link2, text: 'Select a passage and add it as evidence, or start a new meeting from it.' },
      ]}
      actions={
        <button type="button" className="button button-primary" onClick={onCreate}>
          <CalendarPlus size={15} aria-hidden />
          New meeting
        </button>
      }
    >
      A meeting gathers the articles that report it, the people who took part and the passages that say so.
    </EmptyState>
  );
}

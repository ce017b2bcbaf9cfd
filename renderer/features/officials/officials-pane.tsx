import { useState } from 'react';
import { GitMerge, Trash2, UserPlus } from 'lucide-react';
import type { Official } from '../../../shared/model/official';
import { ContextMenu, type MenuItem } from '../../components/context-menu';
import { formatCount } from '../../components/format';
import { ListPane, PaneError } from '../../components/list-pane';
import { useOfficials, useStores } from '../../stores/stores-context';
import { ReviewQueue } from '../officials-review/review-queue';
import { EmptyOfficials, NoMatchingOfficials } from './empty-officials';
import { OfficialFilters } from './official-filters';
import { OfficialList } from './official-list';
import { OfficialsDialogs } from './officials-dialogs';
import { OfficialsTabs } from './officials-tabs';
import { panelId, tabId } from '../../components/tabs';
import { focusProfile } from './official-profile';
import './officials.css';

/** The Officials view's list pane: the registry (searchable, filterable, multi-select) or the review queue. */
export function OfficialsPane() {
  const { officials } = useStores();
  const tab = useOfficials((state) => state.tab);
  const openDialog = officials.getState().openDialog;

  return (
    <ListPane
      headingId="officials-heading"
      title="Officials"
      className="officials-pane"
      actions={
        <button type="button" className="button" onClick={() => openDialog({ kind: 'create' })}>
          <UserPlus size={15} aria-hidden />
          New official
        </button>
      }
    >
      <OfficialsTabs />
      <div role="tabpanel" id={panelId('officials', tab)} aria-labelledby={tabId('officials', tab)} className="officials-panel">
        {tab === 'people' ? <People /> : <ReviewQueue />}
      </div>
      <OfficialsDialogs />
    </ListPane>
  );
}

function People() {
  const { officials } = useStores();
  const items = useOfficials((state) => state.items);
  const total = useOfficials((state) => state.total);
  const loaded = useOfficials((state) => state.loaded);
  const error = useOfficials((state) => state.error);
  const focusedUid = useOfficials((state) => state.focusedUid);
  const selectedUids = useOfficials((state) => state.selectedUids);
  const [menu, setMenu] = useState<{ x: number; y: number; official: Official } | null>(null);
  const actions = officials.getState();
  // Only a registry with no one in it teaches how to fill it; a search that finds no one says so.
  const empty = loaded && total === 0 && !error;
  const noMatches = loaded && !empty && items.length === 0 && !error;

  function menuItems(official: Official): MenuItem[] {
    const state = officials.getState();
    const uids = state.selectedUids.includes(official.uid) ? state.selectedUids : [official.uid];
    if (uids.length > 1) {
      return [
        { label: `Merge ${formatCount(uids.length)} officials…`, run: () => actions.openDialog({ kind: 'merge', uids }) },
        { label: `Delete ${formatCount(uids.length)} officials…`, run: () => actions.openDialog({ kind: 'delete', uids }) },
      ];
    }
    return [
      { label: 'Show profile', run: () => focusProfile() },
      { label: 'Edit…', run: () => actions.openDialog({ kind: 'edit', uid: official.uid }) },
      { label: 'Delete…', run: () => actions.openDialog({ kind: 'delete', uids }) },
    ];
  }

  return (
    <>
      {!empty && <OfficialFilters />}
      <PaneError error={error} />
      {empty ? (
        <EmptyOfficials onCreate={() => actions.openDialog({ kind: 'create' })} onReview={() => actions.setTab('review')} />
      ) : noMatches ? (
        <NoMatchingOfficials onClear={actions.clearFilters} />
      ) : (
        <>
          {selectedUids.length > 1 ? (
            <div className="bulk-bar" role="group" aria-label="Selected officials">
              <span className="bulk-bar-count">{formatCount(selectedUids.length)} selected</span>
              <button type="button" className="button button-small" onClick={() => actions.openDialog({ kind: 'merge', uids: selectedUids })}>
                <GitMerge size={13} aria-hidden />
                Merge…
              </button>
              <button type="button" className="button button-small" onClick={() => actions.openDialog({ kind: 'delete', uids: selectedUids })}>
                <Trash2 size={13} aria-hidden />
                Delete…
              </button>
            </div>
          ) : (
            loaded && <p className="list-count">{`${formatCount(items.length)} ${items.length === 1 ? 'official' : 'officials'}`}</p>
          )}
          <OfficialList
            items={items}
            focusedUid={focusedUid}
            selectedUids={selectedUids}
            onFocus={actions.focus}
            onToggle={actions.toggleSelect}
            onRange={actions.selectRange}
            onSelectAll={actions.selectAll}
            onOpen={(uid) => {
              actions.focus(uid);
              focusProfile();
            }}
            onDelete={() => actions.openDialog({ kind: 'delete', uids: officials.getState().selectedUids })}
            onMenu={(official, at) => setMenu({ ...at, official })}
          />
        </>
      )}
      {menu && <ContextMenu x={menu.x} y={menu.y} label="Official actions" items={menuItems(menu.official)} onClose={() => setMenu(null)} />}
    </>
  );
}

import { useEffect, useMemo, useState } from 'react';
import type { AnnotationListItem, Label } from '../../../shared/model/annotation';
import { ContextMenu, type MenuItem } from '../../components/context-menu';
import { formatCount } from '../../components/format';
import { ListPane, PaneError } from '../../components/list-pane';
import { hasAnnotationFilters } from '../../stores/annotations-view-store';
import { useAnnotationsView, useLabels, useStores } from '../../stores/stores-context';
import { AnnotationFilters } from './annotation-filters';
import { AnnotationList } from './annotation-list';
import { AnnotationSearchField } from './annotation-search-field';
import { BulkActions } from './bulk-actions';
import { EmptyAnnotations, NoMatchingAnnotations } from './empty-annotations';
import { LabelMenu, type LabelMenuRequest } from './label-menu';
import { labelsOn } from './label-options';
import { useRevealInReader } from './use-reveal-in-reader';
import './annotations.css';

/** The Annotations view's list pane: every annotation in the notebook, searchable and filterable. */
export function AnnotationsPane() {
  const { annotationsView } = useStores();
  const items = useAnnotationsView((state) => state.items);
  const total = useAnnotationsView((state) => state.total);
  const loaded = useAnnotationsView((state) => state.loaded);
  const error = useAnnotationsView((state) => state.error);
  const hasMore = useAnnotationsView((state) => state.nextCursor !== null);
  const focusedUid = useAnnotationsView((state) => state.focusedUid);
  const selectedUids = useAnnotationsView((state) => state.selectedUids);
  const filtered = useAnnotationsView((state) => hasAnnotationFilters(state.filter) || state.queryText.trim() !== '');
  const labelList = useLabels((state) => state.labels);
  const labels = useMemo(() => new Map<string, Label>(labelList.map((label) => [label.uid, label])), [labelList]);
  const reveal = useRevealInReader();
  const [menu, setMenu] = useState<{ x: number; y: number; item: AnnotationListItem } | null>(null);
  const [labelMenu, setLabelMenu] = useState<LabelMenuRequest | null>(null);
  const actions = annotationsView.getState();

  // Nothing asks for this list at start-up; the first visit does.
  useEffect(() => {
    if (!annotationsView.getState().loaded) void annotationsView.getState().reload();
  }, [annotationsView]);

  // Only a notebook with no annotations at all teaches making one; a filtered-out list says so instead.
  const empty = loaded && total === 0 && !error && !filtered;
  const noMatches = loaded && total === 0 && !error && filtered;
  const itemOf = (uid: string) => annotationsView.getState().items.find((item) => item.uid === uid);

  // The Reader follows the focused row, marking its annotation without scrolling the text.
  const follow = (change: (uid: string) => void) => (uid: string) => {
    change(uid);
    const item = itemOf(uid);
    if (item) reveal(item, { flash: false });
  };
  const focus = follow(actions.focus);
  const open = (uid: string) => {
    actions.focus(uid);
    const item = itemOf(uid);
    if (item) reveal(item, { flash: true });
  };
  const deleteSelection = () => void actions.remove(annotationsView.getState().selectedUids);

  function menuItems(item: AnnotationListItem, at: { x: number; y: number }): MenuItem[] {
    const state = annotationsView.getState();
    const uids = state.selectedUids.includes(item.uid) ? state.selectedUids : [item.uid];
    const several = uids.length > 1;
    return [
      ...(several ? [] : [{ label: 'Open in Reader', run: () => open(item.uid) }]),
      ...(state.filter.documentUid === item.documentUid
        ? []
        : [{ label: 'Show only this document’s annotations', run: () => actions.showDocument(item.documentUid, item.documentTitle) }]),
      { label: 'Add label…', run: () => setLabelMenu({ ...at, mode: 'add', uids }) },
      ...(labelsOn(state.items, uids).size > 0 ? [{ label: 'Remove label…', run: () => setLabelMenu({ ...at, mode: 'remove' as const, uids }) }] : []),
      { label: several ? `Delete ${formatCount(uids.length)} annotations` : 'Delete', run: () => void actions.remove(uids) },
    ];
  }

  return (
    <ListPane headingId="annotations-heading" title="Annotations" className="annotations-pane">
      {!empty && <AnnotationSearchField />}
      {!empty && <AnnotationFilters offerClear={!noMatches} />}
      <PaneError error={error} />
      {empty ? (
        <EmptyAnnotations />
      ) : noMatches ? (
        <NoMatchingAnnotations onClear={actions.clearFilters} />
      ) : (
        <>
          {selectedUids.length > 1 ? (
            <BulkActions />
          ) : (
            loaded && <p className="list-count">{`${formatCount(total)} ${total === 1 ? 'annotation' : 'annotations'}`}</p>
          )}
          <AnnotationList
            items={items}
            total={total}
            hasMore={hasMore}
            onLoadMore={() => void actions.loadMore()}
            focusedUid={focusedUid}
            selectedUids={selectedUids}
            labels={labels}
            onFocus={focus}
            onToggle={follow(actions.toggleSelect)}
            onRange={follow(actions.selectRange)}
            onSelectAll={actions.selectAll}
            onOpen={open}
            onDelete={deleteSelection}
            onMenu={(item, at) => setMenu({ ...at, item })}
          />
        </>
      )}
      {/* Outside the list so that keys pressed in a menu never reach the list's handler. */}
      {menu && (
        <ContextMenu
          x={menu.x}
          y={menu.y}
          label="Annotation actions"
          items={menuItems(menu.item, { x: menu.x, y: menu.y })}
          onClose={() => setMenu(null)}
        />
      )}
      {labelMenu && <LabelMenu request={labelMenu} onClose={() => setLabelMenu(null)} />}
    </ListPane>
  );
}

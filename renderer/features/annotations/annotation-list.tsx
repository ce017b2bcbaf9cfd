import { useEffect, useEffectEvent, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { AnnotationListItem, Label } from '../../../shared/model/annotation';
import { AnnotationRow, rowName } from './annotation-row';

/** A row with a three-line quote, a note and labels; rows are measured once drawn. */
const ROW_ESTIMATE = 112;
/** Ask for the next page while this many loaded rows are still ahead, so scrolling rarely waits. */
const LOAD_AHEAD = 30;

export const ANNOTATION_LIST_ID = 'annotation-list';

interface AnnotationListProps {
  items: readonly AnnotationListItem[];
  /** Matching rows in all, including those not loaded yet. */
  total: number;
  hasMore: boolean;
  onLoadMore: () => void;
  focusedUid: string | null;
  selectedUids: readonly string[];
  labels: ReadonlyMap<string, Label>;
  onFocus: (uid: string) => void;
  onToggle: (uid: string) => void;
  onRange: (uid: string) => void;
  onSelectAll: () => void;
  /** Enter or a double click: show the annotation in its document. */
  onOpen: (uid: string) => void;
  onDelete: () => void;
  onMenu: (item: AnnotationListItem, at: { x: number; y: number }) => void;
}

/**
 * The annotations as a multi-select listbox with one tab stop: the listbox keeps focus and points
 * at the focused row with aria-activedescendant, so rows can be virtualised without losing the keyboard.
 */
export function AnnotationList(props: AnnotationListProps) {
  const { items, total, hasMore, focusedUid, selectedUids, labels, onFocus, onToggle, onRange, onSelectAll, onOpen, onDelete, onMenu } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (index) => items[index]?.uid ?? index,
    // Where there is no layout (tests, a hidden pane) keep the estimate rather than a zero height.
    measureElement: (element) => element.getBoundingClientRect().height || ROW_ESTIMATE,
    overscan: 6,
  });
  const selected = new Set(selectedUids);
  const focusedIndex = items.findIndex((item) => item.uid === focusedUid);
  const lastRendered = virtualizer.getVirtualItems().at(-1)?.index ?? -1;
  const loadMore = useEffectEvent(props.onLoadMore);

  // Pages arrive as the rendered window nears the end of what is loaded (scrolling, End, PageDown).
  useEffect(() => {
    if (hasMore && lastRendered >= items.length - LOAD_AHEAD) loadMore();
  }, [hasMore, lastRendered, items.length]);

  function moveTo(index: number, extend: boolean) {
    const clamped = Math.max(0, Math.min(items.length - 1, index));
    const item = items[clamped];
    if (!item) return;
    if (extend) onRange(item.uid);
    else onFocus(item.uid);
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
  }

  function openMenuAtFocus() {
    const item = items[focusedIndex];
    const row = item && document.getElementById(optionId(item.uid));
    if (!item || !row) return;
    const box = row.getBoundingClientRect();
    onMenu(item, { x: box.left + 24, y: box.top + Math.min(box.height, 40) });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_ESTIMATE) - 1);
    const command = event.ctrlKey || event.metaKey;
    const extend = event.shiftKey;
    const current = items[focusedIndex];
    switch (event.key) {
      case 'ArrowDown': moveTo(focusedIndex + 1, extend); break;
      case 'ArrowUp': moveTo(focusedIndex < 0 ? 0 : focusedIndex - 1, extend); break;
      case 'PageDown': moveTo(focusedIndex + page, extend); break;
      case 'PageUp': moveTo(Math.max(0, focusedIndex - page), extend); break;
      case 'Home': moveTo(0, extend); break;
      case 'End': moveTo(items.length - 1, extend); break;
      case ' ':
        if (!current) return;
        onToggle(current.uid);
        break;
      case 'Enter':
        if (!current) return;
        onOpen(current.uid);
        break;
      case 'Delete':
      case 'Backspace':
        if (selectedUids.length === 0) return;
        onDelete();
        break;
      case 'Escape':
        // Narrows a multiple selection back to the focused row; with one row there is nothing to undo.
        if (!current || selectedUids.length <= 1) return;
        onFocus(current.uid);
        break;
      case 'ContextMenu': openMenuAtFocus(); break;
      case 'F10':
        if (!extend) return;
        openMenuAtFocus();
        break;
      default:
        if (!(command && event.key.toLowerCase() === 'a')) return;
        onSelectAll();
    }
    event.preventDefault();
  }

  function onRowClick(event: MouseEvent, item: AnnotationListItem) {
    if (event.shiftKey) onRange(item.uid);
    else if (event.ctrlKey || event.metaKey) onToggle(item.uid);
    else onFocus(item.uid);
  }

  function onRowContextMenu(event: MouseEvent, item: AnnotationListItem) {
    event.preventDefault();
    // A right-click outside the selection acts on that row alone, as in file managers.
    if (!selected.has(item.uid)) onFocus(item.uid);
    onMenu(item, { x: event.clientX, y: event.clientY });
  }

  return (
    <div
      ref={scrollRef}
      id={ANNOTATION_LIST_ID}
      role="listbox"
      aria-label="Annotations"
      aria-multiselectable="true"
      aria-busy={hasMore && lastRendered >= items.length - 1 ? true : undefined}
      aria-activedescendant={focusedIndex >= 0 && focusedUid !== null ? optionId(focusedUid) : undefined}
      tabIndex={0}
      className="annotation-list"
      onKeyDown={onKeyDown}
    >
      <div className="annotation-list-spacer" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((virtualRow) => {
          const item = items[virtualRow.index];
          if (!item) return null;
          const classes = ['annotation-row', item.uid === focusedUid && 'is-focused'].filter(Boolean).join(' ');
          return (
            <div
              key={item.uid}
              id={optionId(item.uid)}
              ref={virtualizer.measureElement}
              data-index={virtualRow.index}
              role="option"
              aria-label={rowName(item, labels)}
              aria-selected={selected.has(item.uid)}
              aria-posinset={virtualRow.index + 1}
              aria-setsize={Math.max(total, items.length)}
              className={classes}
              // Virtual position only; sizes and colours come from the stylesheet.
              style={{ transform: `translateY(${virtualRow.start}px)` }}
              onMouseDown={(event) => {
                // Shift+click extends the selection of rows, not a selection of their text.
                if (!event.shiftKey) return;
                event.preventDefault();
                scrollRef.current?.focus();
              }}
              onClick={(event) => onRowClick(event, item)}
              onDoubleClick={() => onOpen(item.uid)}
              onContextMenu={(event) => onRowContextMenu(event, item)}
            >
              <AnnotationRow item={item} labels={labels} />
            </div>
          );
        })}
      </div>
    </div>
  );
}

const optionId = (uid: string) => `annotation-option-${uid}`;

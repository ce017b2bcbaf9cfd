import { useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Official } from '../../../shared/model/official';
import { OfficialRow, officialRowName } from './official-row';

/** Name, office and counts on three short lines; rows are measured once drawn. */
const ROW_ESTIMATE = 68;

export const OFFICIAL_LIST_ID = 'official-list';

interface OfficialListProps {
  items: readonly Official[];
  focusedUid: string | null;
  selectedUids: readonly string[];
  onFocus: (uid: string) => void;
  onToggle: (uid: string) => void;
  onRange: (uid: string) => void;
  onSelectAll: () => void;
  /** Enter or a double click: move to the person's profile. */
  onOpen: (uid: string) => void;
  onDelete: () => void;
  onMenu: (official: Official, at: { x: number; y: number }) => void;
}

/**
 * The registry as a multi-select listbox with one tab stop, like the Annotations list: the listbox
 * keeps focus and points at the focused row with aria-activedescendant, so rows can be virtualised.
 */
export function OfficialList(props: OfficialListProps) {
  const { items, focusedUid, selectedUids, onFocus, onToggle, onRange, onSelectAll, onOpen, onDelete, onMenu } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (index) => items[index]?.uid ?? index,
    // Where there is no layout (tests, a hidden pane) keep the estimate rather than a zero height.
    measureElement: (element) => element.getBoundingClientRect().height || ROW_ESTIMATE,
    overscan: 8,
  });
  const selected = new Set(selectedUids);
  const focusedIndex = items.findIndex((item) => item.uid === focusedUid);

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
    onMenu(item, { x: box.left + 24, y: box.top + Math.min(box.height, 32) });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_ESTIMATE) - 1);
    const current = items[focusedIndex];
    const extend = event.shiftKey;
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
      case 'ContextMenu': openMenuAtFocus(); break;
      case 'F10':
        if (!extend) return;
        openMenuAtFocus();
        break;
      default:
        if (!((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a')) return;
        onSelectAll();
    }
    event.preventDefault();
  }

  function onRowClick(event: MouseEvent, item: Official) {
    if (event.shiftKey) onRange(item.uid);
    else if (event.ctrlKey || event.metaKey) onToggle(item.uid);
    else onFocus(item.uid);
  }

  function onRowContextMenu(event: MouseEvent, item: Official) {
    event.preventDefault();
    // A right-click outside the selection acts on that row alone, as in file managers.
    if (!selected.has(item.uid)) onFocus(item.uid);
    onMenu(item, { x: event.clientX, y: event.clientY });
  }

  return (
    <div
      ref={scrollRef}
      id={OFFICIAL_LIST_ID}
      role="listbox"
      aria-label="Officials"
      aria-multiselectable="true"
      aria-activedescendant={focusedIndex >= 0 && focusedUid !== null ? optionId(focusedUid) : undefined}
      tabIndex={0}
      className="official-list"
      onKeyDown={onKeyDown}
    >
      <div className="official-list-spacer" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((virtualRow) => {
          const item = items[virtualRow.index];
          if (!item) return null;
          return (
            <div
              key={item.uid}
              id={optionId(item.uid)}
              ref={virtualizer.measureElement}
              data-index={virtualRow.index}
              role="option"
              aria-label={officialRowName(item)}
              aria-selected={selected.has(item.uid)}
              aria-posinset={virtualRow.index + 1}
              aria-setsize={items.length}
              className={`official-row${item.uid === focusedUid ? ' is-focused' : ''}`}
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
              <OfficialRow official={item} />
            </div>
          );
        })}
      </div>
    </div>
  );
}

const optionId = (uid: string) => `official-option-${uid}`;

import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { useListboxNavigation } from './use-listbox-navigation';
import './virtual-listbox.css';

interface At {
  x: number;
  y: number;
}

/** Shift and Ctrl/Cmd extend the selection; without these the list selects the active row only. */
interface MultiSelect<T> {
  selectedUids: readonly string[];
  onToggle: (uid: string) => void;
  onRange: (uid: string) => void;
  onSelectAll: () => void;
  /** Escape narrows a multiple selection back to the active row. */
  onNarrow?: (uid: string) => void;
  onMenu: (item: T, at: At) => void;
  /** How far below a row's top a menu opened from the keyboard appears: under its first line. */
  menuOffset: number;
}

interface VirtualListboxProps<T extends { uid: string }> {
  id: string;
  label: string;
  /** The list's own class, for what sets it apart (such as `--row-gap`). */
  className: string;
  items: readonly T[];
  /** Rows in all, where some are not loaded yet. */
  setSize?: number;
  rowEstimate: number;
  overscan: number;
  optionId: (uid: string) => string;
  activeUid: string | null;
  rowName: (item: T) => string;
  renderRow: (item: T) => ReactNode;
  /** A plain click or a move without Shift. */
  onActivate: (uid: string) => void;
  /** Enter or a double click. */
  onOpen: (uid: string) => void;
  /** Delete or Backspace, with the rows it acts on. */
  onDelete: (uids: readonly string[]) => void;
  paging?: { hasMore: boolean; onLoadMore: () => void; ahead: number };
  multi?: MultiSelect<T>;
}

/**
 * A virtualised listbox with one tab stop: the list keeps focus and points at the active row with
 * aria-activedescendant. Single-select unless `multi` is given, in which case the selection and the
 * active row are apart, as in a file manager.
 */
export function VirtualListbox<T extends { uid: string }>(props: VirtualListboxProps<T>) {
  const { id, label, className, items, rowEstimate, overscan, optionId, activeUid, rowName, renderRow, onActivate, onOpen, onDelete, paging, multi } = props;
  const { scrollRef, virtualizer, active, busy, navigate } = useListboxNavigation({
    items,
    activeUid,
    rowEstimate,
    overscan,
    paging,
    onMove: (uid, extend) => (extend && multi ? multi.onRange(uid) : onActivate(uid)),
  });
  const selectedUids = multi ? multi.selectedUids : active ? [active.uid] : [];
  const selected = new Set(selectedUids);

  function openMenuAtActive(menu: MultiSelect<T>) {
    const row = active && document.getElementById(optionId(active.uid));
    if (!active || !row) return;
    const box = row.getBoundingClientRect();
    menu.onMenu(active, { x: box.left + 24, y: box.top + Math.min(box.height, menu.menuOffset) });
  }

  /** The keys only a multi-select list knows; false for any other key. */
  function multiKey(event: KeyboardEvent, menu: MultiSelect<T>): boolean {
    switch (event.key) {
      case ' ':
        if (!active) return false;
        menu.onToggle(active.uid);
        return true;
      case 'Escape':
        // With one row selected there is nothing to narrow.
        if (!menu.onNarrow || !active || selectedUids.length <= 1) return false;
        menu.onNarrow(active.uid);
        return true;
      case 'ContextMenu':
        openMenuAtActive(menu);
        return true;
      case 'F10':
        if (!event.shiftKey) return false;
        openMenuAtActive(menu);
        return true;
      default:
        if (!((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a')) return false;
        menu.onSelectAll();
        return true;
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (navigate(event)) {
      event.preventDefault();
      return;
    }
    switch (event.key) {
      case 'Enter':
        if (!active) return;
        onOpen(active.uid);
        break;
      case 'Delete':
      case 'Backspace':
        if (selectedUids.length === 0) return;
        onDelete(selectedUids);
        break;
      default:
        if (!multi || !multiKey(event, multi)) return;
    }
    event.preventDefault();
  }

  function onRowClick(event: MouseEvent, item: T) {
    if (multi && event.shiftKey) multi.onRange(item.uid);
    else if (multi && (event.ctrlKey || event.metaKey)) multi.onToggle(item.uid);
    else onActivate(item.uid);
  }

  function onRowContextMenu(event: MouseEvent, item: T, menu: MultiSelect<T>) {
    event.preventDefault();
    // A right-click outside the selection acts on that row alone, as in file managers.
    if (!selected.has(item.uid)) onActivate(item.uid);
    menu.onMenu(item, { x: event.clientX, y: event.clientY });
  }

  return (
    <div
      ref={scrollRef}
      id={id}
      role="listbox"
      aria-label={label}
      aria-multiselectable={multi ? true : undefined}
      aria-busy={busy ? true : undefined}
      aria-activedescendant={active ? optionId(active.uid) : undefined}
      tabIndex={0}
      className={`virtual-listbox ${className}`}
      onKeyDown={onKeyDown}
    >
      <div className="virtual-listbox-spacer" style={{ height: virtualizer.getTotalSize() }}>
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
              aria-label={rowName(item)}
              aria-selected={selected.has(item.uid)}
              aria-posinset={virtualRow.index + 1}
              aria-setsize={Math.max(props.setSize ?? 0, items.length)}
              className={`virtual-listbox-row${item.uid === activeUid ? ' is-focused' : ''}`}
              // Virtual position only; sizes and colours come from the stylesheet.
              style={{ transform: `translateY(${virtualRow.start}px)` }}
              onMouseDown={
                multi &&
                ((event) => {
                  // Shift+click extends the selection of rows, not a selection of their text.
                  if (!event.shiftKey) return;
                  event.preventDefault();
                  scrollRef.current?.focus();
                })
              }
              onClick={(event) => onRowClick(event, item)}
              onDoubleClick={() => onOpen(item.uid)}
              onContextMenu={multi && ((event) => onRowContextMenu(event, item, multi))}
            >
              {renderRow(item)}
            </div>
          );
        })}
      </div>
    </div>
  );
}

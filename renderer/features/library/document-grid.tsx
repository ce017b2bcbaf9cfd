import { useState, type KeyboardEvent, type MouseEvent } from 'react';
import { ArrowDown, ArrowUp } from 'lucide-react';
import type { DocumentSort, DocumentSummary } from '../../../shared/model/document';
import { ContextMenu, type MenuItem } from '../../components/context-menu';
import { formatCount, formatDay, formatPartialDate } from '../../components/format';
import { useListboxNavigation } from '../../components/use-listbox-navigation';
import type { Direction } from '../../stores/documents-store';
import './document-grid.css';

interface Column {
  sort: DocumentSort;
  label: string;
  cell: (item: DocumentSummary) => string;
  numeric?: boolean;
}

const COLUMNS: readonly Column[] = [
  { sort: 'title', label: 'Title', cell: (item) => item.title },
  { sort: 'outlet', label: 'Outlet', cell: (item) => item.outlet ?? '—' },
  { sort: 'published', label: 'Published', cell: (item) => formatPartialDate(item.published) },
  { sort: 'importedAt', label: 'Added', cell: (item) => formatDay(item.importedAt) },
  { sort: 'words', label: 'Words', cell: (item) => formatCount(item.words), numeric: true },
];

const ROW_HEIGHT = 30;
/** Ask for the next page while this many loaded rows are still ahead, so scrolling rarely waits. */
const LOAD_AHEAD = 60;

interface DocumentGridProps {
  items: readonly DocumentSummary[];
  /** Matching rows in all, including those not loaded yet. */
  total: number;
  /** More rows exist beyond the loaded ones. */
  hasMore: boolean;
  onLoadMore: () => void;
  selected: string | null;
  sort: DocumentSort;
  direction: Direction;
  onSort: (sort: DocumentSort) => void;
  onSelect: (uid: string) => void;
  /** Enter: move on to the document itself. */
  onOpen: (uid: string) => void;
  /** Delete/Backspace; absent where deleting means nothing (the Trash asks first). */
  onDelete?: (uid: string) => void;
  menuItems: (item: DocumentSummary) => MenuItem[];
}

/**
 * The documents as an ARIA grid with one tab stop: the grid keeps focus and points at the selected
 * row with aria-activedescendant, so rows can be virtualised without losing the keyboard.
 */
export function DocumentGrid(props: DocumentGridProps) {
  const { items, total, hasMore, selected, sort, direction, onSort, onSelect, onOpen, onDelete, menuItems } = props;
  const [menu, setMenu] = useState<{ x: number; y: number; item: DocumentSummary } | null>(null);
  const { scrollRef, virtualizer, active, busy, navigate } = useListboxNavigation({
    items,
    activeUid: selected,
    rowEstimate: ROW_HEIGHT,
    overscan: 12,
    onMove: onSelect,
    paging: { hasMore, onLoadMore: props.onLoadMore, ahead: LOAD_AHEAD },
  });

  function openMenuAtSelection() {
    const row = active && document.getElementById(rowId(active.uid));
    if (!active || !row) return;
    const box = row.getBoundingClientRect();
    setMenu({ x: box.left + 24, y: box.bottom, item: active });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (navigate(event)) {
      event.preventDefault();
      return;
    }
    switch (event.key) {
      case 'Enter': if (active) onOpen(active.uid); break;
      case 'Delete':
      case 'Backspace':
        if (!active || !onDelete) return;
        onDelete(active.uid);
        break;
      case 'ContextMenu': openMenuAtSelection(); break;
      case 'F10':
        if (!event.shiftKey) return;
        openMenuAtSelection();
        break;
      default: return;
    }
    event.preventDefault();
  }

  function onRowContextMenu(event: MouseEvent, item: DocumentSummary) {
    event.preventDefault();
    onSelect(item.uid);
    setMenu({ x: event.clientX, y: event.clientY, item });
  }

  return (
    <>
    <div
      role="grid"
      aria-label="Documents"
      aria-rowcount={Math.max(total, items.length) + 1}
      aria-busy={busy ? true : undefined}
      aria-colcount={COLUMNS.length}
      aria-activedescendant={active ? rowId(active.uid) : undefined}
      tabIndex={0}
      className="document-grid"
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="document-grid-head">
        <div role="row" aria-rowindex={1} className="document-grid-row">
          {COLUMNS.map((column) => (
            <div
              key={column.sort}
              role="columnheader"
              aria-sort={sort === column.sort ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}
              className={column.numeric ? 'cell cell-numeric' : 'cell'}
            >
              <button type="button" className="column-sort" onClick={() => onSort(column.sort)}>
                {column.label}
                {sort === column.sort && (direction === 'asc' ? <ArrowUp size={12} aria-hidden /> : <ArrowDown size={12} aria-hidden />)}
              </button>
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" ref={scrollRef} className="document-grid-body">
        <div className="document-grid-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((virtualRow) => {
            const item = items[virtualRow.index];
            if (!item) return null;
            return (
              <div
                key={item.uid}
                id={rowId(item.uid)}
                role="row"
                aria-rowindex={virtualRow.index + 2}
                aria-selected={item.uid === selected}
                className="document-grid-row document-grid-item"
                // Virtual position only; sizes and colours come from the stylesheet.
                style={{ transform: `translateY(${virtualRow.start}px)` }}
                onClick={() => onSelect(item.uid)}
                onDoubleClick={() => onOpen(item.uid)}
                onContextMenu={(event) => onRowContextMenu(event, item)}
              >
                {COLUMNS.map((column) => (
                  <div key={column.sort} role="gridcell" className={column.numeric ? 'cell cell-numeric' : 'cell'}>
                    {column.cell(item)}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
    {/* Outside the grid so that keys pressed in the menu never reach the grid's handler. */}
    {menu && (
      <ContextMenu x={menu.x} y={menu.y} label={`Actions for ${menu.item.title}`} items={menuItems(menu.item)} onClose={() => setMenu(null)} />
    )}
    </>
  );
}

const rowId = (uid: string) => `document-row-${uid}`;

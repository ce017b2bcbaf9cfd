import { useEffect, useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { FOCUS_TARGET, ReviewRowContent, type RowHandlers } from './review-row';
import type { ReviewRow } from './review-rows';

/** Rows are measured once drawn; these keep the scrollbar honest until then. */
const ESTIMATES: Record<ReviewRow['kind'], number> = { section: 36, person: 48, candidate: 64, alias: 48, mention: 96, sighting: 72, more: 44 };

const focusable = (row: ReviewRow | undefined) => row !== undefined && row.kind !== 'section';

/** The nearest row at or after `index` that takes the focus, else the nearest before it. */
function nearestFocusable(rows: readonly ReviewRow[], index: number): number {
  for (let at = Math.max(0, index); at < rows.length; at++) if (focusable(rows[at])) return at;
  for (let at = Math.min(index, rows.length) - 1; at >= 0; at--) if (focusable(rows[at])) return at;
  return -1;
}

interface ReviewListProps {
  rows: readonly ReviewRow[];
  handlers: RowHandlers;
  describedBy: string;
}

/**
 * The queue as one virtual list, so thousands of mentions scroll smoothly. Each row has one control
 * the keyboard moves between (j/k, arrows, Home, End); a and r decide on the row that has the focus.
 * When a decision takes that row out, the focus goes to the row that took its place.
 */
export function ReviewList({ rows, handlers, describedBy }: ReviewListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const focused = useRef<{ key: string | null; index: number }>({ key: null, index: -1 });
  /** A row to focus as soon as the virtual list has drawn it. */
  const pending = useRef<string | null>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => ESTIMATES[rows[index]?.kind ?? 'mention'],
    getItemKey: (index) => rows[index]?.key ?? index,
    // Where there is no layout (tests, a hidden pane) keep the estimate rather than a zero height.
    measureElement: (element) => element.getBoundingClientRect().height || ESTIMATES[(element as HTMLElement).dataset.kind as ReviewRow['kind']] || 72,
    overscan: 8,
  });

  function focusPending() {
    const key = pending.current;
    if (key === null || !scrollRef.current) return;
    const row = [...scrollRef.current.querySelectorAll<HTMLElement>('[data-row-key]')].find((element) => element.dataset.rowKey === key);
    const target = row?.querySelector<HTMLElement>(`[${FOCUS_TARGET}]`);
    if (!target) return;
    pending.current = null;
    target.focus();
  }

  function moveTo(index: number) {
    const row = rows[index];
    if (!focusable(row)) return;
    pending.current = row!.key;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    focusPending();
  }

  // A row scrolled to is drawn a render later; focus it then.
  useEffect(focusPending);

  useLayoutEffect(() => {
    const { key, index } = focused.current;
    if (key === null) return;
    const now = rows.findIndex((row) => row.key === key);
    if (now >= 0) {
      focused.current.index = now;
      return;
    }
    // Only a focus the removal dropped is put back; one the researcher moved elsewhere stays there.
    const active = document.activeElement;
    if (active && active !== document.body && !scrollRef.current?.contains(active)) {
      focused.current = { key: null, index: -1 };
      return;
    }
    const replacement = nearestFocusable(rows, Math.min(index, rows.length - 1));
    focused.current = { key: null, index: -1 };
    if (replacement >= 0) moveTo(replacement);
  });

  const indexOf = (target: EventTarget) => {
    const key = target instanceof HTMLElement ? target.closest<HTMLElement>('[data-row-key]')?.dataset.rowKey : undefined;
    return key === undefined ? -1 : rows.findIndex((row) => row.key === key);
  };

  function onFocus(event: FocusEvent<HTMLDivElement>) {
    const index = indexOf(event.target);
    if (index >= 0) focused.current = { key: rows[index]!.key, index };
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const index = indexOf(event.target);
    const row = rows[index];
    if (!row) return;
    const step = (direction: 1 | -1) => {
      for (let at = index + direction; at >= 0 && at < rows.length; at += direction) {
        if (focusable(rows[at])) return moveTo(at);
      }
    };
    switch (event.key.toLowerCase()) {
      case 'j':
      case 'arrowdown': step(1); break;
      case 'k':
      case 'arrowup': step(-1); break;
      case 'home': moveTo(nearestFocusable(rows, 0)); break;
      case 'end': moveTo(nearestFocusable(rows, rows.length)); break;
      case 'a': handlers.decide(row, 'accept'); break;
      case 'r': handlers.decide(row, 'reject'); break;
      default: return;
    }
    event.preventDefault();
  }

  return (
    <div
      ref={scrollRef}
      className="review-list"
      role="region"
      aria-label="Suggestions to review"
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <div className="review-list-spacer" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((virtualRow) => {
          const row = rows[virtualRow.index];
          if (!row) return null;
          return (
            <div
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={virtualRow.index}
              data-row-key={row.key}
              data-kind={row.kind}
              className={`review-row review-row-${row.kind}`}
              // Virtual position only; sizes and colours come from the stylesheet.
              style={{ transform: `translateY(${virtualRow.start}px)` }}
            >
              <ReviewRowContent row={row} handlers={handlers} />
            </div>
          );
        })}
      </div>
    </div>
  );
}

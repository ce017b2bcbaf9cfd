import { useEffect, useEffectEvent, useRef, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

interface Paging {
  /** More rows exist beyond the loaded ones. */
  hasMore: boolean;
  onLoadMore: () => void;
  /** Ask for the next page while this many loaded rows are still ahead, so scrolling rarely waits. */
  ahead: number;
}

interface ListboxNavigationOptions<T extends { uid: string }> {
  items: readonly T[];
  /** The row the list points at with aria-activedescendant. */
  activeUid: string | null;
  /** A row's height before it is measured; also the unit of PageUp and PageDown. */
  rowEstimate: number;
  overscan: number;
  /** Where the arrow, page, Home and End keys land; `extend` while Shift is held. */
  onMove: (uid: string, extend: boolean) => void;
  paging?: Paging;
}

/**
 * The keyboard and virtual scrolling of a list that keeps the focus itself and points at its active
 * row with aria-activedescendant, so rows can be virtualised without losing the keyboard.
 */
export function useListboxNavigation<T extends { uid: string }>(options: ListboxNavigationOptions<T>) {
  const { items, activeUid, rowEstimate, overscan, onMove, paging } = options;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowEstimate,
    getItemKey: (index) => items[index]?.uid ?? index,
    // Where there is no layout (tests, a hidden pane) keep the estimate rather than a zero height.
    measureElement: (element) => element.getBoundingClientRect().height || rowEstimate,
    overscan,
  });
  const activeIndex = items.findIndex((item) => item.uid === activeUid);
  const lastRendered = virtualizer.getVirtualItems().at(-1)?.index ?? -1;
  const hasMore = paging?.hasMore ?? false;
  const ahead = paging?.ahead ?? 0;
  const loadMore = useEffectEvent(() => paging?.onLoadMore());

  // Pages arrive as the rendered window nears the end of what is loaded (scrolling, End, PageDown).
  useEffect(() => {
    if (hasMore && lastRendered >= items.length - ahead) loadMore();
  }, [hasMore, lastRendered, items.length, ahead]);

  function moveTo(index: number, extend: boolean) {
    const clamped = Math.max(0, Math.min(items.length - 1, index));
    const item = items[clamped];
    if (!item) return;
    onMove(item.uid, extend);
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
  }

  /** Handles the keys that move through the rows; false for any other key. */
  function navigate(event: KeyboardEvent): boolean {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / rowEstimate) - 1);
    const extend = event.shiftKey;
    switch (event.key) {
      case 'ArrowDown': moveTo(activeIndex + 1, extend); break;
      case 'ArrowUp': moveTo(activeIndex < 0 ? 0 : activeIndex - 1, extend); break;
      case 'PageDown': moveTo(activeIndex + page, extend); break;
      case 'PageUp': moveTo(activeIndex - page, extend); break;
      case 'Home': moveTo(0, extend); break;
      case 'End': moveTo(items.length - 1, extend); break;
      default: return false;
    }
    return true;
  }

  return {
    scrollRef,
    virtualizer,
    /** The active row, when it is among the loaded ones. */
    active: items[activeIndex] as T | undefined,
    /** The last row drawn is the last one loaded while more are coming. */
    busy: hasMore && lastRendered >= items.length - 1,
    navigate,
  };
}

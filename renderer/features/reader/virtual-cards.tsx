import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef } from 'react';
import type { Annotation, Label } from '../../../shared/model/annotation';
import { useAnnotations } from '../../stores/stores-context';
import { AnnotationCard } from './annotation-card';

const ESTIMATED_CARD = 96;

/**
 * Thousands of cards in reading order, too many to align with their passages: a list that scrolls
 * on its own beside the text, with only the cards in view in the page. Selecting an annotation in
 * the text brings its card into view.
 */
export const VirtualCards = memo(function VirtualCards({ items, labels }: { items: readonly Annotation[]; labels: ReadonlyMap<string, Label> }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const selectedUid = useAnnotations((state) => state.selectedUid);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_CARD,
    overscan: 6,
    gap: 8,
  });

  // After the frame that shows the selection is painted: scrolling measures the list, which would
  // otherwise force a layout of the whole page before that paint.
  useEffect(() => {
    const index = selectedUid === null ? -1 : items.findIndex((item) => item.uid === selectedUid);
    if (index < 0) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => virtualizer.scrollToIndex(index, { align: 'auto' }));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [selectedUid, items, virtualizer]);

  return (
    <div ref={scrollRef} className="virtual-cards-scroll" tabIndex={0} aria-label="Highlights, in reading order">
      {/* Height only: the list is as tall as all its cards, so it scrolls as if they were there. */}
      <ol className="annotation-cards virtual" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index]!;
          return (
            <AnnotationCard
              key={item.uid}
              annotation={item}
              labels={labels}
              index={row.index}
              top={row.start}
              measure={virtualizer.measureElement}
            />
          );
        })}
      </ol>
    </div>
  );
});

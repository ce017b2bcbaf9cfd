import { useLayoutEffect, useMemo, type RefObject } from 'react';
import type { Mention } from '../../../shared/model/mention';
import { paragraphsOf } from '../../../shared/text/normalize';
import { highlightRegistry } from './highlight-painter';
import { paragraphStarts, rangeOfSpan, textNodesOf } from './text-offsets';

const MARKS = 'dossier-mention';

/**
 * Underlines the tagged people in the text with one Highlight, so the text nodes stay untouched as
 * for annotations. Showing a mention goes through the Reader's passage request (usePassageFlash).
 */
export function useMentionMarks(container: RefObject<HTMLElement | null>, text: string, mentions: readonly Mention[]): void {
  const starts = useMemo(() => paragraphStarts(paragraphsOf(text)), [text]);

  useLayoutEffect(() => {
    const highlights = highlightRegistry();
    const element = container.current;
    if (!highlights || !element) return;
    const nodes = textNodesOf(element);
    const marks = new Highlight();
    for (const mention of mentions) {
      const range = rangeOfSpan(nodes, starts, mention);
      if (range) marks.add(range);
    }
    highlights.set(MARKS, marks);
    return () => {
      if (highlights.get(MARKS) === marks) highlights.delete(MARKS);
    };
  }, [container, starts, mentions]);
}

import { useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import type { Mention } from '../../../shared/model/mention';
import { paragraphsOf } from '../../../shared/text/normalize';
import { paragraphStarts, rangeOfSpan, textNodesOf } from './text-offsets';

const MARKS = 'dossier-mention';
const FLASH = 'dossier-mention-flash';

/** Where the CSS Custom Highlight API is missing (jsdom, old engines), marks are skipped. */
function registry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function' ? CSS.highlights : null;
}

/**
 * Underlines the tagged people in the text with one Highlight (the text nodes stay untouched, as
 * for annotations), and scrolls to and flashes a mention when asked.
 */
export function useMentionMarks(container: RefObject<HTMLElement | null>, text: string, mentions: readonly Mention[], flash: { uid: string; seq: number } | null) {
  const starts = useMemo(() => paragraphStarts(paragraphsOf(text)), [text]);
  // Read by the flash effect, which must run for a new request only, not when the list changes.
  const current = useRef({ mentions, starts });
  useLayoutEffect(() => {
    current.current = { mentions, starts };
  });

  useLayoutEffect(() => {
    const highlights = registry();
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

  useEffect(() => {
    const element = container.current;
    const { mentions: items, starts: paragraphs } = current.current;
    const mention = flash && items.find((item) => item.uid === flash.uid);
    if (!element || !mention) return;
    const range = rangeOfSpan(textNodesOf(element), paragraphs, mention);
    range?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const highlights = registry();
    if (!range || !highlights) return;
    highlights.set(FLASH, new Highlight(range));
    const timer = window.setTimeout(() => highlights.delete(FLASH), 900);
    return () => {
      window.clearTimeout(timer);
      highlights.delete(FLASH);
    };
  }, [container, flash]);
}

import type { MentionContext } from './types';

const SPACE = /\s/;

/**
 * About `radius` characters either side of [start, end), cut back to whole words and kept inside
 * the mention's paragraph, so a suggestion list shows the sentence it came from. The spaces next
 * to the mention are kept: before + mention + after reads as the text does.
 */
export function mentionContext(text: string, start: number, end: number, radius = 60): MentionContext {
  const breakBefore = text.lastIndexOf('\n\n', start - 2);
  const paragraphStart = breakBefore === -1 ? 0 : breakBefore + 2;
  const nextBreak = text.indexOf('\n\n', end);
  const paragraphEnd = nextBreak === -1 ? text.length : nextBreak;
  let from = Math.max(paragraphStart, start - radius);
  if (from > paragraphStart) while (from < start && !SPACE.test(text[from - 1]!)) from++;
  let to = Math.min(paragraphEnd, end + radius);
  if (to < paragraphEnd) while (to > end && !SPACE.test(text[to]!)) to--;
  const tidy = (part: string) => part.replace(/\s+/g, ' ');
  return { before: tidy(text.slice(from, start)).trimStart(), after: tidy(text.slice(end, to)).trimEnd() };
}

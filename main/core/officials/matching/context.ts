import type { MentionContext } from './types';

const SPACE = /\s/;

/** `\s`, answered without a regular expression for ASCII: it runs for every character around every suggestion. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return SPACE.test(String.fromCharCode(code));
}

/** text[from, to) with runs of white space as one space; read in place, since most context has only single spaces. */
function tidy(text: string, from: number, to: number): string {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code) && (code !== 0x20 || (i + 1 < to && isSpace(text.charCodeAt(i + 1))))) return text.slice(from, to).replace(/\s+/g, ' ');
  }
  return text.slice(from, to);
}

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
  if (from > paragraphStart) while (from < start && !isSpace(text.charCodeAt(from - 1))) from++;
  let to = Math.min(paragraphEnd, end + radius);
  if (to < paragraphEnd) while (to > end && !isSpace(text.charCodeAt(to))) to--;
  return { before: tidy(text, from, start).trimStart(), after: tidy(text, end, to).trimEnd() };
}

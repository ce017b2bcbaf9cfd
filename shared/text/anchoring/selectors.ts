import { splitsPair } from './surrogates';

/** A W3C TextQuoteSelector: the quoted text and some of the text on either side of it. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** A W3C TextPositionSelector, in UTF-16 code units (JavaScript string indices). */
export interface TextPosition {
  start: number;
  end: number;
}

export type Selectors = TextQuote & TextPosition;

/** Context kept on each side of a quote, as much as Hypothesis keeps. */
export const CONTEXT_LENGTH = 32;

/** Both selectors for `text[start, end)`, which must be a non-empty range inside the text. */
export function describeRange(text: string, start: number, end: number): Selectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start >= end || end > text.length) {
    throw new RangeError(`Cannot describe [${start}, ${end}) in a text of length ${text.length}.`);
  }
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsPair(text, prefixStart)) prefixStart++;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsPair(text, suffixEnd)) suffixEnd--;
  return { exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd), start, end };
}

const SPACE = /\s/;

/**
 * `text[start, end)` without the white space at its ends, or null when nothing else is selected:
 * a highlight that begins or ends on a space or a paragraph break looks like a slip of the mouse.
 */
export function trimToContent(text: string, start: number, end: number): TextPosition | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > text.length) {
    throw new RangeError(`Cannot trim [${start}, ${end}) in a text of length ${text.length}.`);
  }
  while (start < end && SPACE.test(text.charAt(start))) start++;
  while (end > start && SPACE.test(text.charAt(end - 1))) end--;
  return start < end ? { start, end } : null;
}

/** Marks FTS5's snippet() puts around matches; control characters never occur in stored text. */
export const MATCH_START = '\u0001';
export const MATCH_END = '\u0002';

/** Splits a marked snippet into plain text and the [start, end) ranges of its matches. */
export function parseSnippet(marked: string): { snippet: string; highlights: Array<[number, number]> } {
  let snippet = '';
  const highlights: Array<[number, number]> = [];
  let start = -1;
  for (const char of marked) {
    if (char === MATCH_START) start = snippet.length;
    else if (char === MATCH_END) {
      if (start >= 0 && snippet.length > start) highlights.push([start, snippet.length]);
      start = -1;
    } else snippet += char;
  }
  return { snippet, highlights };
}

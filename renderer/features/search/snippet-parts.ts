export interface SnippetPart {
  text: string;
  marked: boolean;
}

/**
 * Cuts a snippet into plain and highlighted slices at the core's [start, end) UTF-16 offsets.
 * Ranges are clamped, sorted and merged first, so overlapping or out-of-range ones never duplicate
 * or lose text: the parts always join back into the snippet.
 */
export function snippetParts(snippet: string, highlights: readonly (readonly [number, number])[]): SnippetPart[] {
  const ranges = highlights
    .map(([start, end]) => [Math.max(0, start), Math.min(snippet.length, end)] as const)
    .filter(([start, end]) => start < end)
    .sort((a, b) => a[0] - b[0]);
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) parts.push({ text: snippet.slice(at, from), marked: false });
    const last = parts.at(-1);
    // Touching or overlapping ranges read as one highlight.
    if (last?.marked && from === at) last.text += snippet.slice(from, end);
    else parts.push({ text: snippet.slice(from, end), marked: true });
    at = end;
  }
  if (at < snippet.length) parts.push({ text: snippet.slice(at), marked: false });
  return parts;
}

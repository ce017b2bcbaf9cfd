import type { CoreHandle } from '../core/api/core-handle';
import { call } from './call';

export async function runSearch(core: CoreHandle, query: string, limit: number, json: boolean): Promise<number> {
  const { results, total, totalIsLowerBound, tookMs } = await call(core, 'search.query', { query, limit });
  if (json) {
    const rows = results.map(({ uid, title, snippet, score }) => ({ uid, title, snippet, score }));
    process.stdout.write(`${JSON.stringify({ results: rows, total, tookMs })}\n`);
    return 0;
  }
  const count = `${total}${totalIsLowerBound ? '+' : ''}`;
  process.stdout.write(`${count} result${total === 1 ? '' : 's'} for ${query} (${tookMs} ms)\n`);
  for (const result of results) {
    const marked = markHighlights(result.snippet, result.highlights);
    process.stdout.write(`\n${result.uid}  ${result.title}\n  ${marked}\n`);
  }
  return 0;
}

/** Brackets the matched words, the plain-text way to show a highlight in a terminal. */
function markHighlights(snippet: string, highlights: ReadonlyArray<readonly [number, number]>): string {
  let out = '';
  let at = 0;
  for (const [start, end] of highlights) {
    out += `${snippet.slice(at, start)}[${snippet.slice(start, end)}]`;
    at = end;
  }
  return out + snippet.slice(at);
}

import type { ChannelOutput } from '../../../shared/contract/channels';
import type { DocumentFilter } from '../../../shared/model/document';
import type { Db } from '../db/open';
import { toFtsQuery, toLiteralFtsQuery } from './query-parser';
import { countMatches, rankedMatches, snippetsFor } from './repository';
import { parseSnippet } from './snippet';

const COUNT_CAP = 10_000;

type SearchOutput = ChannelOutput<'search.query'>;

export function search(db: Db, query: string, filter: DocumentFilter, limit: number): SearchOutput {
  const started = performance.now();
  const parsed = toFtsQuery(query);
  if (parsed === null) return { results: [], total: 0, totalIsLowerBound: false, tookMs: 0 };
  let output: Omit<SearchOutput, 'tookMs'>;
  try {
    output = run(db, parsed, filter, limit);
  } catch {
    // The parser quotes every term, so this is a safety net: search the words literally instead.
    const literal = toLiteralFtsQuery(query);
    output = literal === null ? { results: [], total: 0, totalIsLowerBound: false } : run(db, literal, filter, limit);
  }
  return { ...output, tookMs: Math.round((performance.now() - started) * 100) / 100 };
}

function run(db: Db, match: string, filter: DocumentFilter, limit: number): Omit<SearchOutput, 'tookMs'> {
  const rows = rankedMatches(db, match, filter, limit);
  const total = rows.length < limit ? rows.length : countMatches(db, match, filter, COUNT_CAP + 1);
  const snippets = snippetsFor(db, match, rows.map((row) => row.id));
  return {
    results: rows.map(({ id, rank, ...row }) => ({ ...row, ...parseSnippet(snippets.get(id) ?? ''), score: -rank })),
    total: Math.min(total, COUNT_CAP),
    totalIsLowerBound: total > COUNT_CAP,
  };
}

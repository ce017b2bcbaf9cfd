import type { ChannelOutput } from '../../../shared/contract/channels';
import type { DocumentFilter } from '../../../shared/model/document';
import type { Db } from '../db/open';
import { highlightTerms, toFtsQuery, toLiteralFtsQuery, toRankQuery, type HighlightTerm } from './query-parser';
import { countMatches, matchingNotes, rankedMatches, textsOf } from './repository';
import { makeSnippet } from './snippet';

/** Matches are counted, and ranked, up to this many; beyond it the newest are ranked. */
const RANK_WINDOW = 1_000;

type SearchOutput = ChannelOutput<'search.query'>;

export function search(db: Db, query: string, filter: DocumentFilter, limit: number): SearchOutput {
  const started = performance.now();
  const parsed = toFtsQuery(query);
  const terms = highlightTerms(query);
  if (parsed === null) return { results: [], total: 0, totalIsLowerBound: false, tookMs: 0 };
  let output: Omit<SearchOutput, 'tookMs'>;
  try {
    output = run(db, parsed, toRankQuery(query), terms, filter, limit);
  } catch {
    // The parser quotes every term, so this is a safety net: search the words literally instead.
    const literal = toLiteralFtsQuery(query);
    output = literal === null ? { results: [], total: 0, totalIsLowerBound: false } : run(db, literal, null, terms, filter, limit);
  }
  return { ...output, tookMs: Math.round((performance.now() - started) * 100) / 100 };
}

function run(db: Db, match: string, rankMatch: string | null, terms: readonly HighlightTerm[], filter: DocumentFilter, limit: number): Omit<SearchOutput, 'tookMs'> {
  const rows = rankedMatches(db, match, rankMatch, filter, limit, RANK_WINDOW);
  const total = rows.length < limit ? rows.length : countMatches(db, match, filter, RANK_WINDOW + 1);
  const texts = textsOf(db, rows.map((row) => row.id));
  const snippets = rows.map((row) => makeSnippet(texts.get(row.id) ?? '', terms));
  const foundInNotes = rows.filter((row, index) => snippets[index]!.highlights.length === 0).map((row) => row.id);
  const notes = foundInNotes.length > 0 ? matchingNotes(db, match, foundInNotes) : new Map<number, string>();
  return {
    results: rows.map(({ id, rank, ...row }, index) => {
      const note = notes.get(id);
      return { ...row, ...(note === undefined ? snippets[index]! : makeSnippet(note, terms)), score: -rank };
    }),
    total: Math.min(total, RANK_WINDOW),
    totalIsLowerBound: total > RANK_WINDOW,
  };
}

import { isWordCode } from '../../../shared/text/word-chars';
import type { HighlightTerm } from './query-parser';

const SNIPPET_WORDS = 24;
/** Words of context kept before the first match of the snippet. */
const LEAD_WORDS = 4;
/** About the span of SNIPPET_WORDS words: matches closer than this can share a snippet. */
const WINDOW_CHARS = 150;
/** Enough occurrences of a word to find the best passage; a long text may repeat it hundreds of times. */
const MAX_HITS_PER_TERM = 64;

interface Hit {
  start: number;
  end: number;
  term: number;
}

/**
 * The passage of a text that best shows why it matched: about SNIPPET_WORDS words around the
 * closest cluster of distinct query words, with [start, end) offsets of the matches in it. Found
 * by searching a folded copy of the text rather than by FTS5's snippet(), which re-tokenises every
 * result and costs ten times as much on a page of fifty.
 */
export function makeSnippet(text: string, terms: readonly HighlightTerm[]): { snippet: string; highlights: Array<[number, number]> } {
  const hits = findHits(foldText(text), terms);
  const anchor = bestAnchor(hits);
  const start = anchor === null ? 0 : wordsBack(text, anchor, LEAD_WORDS);
  const end = wordsForward(text, start, SNIPPET_WORDS);
  const lead = start > 0 ? '…' : '';
  const highlights = hits
    .filter((hit) => hit.start >= start && hit.end <= end)
    .map((hit): [number, number] => [hit.start - start + lead.length, hit.end - start + lead.length]);
  const trail = end < text.length ? '…' : '';
  return { snippet: `${lead}${text.slice(start, end).replace(/\s/g, ' ')}${trail}`, highlights };
}

/** Lower case without accents, one UTF-16 unit for one, so offsets carry over to the text. */
const FOLD_TABLE_SIZE = 0x250;
const FOLD = new Uint16Array(FOLD_TABLE_SIZE);
for (let code = 0; code < FOLD_TABLE_SIZE; code++) {
  const folded = String.fromCharCode(code).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  FOLD[code] = folded.length === 1 ? folded.charCodeAt(0) : code;
}
const utf16 = new TextDecoder('utf-16le');

function foldText(text: string): string {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < FOLD_TABLE_SIZE) units[i] = FOLD[code]!;
    else {
      const lower = String.fromCharCode(code).toLowerCase();
      units[i] = lower.length === 1 ? lower.charCodeAt(0) : code;
    }
  }
  return utf16.decode(units);
}

function findHits(folded: string, terms: readonly HighlightTerm[]): Hit[] {
  const hits: Hit[] = [];
  terms.forEach((term, index) => {
    if (term.word === '') return;
    let found = 0;
    for (let at = folded.indexOf(term.word); at !== -1 && found < MAX_HITS_PER_TERM; at = folded.indexOf(term.word, at + 1)) {
      let end = at + term.word.length;
      if (at > 0 && isWordCode(folded.charCodeAt(at - 1))) continue;
      if (term.prefix) while (end < folded.length && isWordCode(folded.charCodeAt(end))) end++;
      else if (end < folded.length && isWordCode(folded.charCodeAt(end))) continue;
      hits.push({ start: at, end, term: index });
      found++;
    }
  });
  return hits.sort((a, b) => a.start - b.start);
}

/** Where the cluster with the most distinct terms begins; the first such cluster wins. */
function bestAnchor(hits: readonly Hit[]): number | null {
  let best: number | null = null;
  let bestScore = 0;
  for (let i = 0; i < hits.length; i++) {
    const seen = new Set<number>();
    for (let j = i; j < hits.length && hits[j]!.start < hits[i]!.start + WINDOW_CHARS; j++) seen.add(hits[j]!.term);
    if (seen.size > bestScore) {
      best = hits[i]!.start;
      bestScore = seen.size;
    }
  }
  return best;
}

/** The start of the word `count` words before the one at `from`. */
function wordsBack(text: string, from: number, count: number): number {
  let at = from;
  for (let words = 0; words < count && at > 0; words++) {
    while (at > 0 && !isWordCode(text.charCodeAt(at - 1))) at--;
    while (at > 0 && isWordCode(text.charCodeAt(at - 1))) at--;
  }
  return at;
}

/** The end of the `count`th word from `from` (or the end of the text). */
function wordsForward(text: string, from: number, count: number): number {
  let at = from;
  for (let words = 0; words < count && at < text.length; words++) {
    while (at < text.length && !isWordCode(text.charCodeAt(at))) at++;
    while (at < text.length && isWordCode(text.charCodeAt(at))) at++;
  }
  return at;
}

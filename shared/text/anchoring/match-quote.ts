import search, { type Match } from 'approx-string-match';
import type { TextPosition, TextQuote } from './selectors';
import { splitsPair } from './surrogates';

/**
 * Weights after Hypothesis's client: the quote counts most, then its context. Closeness counts
 * five times more than there, since here the hint is the edit-mapped offset, not a guess.
 */
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 10;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/**
 * The least score accepted. A quote with a quarter of its characters changed still passes when
 * its context is intact and it is where expected (0.875); the same word turning up verbatim in
 * unrelated text nearby does not (about 0.7: context agrees some 30% by chance in English prose).
 */
const MIN_SCORE = 0.75;

/**
 * The least agreement of the context, on average over both sides. Without it nearness and a short
 * quote could pass alone: five letters that recur verbatim a few lines from a deleted passage.
 */
const MIN_CONTEXT = 0.5;

/**
 * The least agreement of the context, on average over both sides, for text at a passage's own
 * place to count as that passage edited: its surroundings are then essentially as they were.
 */
const INTACT_CONTEXT = 0.75;

/** Characters searched on each side of the expected place before the whole text. */
const WINDOW = 2_000;

/** Beyond this, errors cost search time without rescuing quotes: the score would reject them. */
const MAX_ERRORS = 64;

/** Candidates scored, nearest first: a two-letter quote can match thousands of places. */
const MAX_CANDIDATES = 64;

/**
 * The best place for a quote that is no longer verbatim in `text`, or null when nothing scores at
 * least MIN_SCORE. Small windows around `hint`, the expected start, are searched first; then the
 * stretches of text in `further` (by default the whole text), with room for the quote around them.
 */
export function matchQuote(text: string, quote: TextQuote, hint: number, further: readonly TextPosition[] = [{ start: 0, end: text.length }]): TextPosition | null {
  const { exact } = quote;
  const maxErrors = errorsAllowed(exact);
  // Two windows, as a search returns only its fewest-error matches: a verbatim copy of the quote
  // a little further off would otherwise hide the edited original right at the hint.
  const tight = around(text, { start: hint, end: hint + exact.length }, exact.length + maxErrors);
  const window = around(text, { start: hint, end: hint + exact.length }, exact.length + WINDOW);
  const found = best(text, quote, hint, [...matchesIn(text, exact, maxErrors, tight), ...matchesIn(text, exact, maxErrors, window)]);
  if (found) return snapped(text, found);
  const rest = merged(further.map((range) => around(text, range, exact.length + maxErrors))).filter((range) => range.start < window.start || range.end > window.end);
  const elsewhere = best(text, quote, hint, rest.flatMap((range) => matchesIn(text, exact, maxErrors, range)));
  return elsewhere && snapped(text, elsewhere);
}

/**
 * The quote edited where it stood: the best match within a few characters of `range`, where the
 * edit put the passage, when it scores at least MIN_SCORE and its context is intact. The window
 * holds no room for a copy of the quote beside the passage, which would otherwise be the match.
 */
export function matchInPlace(text: string, quote: TextQuote, range: TextPosition): TextPosition | null {
  const maxErrors = errorsAllowed(quote.exact);
  const matches = matchesIn(text, quote.exact, maxErrors, around(text, range, maxErrors));
  const found = best(text, quote, range.start, matches.filter((match) => contextAt(text, quote, match) >= INTACT_CONTEXT));
  return found && snapped(text, found);
}

/** Whether the text around `range` is, on average over both sides, much the context once stored. */
export function contextIntact(text: string, quote: TextQuote, range: TextPosition): boolean {
  return contextAt(text, quote, range) >= INTACT_CONTEXT;
}

function errorsAllowed(exact: string): number {
  return Math.min(MAX_ERRORS, Math.max(1, Math.floor(exact.length / 4)));
}

/** The agreement of the text beside `range` with the stored context, averaged over both sides. */
function contextAt(text: string, { prefix, suffix }: TextQuote, { start, end }: TextPosition): number {
  const prefixScore = similarity(text.slice(Math.max(0, start - prefix.length), start), prefix, start === 0);
  const suffixScore = similarity(text.slice(end, end + suffix.length), suffix, end === text.length);
  return (prefixScore + suffixScore) / 2;
}

/** `range` widened by `margin` on each side, within the text. */
function around(text: string, range: TextPosition, margin: number): TextPosition {
  return { start: Math.max(0, range.start - margin), end: Math.min(text.length, range.end + margin) };
}

/** Ordered ranges with those that overlap joined, so that no text is searched twice. */
function merged(ranges: readonly TextPosition[]): TextPosition[] {
  const joined: TextPosition[] = [];
  for (const range of ranges) {
    const last = joined.at(-1);
    if (last && range.start <= last.end) joined[joined.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    else joined.push(range);
  }
  return joined;
}

function matchesIn(text: string, exact: string, maxErrors: number, { start, end }: TextPosition): Match[] {
  return search(text.slice(start, end), exact, maxErrors).map((match) => ({ start: match.start + start, end: match.end + start, errors: match.errors }));
}

function best(text: string, quote: TextQuote, hint: number, matches: Match[]): TextPosition | null {
  const nearest = matches.sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint)).slice(0, MAX_CANDIDATES);
  let winner: Match | null = null;
  let winningScore = MIN_SCORE;
  for (const match of nearest) {
    const score = scoreOf(text, quote, hint, match);
    if (score >= winningScore) {
      winner = match;
      winningScore = score;
    }
  }
  return winner && { start: winner.start, end: winner.end };
}

function scoreOf(text: string, quote: TextQuote, hint: number, match: Match): number {
  const { exact, prefix, suffix } = quote;
  const quoteScore = 1 - match.errors / exact.length;
  const prefixScore = similarity(text.slice(Math.max(0, match.start - prefix.length), match.start), prefix, match.start === 0);
  const suffixScore = similarity(text.slice(match.end, match.end + suffix.length), suffix, match.end === text.length);
  if (prefixScore + suffixScore < 2 * MIN_CONTEXT) return 0;
  const positionScore = Math.max(0, 1 - Math.abs(match.start - hint) / (exact.length + WINDOW));
  return (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore) / TOTAL_WEIGHT;
}

/**
 * How alike the text beside a candidate is to the context once stored, from 0 to 1. An empty
 * context means the quote began or ended the text: confirmed at that edge, unknown elsewhere.
 */
function similarity(actual: string, expected: string, atEdge: boolean): number {
  if (expected === '') return atEdge ? 1 : 0.5;
  const [closest] = search(actual, expected, expected.length);
  return closest ? 1 - closest.errors / expected.length : 0;
}

/** Widens a match that would cut an astral character in two. */
function snapped(text: string, { start, end }: TextPosition): TextPosition {
  return { start: splitsPair(text, start) ? start - 1 : start, end: splitsPair(text, end) ? end + 1 : end };
}

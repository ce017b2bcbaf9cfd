import { CALENDAR_WORDS, FUNCTION_WORDS, INSTITUTION_WORDS, NEVER_A_PERSON, PARTICLES, TITLE_WORDS } from './lexicon';
import { joins, type Token } from './tokens';

/** Tokens first..last (inclusive) that read as one person's name. */
export interface NameRun {
  first: number;
  last: number;
}

/** Names longer than this are headlines in title case or institutions, not people. */
const MAX_NAME_WORDS = 5;

const PLACE_LENGTHS = [...new Set([...NEVER_A_PERSON].map((place) => place.length).filter((length) => length >= 5))];

/** "Texasarguing": a place glued to the next word by a stripped link is still no one's name. */
function startsWithPlace(word: string): boolean {
  return PLACE_LENGTHS.some((length) => word.length >= length + 2 && NEVER_A_PERSON.has(word.slice(0, length)));
}

/** A capitalised word that is not an acronym, an office, a place, a month or a sentence opener. */
export function isNameWord(token: Token): boolean {
  if (!token.cap || token.acronym || token.handle) return false;
  const word = token.folded;
  if (NEVER_A_PERSON.has(word) || TITLE_WORDS.has(word) || INSTITUTION_WORDS.has(word) || FUNCTION_WORDS.has(word) || CALENDAR_WORDS.has(word)) return false;
  return !startsWithPlace(word);
}

function isInitial(token: Token): boolean {
  return token.end - token.start === 1;
}

/**
 * Runs of name words, joined by spaces or hyphens, with lower-case particles inside ("María de
 * Haas"). "y" joins only a one-word surname to a name of two words or more ("José Ortega y
 * Gasset"); otherwise it is "and" between two people ("Bárcena y Ebrard"). Initials are kept
 * inside a name ("Joseph R. Biden") but not at its ends ("Marcelo Ebrard C.").
 */
export function findNameRuns(text: string, tokens: readonly Token[]): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i]!)) {
      i++;
      continue;
    }
    let first = i;
    let last = i;
    let words = 1;
    for (;;) {
      const next = tokens[last + 1];
      if (next && isNameWord(next) && joins(text, tokens[last]!, next)) {
        last += 1;
        words += 1;
        continue;
      }
      const after = tokens[last + 2];
      if (!next || !after || !PARTICLES.has(next.folded) || !isNameWord(after)) break;
      if (!joins(text, tokens[last]!, next) || !joins(text, next, after)) break;
      if (next.folded === 'y' && (words < 2 || continuesName(text, tokens, last + 2))) break;
      last += 2;
      words += 1;
    }
    i = last + 1;
    while (first < last && isInitial(tokens[first]!)) first++;
    while (last > first && isInitial(tokens[last]!)) last--;
    if (words <= MAX_NAME_WORDS && !isInitial(tokens[first]!)) runs.push({ first, last });
  }
  return runs;
}

function continuesName(text: string, tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return next !== undefined && isNameWord(next) && joins(text, tokens[at]!, next);
}

import { CLAUSE_LINKS, CONJUNCTIONS, DETERMINERS, INSTITUTION_WORDS, NEVER_A_PERSON, OFFICE_LINKS, TITLE_WORDS } from './lexicon';
import { isNameWord, type NameRun } from './name-runs';
import { joins, type Token } from './tokens';

/** The office a text gives a name, and the run without any words the office took from it. */
export interface Office {
  title: string;
  /** 'title' when the office comes first ("Secretary Ebrard", "the head of…, Alicia Bárcena"). */
  evidence: 'title' | 'office-after';
  run: NameRun;
}

/** Office phrases end at punctuation; sixteen words is longer than any office in the corpus. */
const MAX_PHRASE_WORDS = 16;
const CLAUSE_BREAK = /[,;.:!?()[\]"“”«»\n—–]/;
const COMMA_ONLY = /^,\s+$/;

function isTitle(token: Token): boolean {
  return TITLE_WORDS.has(token.folded);
}

/** A word an office phrase is made of: "Vice Admiral", "Secretary of State", "the foreign minister". */
function isOfficeWord(token: Token): boolean {
  const word = token.folded;
  if (isTitle(token) || INSTITUTION_WORDS.has(word) || NEVER_A_PERSON.has(word)) return true;
  return !token.cap && OFFICE_LINKS.has(word);
}

/** An office clause may also hold articles and a few more links: "and the Minister of the Interior". */
function isClauseWord(token: Token): boolean {
  return isOfficeWord(token) || DETERMINERS.has(token.folded) || (!token.cap && CLAUSE_LINKS.has(token.folded));
}

function phrase(text: string, tokens: readonly Token[], first: number, last: number): string {
  return text.slice(tokens[first]!.start, tokens[last]!.end).replace(/\s+/g, ' ');
}

/** Drops "the", "of", "and"… from the front of tokens first..last; returns the new first. */
function skipLeading(tokens: readonly Token[], first: number, last: number): number {
  while (first < last && (DETERMINERS.has(tokens[first]!.folded) || CLAUSE_LINKS.has(tokens[first]!.folded))) first++;
  return first;
}

export function officeOf(text: string, tokens: readonly Token[], run: NameRun): Office | null {
  return titleBefore(text, tokens, run) ?? officeAfter(text, tokens, run) ?? titleClauseBefore(text, tokens, run);
}

/**
 * "Foreign Minister Marcelo Ebrard", "ambassadors Ken Salazar", "la canciller Bárcena". A word in
 * lower case joins only as an adjective ("the foreign minister"), so "the administration of
 * President López Obrador" gives "President". When the office ends with "of"/"de" and the name
 * has three words or more, its first word is the department: "secretaria de Bienestar Ariadna
 * Montiel".
 */
function titleBefore(text: string, tokens: readonly Token[], run: NameRun): Office | null {
  let first = run.first;
  while (first > 0 && isOfficeWord(tokens[first - 1]!) && joins(text, tokens[first - 1]!, tokens[first]!)) {
    const word = tokens[first - 1]!;
    if (!word.cap && !isTitle(word) && !OFFICE_LINKS.has(word.folded) && OFFICE_LINKS.has(tokens[first]!.folded)) break;
    first--;
  }
  first = skipLeading(tokens, first, run.first - 1);
  let last = run.first - 1;
  if (first > last || !tokens.slice(first, run.first).some(isTitle)) return null;
  let nameFirst = run.first;
  if (OFFICE_LINKS.has(tokens[last]!.folded) && run.last - run.first >= 2) {
    last = nameFirst;
    nameFirst += 1;
  }
  if (OFFICE_LINKS.has(tokens[last]!.folded)) return null;
  return { title: phrase(text, tokens, first, last), evidence: 'title', run: { first: nameFirst, last: run.last } };
}

/**
 * "Ricardo Mejía, Undersecretary of Public Security;" and "Alejandro Mayorkas Secretary of…". The
 * phrase ends at punctuation, or at "and" going on to another office or name.
 */
function officeAfter(text: string, tokens: readonly Token[], run: NameRun): Office | null {
  const next = tokens[run.last + 1];
  if (!next) return null;
  const gap = text.slice(tokens[run.last]!.end, next.start);
  const titled = next.cap && isTitle(next) && joins(text, tokens[run.last]!, next);
  if ((!COMMA_ONLY.test(gap) && !titled) || CONJUNCTIONS.has(next.folded)) return null;
  let last = run.last + 1;
  while (last + 1 < tokens.length && last - run.last < MAX_PHRASE_WORDS && !CLAUSE_BREAK.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))) {
    if (CONJUNCTIONS.has(tokens[last + 1]!.folded) && startsAnother(tokens, last + 2)) break;
    last++;
  }
  const first = skipLeading(tokens, run.last + 1, last);
  if (!tokens.slice(first, Math.min(first + 4, last + 1)).some(isTitle)) return null;
  return { title: phrase(text, tokens, first, last), evidence: 'office-after', run };
}

function startsAnother(tokens: readonly Token[], at: number): boolean {
  let next = tokens[at];
  if (next && DETERMINERS.has(next.folded)) next = tokens[at + 1];
  return next !== undefined && (isTitle(next) || isNameWord(next));
}

/**
 * "the Secretary of Foreign Affairs of Mexico, Marcelo Ebrard": an office clause ending in a comma
 * right before the name. The clause must end in an office word, or "In a message to President
 * Biden, Ebrard said" would make Ebrard a president; and it starts after an "and" that ends
 * another office ("Secretary of … and the Advisor of …, Jake Sullivan").
 */
function titleClauseBefore(text: string, tokens: readonly Token[], run: NameRun): Office | null {
  const last = run.first - 1;
  if (last < 0 || !isClauseWord(tokens[last]!) || !COMMA_ONLY.test(text.slice(tokens[last]!.end, tokens[run.first]!.start))) return null;
  let first = last;
  let titled = isTitle(tokens[last]!);
  while (first > 0 && last - first < MAX_PHRASE_WORDS && isClauseWord(tokens[first - 1]!) && !CLAUSE_BREAK.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start))) {
    if (titled && CONJUNCTIONS.has(tokens[first - 1]!.folded)) break;
    first--;
    titled ||= isTitle(tokens[first]!);
  }
  first = skipLeading(tokens, first, last);
  return titled ? { title: phrase(text, tokens, first, last), evidence: 'title', run } : null;
}

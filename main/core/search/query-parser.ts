/**
 * Turns what a researcher types into an FTS5 query: words (all must match), "exact phrases",
 * prefix*, OR between terms, -exclude. Every term is quoted, so FTS operators typed by accident
 * (AND, NEAR, parentheses, colons, a lone *) are searched as plain words or dropped, and an
 * unbalanced quote is read as if it were closed: a query never becomes an FTS syntax error.
 */
interface Term {
  text: string;
  prefix: boolean;
  exclude: boolean;
}

type Token = { kind: 'term'; term: Term } | { kind: 'or' };

const HAS_WORD = /[\p{L}\p{N}]/u;

export function toFtsQuery(input: string): string | null {
  const { groups, excluded } = parse(input);
  if (groups.length === 0) return null;
  const positive = groups.map((group) => (group.length === 1 ? quote(group[0]!) : `(${group.map(quote).join(' OR ')})`)).join(' AND ');
  return excluded.length === 0 ? positive : `${positive} NOT (${excluded.map(quote).join(' OR ')})`;
}

/**
 * The query bm25 ranks matches by, where it differs from the one that finds them. bm25 weighs each
 * phrase by how many documents hold it, and counting that reads the positions of every word of the
 * phrase in every document: for "Summit of the Americas", those of "of" and "the" everywhere. So
 * phrases are ranked by their words less the function words of English and Spanish. Exclusions
 * stay: without them the ranking query could match far more documents than the search does.
 */
export function toRankQuery(input: string): string | null {
  const { groups, excluded } = parse(input);
  if (groups.length === 0) return null;
  let differs = false;
  const rankTerm = (term: Term): string => {
    const words = term.text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
    if (words.length < 2) return quote(term);
    const content = words.filter((word, index) => !FUNCTION_WORDS.has(foldWord(word)) || (term.prefix && index === words.length - 1));
    differs = true;
    const kept = content.length > 0 ? content : words;
    const quoted = kept.map((word, index) => quote({ text: word, prefix: term.prefix && index === kept.length - 1, exclude: false }));
    return quoted.length === 1 ? quoted[0]! : `(${quoted.join(' AND ')})`;
  };
  const ranked = groups.map((group) => (group.length === 1 ? rankTerm(group[0]!) : `(${group.map(rankTerm).join(' OR ')})`)).join(' AND ');
  if (!differs) return null;
  return excluded.length === 0 ? ranked : `${ranked} NOT (${excluded.map(quote).join(' OR ')})`;
}

/** Words too common to tell documents apart; a phrase made only of them is ranked as it is. */
const FUNCTION_WORDS = new Set(
  (
    'a an and are as at be by for from has have in is it its of on or that the to was were will with ' +
    'al con de del el en es la las lo los para por que se su sus un una y'
  ).split(' '),
);

function parse(input: string): { groups: Term[][]; excluded: Term[] } {
  const groups: Term[][] = [];
  const excluded: Term[] = [];
  let joinNext = false;
  for (const token of tokenize(input)) {
    if (token.kind === 'or') {
      joinNext = groups.length > 0;
      continue;
    }
    if (token.term.exclude) excluded.push(token.term);
    else if (joinNext) groups.at(-1)!.push(token.term);
    else groups.push([token.term]);
    joinNext = false;
  }
  return { groups, excluded };
}

/** A word to mark in a snippet, folded like the index folds it (no accents, lower case). */
export interface HighlightTerm {
  word: string;
  prefix: boolean;
}

/** The words of the query's positive terms, for marking matches; excluded terms never show. */
export function highlightTerms(input: string): HighlightTerm[] {
  const terms: HighlightTerm[] = [];
  for (const token of tokenize(input)) {
    if (token.kind !== 'term' || token.term.exclude) continue;
    const words = token.term.text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
    words.forEach((word, index) => terms.push({ word: foldWord(word), prefix: token.term.prefix && index === words.length - 1 }));
  }
  return terms;
}

/** What unicode61 with remove_diacritics 2 makes of a word: "Bárcena" → "barcena". */
export function foldWord(word: string): string {
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) >= 0x80) return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  }
  return word.toLowerCase();
}

/** The same words as one literal AND query: the fallback if SQLite still refuses a query. */
export function toLiteralFtsQuery(input: string): string | null {
  const words = input.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length === 0 ? null : words.map((word) => quote({ text: word, prefix: false, exclude: false })).join(' AND ');
}

function* tokenize(input: string): Generator<Token> {
  let i = 0;
  while (i < input.length) {
    const char = input[i]!;
    if (/\s/u.test(char)) {
      i += 1;
      continue;
    }
    const exclude = char === '-' && i + 1 < input.length && !/\s/u.test(input[i + 1]!);
    const start = exclude ? i + 1 : i;
    if (input[start] === '"') {
      const close = input.indexOf('"', start + 1);
      const end = close === -1 ? input.length : close;
      const text = input.slice(start + 1, end).trim();
      i = end + 1;
      const prefix = input[i] === '*';
      if (prefix) i += 1;
      if (HAS_WORD.test(text)) yield { kind: 'term', term: { text, prefix, exclude } };
      continue;
    }
    let end = start;
    while (end < input.length && !/\s/u.test(input[end]!) && input[end] !== '"') end += 1;
    const word = input.slice(start, end);
    i = end;
    if (word === 'OR' && !exclude) {
      yield { kind: 'or' };
      continue;
    }
    const prefix = word.endsWith('*');
    const text = word.replace(/\*+$/, '');
    if (HAS_WORD.test(text)) yield { kind: 'term', term: { text, prefix, exclude } };
  }
}

function quote(term: Term): string {
  return `"${term.text.replace(/"/g, '""')}"${term.prefix ? '*' : ''}`;
}

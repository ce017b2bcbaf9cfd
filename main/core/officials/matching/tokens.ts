import { isWordCode } from '../../../../shared/text/word-chars';
import { foldWord } from '../../search/query-parser';
import { detached } from './detached';

/** A word of the text, or a handle ("@m_ebrard"), with its offsets and its folded form. */
export interface Token {
  start: number;
  end: number;
  /** Lower case without accents, as FTS folds it, so "Bárcena" and "BARCENA" meet. */
  folded: string;
  /** Starts with an upper-case letter: names are written so, and the rules that guess need it. */
  cap: boolean;
  /** Two upper-case letters or more at the start ("AMLO", "DHS", "US"): an acronym, not a name. */
  acronym: boolean;
  handle: boolean;
}

const AT = 0x40;

/** Letters, digits and underscore: what a handle is made of on X, Instagram and the like. */
function isHandleCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}

function isUpper(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const char = String.fromCharCode(code);
  return char !== char.toLowerCase();
}

/** Accented words repeat from one text to the next, and taking their accents off is the dear part of reading them. */
const accentFolds = new Map<string, string>();
const ACCENT_FOLDS_LIMIT = 50_000;

function foldAccented(word: string): string {
  let folded = accentFolds.get(word);
  if (folded === undefined) {
    if (accentFolds.size >= ACCENT_FOLDS_LIMIT) accentFolds.clear();
    folded = foldWord(word);
    accentFolds.set(detached(word), folded);
  }
  return folded;
}

/**
 * The words of a text in one pass. Hyphens and apostrophes split words, so "Sherwood-Randall's"
 * gives sherwood, randall, s and both the possessive and the spaced spelling fall out of the
 * same comparison.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === AT && (i === 0 || !isWordCode(text.charCodeAt(i - 1))) && i + 1 < length && isHandleCode(text.charCodeAt(i + 1))) {
      const start = i;
      i += 1;
      while (i < length && isHandleCode(text.charCodeAt(i))) i++;
      tokens.push({ start, end: i, folded: text.slice(start, i).toLowerCase(), cap: false, acronym: false, handle: true });
      continue;
    }
    if (!isWordCode(code)) {
      i++;
      continue;
    }
    const start = i;
    // Most words of a text are lower-case ASCII, already their own folded form: only the others pay for folding.
    let upper = false;
    let accented = false;
    while (i < length) {
      const next = text.charCodeAt(i);
      if (!isWordCode(next)) break;
      if (next >= 0x80) accented = true;
      else if (next >= 0x41 && next <= 0x5a) upper = true;
      i++;
    }
    const word = text.slice(start, i);
    const folded = accented ? foldAccented(word) : upper ? word.toLowerCase() : word;
    const cap = isUpper(code);
    tokens.push({ start, end: i, folded, cap, acronym: cap && i - start > 1 && isUpper(text.charCodeAt(start + 1)), handle: false });
  }
  return tokens;
}

/** The form names are compared and stored in: folded words joined by single spaces. */
export function foldName(text: string): string {
  return tokenize(text)
    .map((token) => token.folded)
    .join(' ');
}

/** What may stand between two words of one name: spaces, one line break, a hyphen, an apostrophe. */
const NAME_GAP = new Set([' ', '\u00a0', '\t', '\n', '-', '\u2010', '\u2011', "'", '\u2019']);

/**
 * Whether two neighbouring tokens can be read as one name. A full stop is allowed only after an
 * initial ("Joseph R. Biden"), so "Ebrard. Mayorkas" never reads as one name.
 */
export function joins(text: string, left: Token, right: Token): boolean {
  const gap = right.start - left.end;
  if (gap < 1 || gap > 3 || left.handle || right.handle) return false;
  let newlines = 0;
  for (let i = left.end; i < right.start; i++) {
    const char = text[i]!;
    if (char === '\n') newlines++;
    else if (char === '.') {
      if (left.end - left.start !== 1 || i !== left.end) return false;
    } else if (!NAME_GAP.has(char)) return false;
  }
  return newlines <= 1;
}

import { foldWord } from '../../search/query-parser';
import { MAX_TYPO_LETTERS, deletionHashes, isOneEdit } from './edit-distance';
import { GLUED_TAILS } from './lexicon';
import { MIN_TYPO_LETTERS, type NameIndex } from './name-index';
import type { Token } from './tokens';
import type { MentionRule } from './types';

/** A possible mention before it is tied to one person. */
export interface Hit {
  entry: number;
  start: number;
  end: number;
  rule: MentionRule;
}

/** What a capitalised word that is no registry word could be: a name glued to a word, or a misspelt name. */
interface WordGuess {
  glued: string | null;
  typos: string[];
}

const NOTHING: WordGuess = { glued: null, typos: [] };
/** Capitalised words repeat across documents (places, institutions, sentence openers); past this many, start over. */
const CACHE_LIMIT = 100_000;
const hashes = new Uint32Array(MAX_TYPO_LETTERS + 1);

/**
 * The rules that look inside a capitalised word the registry does not have: a one-word name
 * glued to the next word, a one-edit typo of a one-word name of six letters or more, and a
 * surname inside a handle. What a word could be is worked out once per matcher and remembered.
 */
export function createGuesser(index: NameIndex): (text: string, token: Token, hits: Hit[]) => void {
  const cache = new Map<string, WordGuess>();
  return (text, token, hits) => {
    if (token.handle) return handleHits(index, token, hits);
    let guess = cache.get(token.folded);
    if (!guess) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      guess = guessWord(index, token.folded);
      cache.set(token.folded, guess);
    }
    const glued = guess.glued === null ? 0 : gluedLength(text, token, guess.glued);
    if (glued > 0) for (const entry of index.single.get(guess.glued!)!) hits.push({ entry, start: token.start, end: token.start + glued, rule: 'glued' });
    for (const name of guess.typos) for (const entry of index.single.get(name)!) hits.push({ entry, start: token.start, end: token.end, rule: 'typo' });
  };
}

function guessWord(index: NameIndex, word: string): WordGuess {
  let glued: string | null = null;
  for (const length of index.gluedLengths) {
    if (length >= word.length) continue;
    const name = word.slice(0, length);
    if (index.single.has(name) && GLUED_TAILS.has(word.slice(length))) {
      glued = name;
      break;
    }
  }
  const typos: string[] = [];
  if (word.length >= MIN_TYPO_LETTERS - 1 && word.length <= MAX_TYPO_LETTERS && index.typoNames.length > 0) {
    if (index.typoKeys) {
      const count = deletionHashes(word, hashes);
      for (let k = 0; k < count; k++) {
        const names = index.typoKeys.get(hashes[k]!);
        if (names) for (const name of names) if (!typos.includes(name) && isOneEdit(word, name)) typos.push(name);
      }
    } else for (const name of index.typoNames) if (isOneEdit(word, name)) typos.push(name);
  }
  return glued === null && typos.length === 0 ? NOTHING : { glued, typos };
}

/**
 * How many characters of `token` spell `name` when the rest is a lower-case word that often
 * follows a name ("Mayorkasand" → 8), or 0. Links stripped from a page leave such words.
 */
export function gluedLength(text: string, token: Token, name: string): number {
  if (name.length < 5 || !token.folded.startsWith(name) || !GLUED_TAILS.has(token.folded.slice(name.length))) return 0;
  let length = name.length;
  while (length < token.end - token.start && foldWord(text.slice(token.start, token.start + length)) !== name) length++;
  const tail = text.slice(token.start + length, token.end);
  return tail === tail.toLowerCase() ? length : 0;
}

/** "@SecMayorkas" holds the surname Mayorkas; the whole handle is the mention. */
function handleHits(index: NameIndex, token: Token, hits: Hit[]): void {
  const letters = token.folded.replace(/[^a-z]/g, '');
  for (const length of index.handleLengths) {
    for (let at = 0; at + length <= letters.length; at++) {
      for (const entry of index.handleKeys.get(letters.slice(at, at + length)) ?? []) {
        hits.push({ entry, start: token.start, end: token.end, rule: 'handle' });
      }
    }
  }
}

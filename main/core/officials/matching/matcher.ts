import { editDistance, isOneEdit } from './edit-distance';
import { createGuesser, gluedLength, type Hit } from './guesses';
import { NEVER_A_PERSON } from './lexicon';
import { MIN_TYPO_LETTERS, buildNameIndex, wordShape, type NameIndex } from './name-index';
import { joins, tokenize, type Token } from './tokens';
import type { KnownMention, MentionRule, RegistryPerson } from './types';

export interface Matcher {
  /**
   * Mentions of registry people, in text order, never overlapping; offsets into `text`. Pass
   * `tokens` when the caller has already tokenised the text, to spare doing it twice.
   */
  findKnown(text: string, tokens?: readonly Token[]): KnownMention[];
}

type Resolved = Hit & { officialId: number | string };

/** Between hits of one length, the surer rule wins. */
const RULE_RANK: Record<MentionRule, number> = { alias: 0, surname: 1, handle: 2, 'given-name': 3, glued: 4, typo: 5 };

/** Build once per registry change; the index makes each document one pass over its words. */
export function buildMatcher(registry: readonly RegistryPerson[]): Matcher {
  const index = buildNameIndex(registry);
  const guess = createGuesser(index);
  return { findKnown: (text, tokens = tokenize(text)) => select(index, text, resolve(index, scan(index, guess, text, tokens))) };
}

/** The index's number for each token's word, or -1 for a word no name has. */
function wordNumbers(index: NameIndex, tokens: readonly Token[]): Int32Array {
  const numbers = new Int32Array(tokens.length).fill(-1);
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.folded;
    if (index.shapes[wordShape(word)] === 1) numbers[i] = index.words.numbers.get(word) ?? -1;
  }
  return numbers;
}

function scan(index: NameIndex, guess: ReturnType<typeof createGuesser>, text: string, tokens: readonly Token[]): Hit[] {
  const hits: Hit[] = [];
  const numbers = wordNumbers(index, tokens);
  const { postingsFrom, postingEntry, postingPosition } = index.words;
  for (let i = 0; i < tokens.length; i++) {
    const number = numbers[i]!;
    const first = number < 0 ? 0 : postingsFrom[number]!;
    const last = number < 0 ? 0 : postingsFrom[number + 1]!;
    for (let p = first; p < last; p++) {
      const entry = postingEntry[p]!;
      const position = postingPosition[p]!;
      const start = i - position;
      if (start < 0 || (position > 0 && triedBefore(index, numbers, entry, start, position))) continue;
      const hit = matchEntry(index, text, tokens, numbers, entry, start);
      if (hit) hits.push(hit);
    }
    const token = tokens[i]!;
    if (first === last && (token.handle || (token.cap && !token.acronym && !NEVER_A_PERSON.has(token.folded)))) guess(text, token, hits);
  }
  return hits;
}

/** A name of several words is reached from each of its words: it was tried from an earlier one. */
function triedBefore(index: NameIndex, numbers: Int32Array, entry: number, start: number, position: number): boolean {
  const { words, anchored, from } = index.words;
  const base = from[entry]!;
  for (let k = 0; k < position; k++) if (anchored[base + k] === 1 && numbers[start + k] === words[base + k]) return true;
  return false;
}

/**
 * Compares the words from `first` on with one entry. At most one word may differ: a typo, or the
 * last word glued to the next one. A differing word must be capitalised, since both rules guess.
 * The checks that need neither the gaps nor the entry object come first: most entries a word
 * leads to fail them.
 */
function matchEntry(index: NameIndex, text: string, tokens: readonly Token[], numbers: Int32Array, e: number, first: number): Hit | null {
  const { words, from, texts, particle, nameWords } = index.words;
  const base = from[e]!;
  const count = from[e + 1]! - base;
  if (first + count > tokens.length) return null;
  let differs = -1;
  for (let k = 0; k < count; k++) {
    if (numbers[first + k] === words[base + k]) continue;
    if (differs >= 0) return null;
    differs = k;
  }
  const token = differs < 0 ? undefined : tokens[first + differs]!;
  let glued = 0;
  if (token) {
    const wanted = words[base + differs]!;
    if (!token.cap || token.handle || particle[wanted] === 1 || NEVER_A_PERSON.has(token.folded)) return null;
    glued = differs === count - 1 ? gluedLength(text, token, texts[wanted]!) : 0;
    if (glued === 0 && !isTypo(token.folded, texts[wanted]!, nameWords[e]!)) return null;
  }
  for (let k = 1; k < count; k++) if (!joins(text, tokens[first + k - 1]!, tokens[first + k]!)) return null;
  const { kind } = index.entries[e]!;
  const head = tokens[first]!;
  if (kind !== 'alias' && (!head.cap || head.acronym || NEVER_A_PERSON.has(head.folded))) return null;
  if (kind === 'given-name' && nextIsCapitalised(text, tokens, first + count)) return null;
  const end = tokens[first + count - 1]!.end;
  if (!token) return { entry: e, start: head.start, end, rule: kind };
  return glued > 0 ? { entry: e, start: head.start, end: token.start + glued, rule: 'glued' } : { entry: e, start: head.start, end, rule: 'typo' };
}

/**
 * One edit in a word of six letters or more. Inside a name of three words (particles aside)
 * whose other two match exactly, two edits in a word of five letters or more: "Rosa Aisela
 * Rodríguez" is Rosa Icela, though "Aisela" is two edits from "Icela".
 */
function isTypo(word: string, wanted: string, nameWords: number): boolean {
  const shorter = Math.min(word.length, wanted.length);
  if (wanted.length >= MIN_TYPO_LETTERS && shorter >= MIN_TYPO_LETTERS - 1 && isOneEdit(word, wanted)) return true;
  return nameWords >= 3 && shorter >= 5 && editDistance(word, wanted, 2) <= 2;
}

/** "Marcelo" alone is Ebrard; "Marcelo Ramírez" is someone else. */
function nextIsCapitalised(text: string, tokens: readonly Token[], next: number): boolean {
  const token = tokens[next];
  return token !== undefined && token.cap && joins(text, tokens[next - 1]!, token);
}

/**
 * Ties each hit to one person, or drops it. A whole name names its people. A surname, handle or
 * glued or misspelt surname goes to the one person of that name the text names in full, else to
 * the only person of that name in the registry. A given name needs the full name in the text.
 */
function resolve(index: NameIndex, hits: readonly Hit[]): Resolved[] {
  const named = new Set<number | string>();
  for (const hit of hits) {
    const entry = index.entries[hit.entry]!;
    if (entry.kind === 'alias' && entry.officialIds.length === 1 && (entry.tokens.length > 1 || hit.rule === 'alias')) named.add(entry.officialIds[0]!);
  }
  const resolved: Resolved[] = [];
  for (const hit of hits) {
    const { kind, officialIds } = index.entries[hit.entry]!;
    const only = officialIds.length === 1 ? officialIds[0]! : undefined;
    let officialId: number | string | undefined;
    if (kind === 'alias' && only !== undefined) officialId = only;
    else {
      const inText = officialIds.filter((id) => named.has(id));
      if (inText.length === 1) officialId = inText[0];
      else if (kind === 'surname' && inText.length === 0) officialId = only;
    }
    if (officialId !== undefined) resolved.push({ entry: hit.entry, start: hit.start, end: hit.end, rule: hit.rule, officialId });
  }
  return resolved;
}

/** Longest first, then the surer rule, then the earlier; a hit that overlaps a kept one is dropped. */
function select(index: NameIndex, text: string, hits: Resolved[]): KnownMention[] {
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || RULE_RANK[a.rule] - RULE_RANK[b.rule] || a.start - b.start);
  const kept: KnownMention[] = [];
  for (const hit of hits) {
    if (kept.some((mention) => hit.start < mention.end && mention.start < hit.end)) continue;
    const alias = index.entries[hit.entry]!.text;
    kept.push({ officialId: hit.officialId, start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end), rule: hit.rule, alias });
  }
  return kept.sort((a, b) => a.start - b.start);
}

import { editDistance, isOneEdit } from './edit-distance';
import { createGuesser, gluedLength, type Hit } from './guesses';
import { NEVER_A_PERSON, PARTICLES } from './lexicon';
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

function scan(index: NameIndex, guess: ReturnType<typeof createGuesser>, text: string, tokens: readonly Token[]): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const postings = index.shapes[wordShape(token.folded)] === 1 ? index.byToken.get(token.folded) : undefined;
    if (postings) {
      for (const { entry, position } of postings) {
        const start = i - position;
        if (start < 0 || (position > 0 && triedBefore(index, tokens, entry, start, position))) continue;
        const hit = matchEntry(index, text, tokens, entry, start);
        if (hit) hits.push(hit);
      }
    } else if (token.handle || (token.cap && !token.acronym && !NEVER_A_PERSON.has(token.folded))) guess(text, token, hits);
  }
  return hits;
}

/** A name of several words is reached from each of its words: it was tried from an earlier one. */
function triedBefore(index: NameIndex, tokens: readonly Token[], entry: number, start: number, position: number): boolean {
  const { tokens: words, anchored } = index.entries[entry]!;
  for (let k = 0; k < position; k++) if (anchored[k] && tokens[start + k]!.folded === words[k]) return true;
  return false;
}

/**
 * Compares the words from `first` on with one entry. At most one word may differ: a typo, or the
 * last word glued to the next one. A differing word must be capitalised, since both rules guess.
 */
function matchEntry(index: NameIndex, text: string, tokens: readonly Token[], e: number, first: number): Hit | null {
  const entry = index.entries[e]!;
  const count = entry.tokens.length;
  if (first + count > tokens.length) return null;
  let differs = -1;
  for (let k = 0; k < count; k++) {
    if (tokens[first + k]!.folded === entry.tokens[k]) continue;
    if (differs >= 0) return null;
    differs = k;
  }
  // Most entries a word leads to differ in their other words: the gaps are read only for those that do not.
  for (let k = 1; k < count; k++) if (!joins(text, tokens[first + k - 1]!, tokens[first + k]!)) return null;
  const head = tokens[first]!;
  if (entry.kind !== 'alias' && (!head.cap || head.acronym || NEVER_A_PERSON.has(head.folded))) return null;
  if (entry.kind === 'given-name' && nextIsCapitalised(text, tokens, first + count)) return null;
  const end = tokens[first + count - 1]!.end;
  if (differs < 0) return { entry: e, start: head.start, end, rule: entry.kind };
  const token = tokens[first + differs]!;
  const wanted = entry.tokens[differs]!;
  if (!token.cap || token.handle || PARTICLES.has(wanted) || NEVER_A_PERSON.has(token.folded)) return null;
  const glued = differs === count - 1 ? gluedLength(text, token, wanted) : 0;
  if (glued > 0) return { entry: e, start: head.start, end: token.start + glued, rule: 'glued' };
  const nameWords = entry.tokens.filter((word) => !PARTICLES.has(word)).length;
  return isTypo(token.folded, wanted, nameWords) ? { entry: e, start: head.start, end, rule: 'typo' } : null;
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
  const taken = new Uint8Array(text.length);
  const kept: KnownMention[] = [];
  for (const hit of hits) {
    if (isTaken(taken, hit)) continue;
    taken.fill(1, hit.start, hit.end);
    const alias = index.entries[hit.entry]!.text;
    kept.push({ officialId: hit.officialId, start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end), rule: hit.rule, alias });
  }
  return kept.sort((a, b) => a.start - b.start);
}

function isTaken(taken: Uint8Array, hit: Hit): boolean {
  for (let i = hit.start; i < hit.end; i++) if (taken[i] === 1) return true;
  return false;
}

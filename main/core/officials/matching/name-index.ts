import { detached } from './detached';
import { MAX_TYPO_LETTERS, deletionHashes } from './edit-distance';
import { entryWords, type EntryWords } from './entry-words';
import { NEVER_A_PERSON, PARTICLES } from './lexicon';
import { foldName, tokenize } from './tokens';
import type { RegistryPerson } from './types';

export type EntryKind = 'alias' | 'surname' | 'given-name';

/** One form a registry name can take in a text, shared by every person who has it. */
export interface NameEntry {
  kind: EntryKind;
  tokens: readonly string[];
  officialIds: Array<number | string>;
  /** The form as the researcher typed it, reported with each mention. */
  text: string;
  /** Which words the index leads to this entry from. */
  anchored: readonly boolean[];
}

export interface NameIndex {
  entries: NameEntry[];
  /** The entries' words as numbers, and the entries each word leads to: a document is scanned once. */
  words: EntryWords;
  /** Marks the shapes (see wordShape) of the words: most words of a text are ruled out without a lookup. */
  shapes: Uint8Array;
  /** One-word surnames and aliases, for the rules that look inside or around a word. */
  single: Map<string, number[]>;
  /** One-word names of six letters or more, each once: what a word may be a typo of. */
  typoNames: string[];
  /**
   * Symmetric-delete dictionary over typoNames: hashes of each and of its deletions. Only for a
   * registry with more than a few such names; a document's own matcher compares them one by one.
   */
  typoKeys: Map<number, string[]> | null;
  /** Lengths of the one-word names long enough to be found glued to the next word, longest first. */
  gluedLengths: number[];
  /** Surnames with their words run together, to be found inside handles ("secmayorkas"). */
  handleKeys: Map<string, number[]>;
  handleLengths: number[];
}

const SHAPES = 1024;

/** A cheap hash of a word's length and first and last letters, for NameIndex.shapes. */
export function wordShape(word: string): number {
  return (Math.imul(word.charCodeAt(0), 31) + Math.imul(word.charCodeAt(word.length - 1), 7) + word.length) & (SHAPES - 1);
}

/** Shorter names are too often ordinary words or other people's names to be guessed at. */
export const MIN_TYPO_LETTERS = 6;
/** Up to this many names, comparing a word with each costs less than hashing it. */
const FEW_TYPO_NAMES = 32;
const MIN_GLUED_LETTERS = 5;
const MIN_HANDLE_LETTERS = 5;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** A word that can be a surname or given name on its own: no initial, particle or place. */
function guessable(tokens: readonly string[]): boolean {
  const letters = tokens.reduce((sum, token) => sum + token.length, 0);
  return letters > 1 && tokens.every((token) => !PARTICLES.has(token) && !NEVER_A_PERSON.has(token));
}

/**
 * The forms of one person: the canonical name and every alias whole; the last word of each of
 * them as a surname; the first word of an alias that starts inside the canonical name ("López
 * Obrador", "Velasco Álvarez") as a surname too, since Spanish uses the first surname alone;
 * the first word of any other name of two words or more as a given name ("Marcelo", "Liz").
 */
function formsOf(person: RegistryPerson): Array<{ kind: EntryKind; text: string }> {
  const names = [person.name, ...person.aliases].map((name) => name.trim()).filter(Boolean);
  const canonicalWords = new Set(person.name.trim().split(/\s+/).slice(1).map(foldName));
  const forms: Array<{ kind: EntryKind; text: string }> = [];
  for (const name of names) {
    forms.push({ kind: 'alias', text: name });
    const words = name.split(/\s+/);
    if (words.length < 2) continue;
    const first = words[0]!;
    forms.push({ kind: 'surname', text: words.at(-1)! });
    forms.push({ kind: canonicalWords.has(foldName(first)) ? 'surname' : 'given-name', text: first });
  }
  return forms;
}

/** Particles and initials would make every "de" and "R" of a text a lookup; the other words lead to a name. */
function anchorsOf(tokens: readonly string[]): boolean[] {
  const anchored = tokens.map((token) => token.length > 1 && !PARTICLES.has(token));
  return anchored.includes(true) ? anchored : tokens.map(() => true);
}

/** A form with its words folded, and what the index needs to know of them. */
interface FoldedForm {
  kind: EntryKind;
  text: string;
  tokens: readonly string[];
  /** `kind` and the folded words: forms of one key are one entry. */
  key: string;
  anchored: readonly boolean[];
}

/**
 * A document's unknown people get a matcher of their own, and the same names come back in
 * document after document: their forms are worked out once. Kept strings are cut loose from the
 * documents they were read from.
 */
const foldedForms = new Map<string, readonly FoldedForm[]>();
const FOLDED_FORMS_LIMIT = 20_000;

function foldedFormsOf(person: RegistryPerson): readonly FoldedForm[] {
  const cacheKey = [person.name, ...person.aliases].join('\u0000');
  let forms = foldedForms.get(cacheKey);
  if (forms) return forms;
  forms = formsOf(person).flatMap(({ kind, text }) => {
    const tokens = tokenize(text).map((token) => detached(token.folded));
    if (tokens.length === 0 || (kind !== 'alias' && !guessable(tokens))) return [];
    return [{ kind, text: detached(text), tokens, key: `${kind} ${tokens.join(' ')}`, anchored: anchorsOf(tokens) }];
  });
  if (foldedForms.size >= FOLDED_FORMS_LIMIT) foldedForms.clear();
  foldedForms.set(cacheKey, forms);
  return forms;
}

export function buildNameIndex(registry: readonly RegistryPerson[]): NameIndex {
  const entries: NameEntry[] = [];
  const byKey = new Map<string, number>();
  for (const person of registry) {
    for (const { kind, text, tokens, key, anchored } of foldedFormsOf(person)) {
      const known = byKey.get(key);
      if (known === undefined) {
        byKey.set(key, entries.length);
        entries.push({ kind, tokens, officialIds: [person.id], text, anchored });
      } else if (!entries[known]!.officialIds.includes(person.id)) entries[known]!.officialIds.push(person.id);
    }
  }

  const index: NameIndex = {
    entries,
    words: entryWords(entries),
    shapes: new Uint8Array(SHAPES),
    single: new Map(),
    typoNames: [],
    typoKeys: null,
    gluedLengths: [],
    handleKeys: new Map(),
    handleLengths: [],
  };
  const gluedLengths = new Set<number>();
  const typoNames = new Set<string>();
  const handleLengths = new Set<number>();
  for (const word of index.words.numbers.keys()) index.shapes[wordShape(word)] = 1;
  entries.forEach((entry, e) => {
    if (entry.kind === 'surname') {
      const joined = entry.tokens.join('');
      if (joined.length >= MIN_HANDLE_LETTERS) {
        push(index.handleKeys, joined, e);
        handleLengths.add(joined.length);
      }
    }
    const word = entry.tokens[0]!;
    if (entry.tokens.length !== 1 || entry.kind === 'given-name' || word.startsWith('@')) return;
    push(index.single, word, e);
    if (word.length >= MIN_GLUED_LETTERS) gluedLengths.add(word.length);
    if (word.length >= MIN_TYPO_LETTERS && word.length <= MAX_TYPO_LETTERS) typoNames.add(word);
  });
  index.typoNames = [...typoNames];
  if (index.typoNames.length > FEW_TYPO_NAMES) index.typoKeys = typoDictionary(index.typoNames);
  index.gluedLengths = [...gluedLengths].sort((a, b) => b - a);
  index.handleLengths = [...handleLengths].sort((a, b) => b - a);
  return index;
}

function typoDictionary(names: readonly string[]): Map<number, string[]> {
  const dictionary = new Map<number, string[]>();
  const hashes = new Uint32Array(MAX_TYPO_LETTERS + 1);
  for (const name of names) {
    const count = deletionHashes(name, hashes);
    for (let k = 0; k < count; k++) push(dictionary, hashes[k]!, name);
  }
  return dictionary;
}

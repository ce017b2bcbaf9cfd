import { findCandidates } from './matching/candidates';
import { detached } from './matching/detached';
import type { Matcher } from './matching/matcher';
import { foldName } from './matching/tokens';
import type { AliasProposal, MentionRule } from './matching/types';

/** Rules as the findings number them. */
export const RULES: readonly MentionRule[] = ['alias', 'surname', 'given-name', 'typo', 'glued', 'handle'];
const RULE_NUMBERS = new Map(RULES.map((rule, number) => [rule, number]));

/** Numbers per known mention in DocumentFindings.known: official id, start, end, rule, form. */
export const KNOWN_STRIDE = 5;
export const OFFICIAL = 0;
export const START = 1;
export const END = 2;
export const RULE = 3;
export const FORM = 4;

/** Numbers per handle occurrence in DocumentFindings.aliases: official id, form, start, end. */
export const ALIAS_STRIDE = 4;
export const ALIAS_OFFICIAL = 0;
export const ALIAS_FORM = 1;
export const ALIAS_START = 2;
export const ALIAS_END = 3;

/** An unknown person as a document names them; every document that names them alike shares one. */
export interface PersonNaming {
  /** The folded name: how candidates are told apart across documents and rejected. */
  key: string;
  name: string;
  title: string | null;
  handles: readonly string[];
}

/**
 * What the findings of many documents share, kept once: the registry forms mentions were matched
 * against and the handles proposed as aliases (named by number), and the namings of unknown people.
 */
export interface SharedFindings {
  readonly forms: readonly string[];
  numberOf(form: string): number;
  naming(name: string, title: string | null, handles: readonly string[]): PersonNaming;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, k) => item === b[k]);

export function createSharedFindings(): SharedFindings {
  const numbers = new Map<string, number>();
  const forms: string[] = [];
  /** By name as written: a name is written with one title and set of handles in most documents. */
  const namings = new Map<string, PersonNaming[]>();
  return {
    forms,
    numberOf(form) {
      let number = numbers.get(form);
      if (number === undefined) {
        // A handle is cut from a document's text, which a kept slice of it would keep in memory.
        const kept = detached(form);
        number = forms.length;
        numbers.set(kept, number);
        forms.push(kept);
      }
      return number;
    },
    naming(name, title, handles) {
      const alike = namings.get(name);
      const found = alike?.find((naming) => naming.title === title && sameList(naming.handles, handles));
      if (found) return found;
      const naming = { key: detached(foldName(name)), name: detached(name), title: title === null ? null : detached(title), handles: handles.map(detached) };
      if (alike) alike.push(naming);
      else namings.set(naming.name, [naming]);
      return naming;
    },
  };
}

/**
 * What the matcher found in one document, before the researcher's decisions are applied. Only
 * offsets, small numbers and shared namings: the text of a mention and the words around it are
 * read from the document when a suggestion is shown, so the findings of every document of a large
 * notebook are a few typed arrays the garbage collector never has to walk.
 */
export interface DocumentFindings {
  /** The registry's people it mentions, KNOWN_STRIDE numbers apiece, in text order. */
  known: Int32Array;
  /**
   * Handles it gives to the registry's people they are not yet aliases of, ALIAS_STRIDE numbers
   * per occurrence: each handle's occurrences together, in text order.
   */
  aliases: Int32Array;
  /** The unknown people it names, in order of first mention. */
  people: readonly PersonNaming[];
  /**
   * Their mentions: first, for each person k, where their start and end pairs begin (the entry
   * after the last says where the array ends); then the pairs, each person's in text order.
   */
  spans: Int32Array;
}

const NONE = new Int32Array(0);
const NOBODY: readonly PersonNaming[] = [];
const NO_SPANS = new Int32Array(1);

/** One document's scan: the registry's people it mentions, the handles it gives them and the unknown people it names. */
export function findingsIn(text: string, matcher: Matcher, shared: SharedFindings): DocumentFindings {
  const { people, known, aliases } = findCandidates(text, matcher);
  const packed = known.length === 0 ? NONE : new Int32Array(known.length * KNOWN_STRIDE);
  known.forEach(({ officialId, start, end, rule, alias }, k) => {
    packed.set([Number(officialId), start, end, RULE_NUMBERS.get(rule)!, shared.numberOf(alias)], k * KNOWN_STRIDE);
  });
  const proposed = packAliases(aliases, shared);
  if (people.length === 0) return { known: packed, aliases: proposed, people: NOBODY, spans: NO_SPANS };
  const spans = new Int32Array(people.length + 1 + 2 * people.reduce((sum, person) => sum + person.mentions.length, 0));
  let at = people.length + 1;
  people.forEach((person, k) => {
    spans[k] = at;
    for (const { start, end } of person.mentions) {
      spans[at++] = start;
      spans[at++] = end;
    }
  });
  spans[people.length] = at;
  return {
    known: packed,
    aliases: proposed,
    people: people.map((person) => shared.naming(person.name, person.title ?? null, person.handles)),
    spans,
  };
}

function packAliases(aliases: readonly AliasProposal[], shared: SharedFindings): Int32Array {
  const occurrences = aliases.reduce((sum, proposal) => sum + proposal.mentions.length, 0);
  if (occurrences === 0) return NONE;
  const packed = new Int32Array(occurrences * ALIAS_STRIDE);
  let at = 0;
  for (const { officialId, alias, mentions } of aliases) {
    const form = shared.numberOf(alias);
    for (const { start, end } of mentions) {
      packed.set([Number(officialId), form, start, end], at);
      at += ALIAS_STRIDE;
    }
  }
  return packed;
}

/** Where the start and end pairs of the `k`-th person of a document run in its spans: [from, to). */
export function personSpans(findings: DocumentFindings, k: number): [number, number] {
  return [findings.spans[k]!, findings.spans[k + 1]!];
}

/** Where a start offset is among a document's known mentions, or -1. */
export function knownIndexAt(findings: DocumentFindings, start: number): number {
  const { known } = findings;
  let low = 0;
  let high = known.length / KNOWN_STRIDE - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = known[middle * KNOWN_STRIDE + START]!;
    if (at === start) return middle;
    if (at < start) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

import { addAliasGroups, markAliasRejected, type AliasGroup } from './alias-groups';
import { END, KNOWN_STRIDE, OFFICIAL, START, knownIndexAt, personSpans } from './document-findings';
import type { IndexedDocument } from './suggestion-index';
import { dropPageUnlessFull, isAfter, type Group, type PageEnd } from './suggestion-groups';

export interface KnownGroup<T> extends Group<T> {
  officialId: number;
  uid: string;
  name: string;
  /** Mentions not yet confirmed or rejected. */
  pending: number;
}

export interface CandidateGroup<T> extends Group<T> {
  key: string;
  name: string;
  title: string | null;
  handles: string[];
  /** Mentions over every document, counted from the people's spans. */
  total: number;
  rejected: boolean;
}

/** A decision on a suggested mention (`decided`) or its undoing, or on a name or a proposed alias (`rejected`). */
export type DecisionChange =
  | { officialId: number; documentId: number; start: number; end: number; decided: boolean }
  | { candidateKey: string; rejected: boolean }
  | { aliasKey: string; rejected: boolean };

/** A decided mention as the database holds it: official id, document id, start, end. */
export type DecidedRow = readonly [number, number, number, number];

/**
 * The review queue as references into the suggestion index, with the researcher's decisions as one
 * flag per mention. Nothing here copies text: a mention is two small numbers, so the queue of a
 * notebook of ten thousand documents is a few arrays, and a decision flips a flag and a count.
 */
export interface Assembly<K, C> {
  /** The index's documents this was assembled from; positions in it are the references' first half. */
  documents: readonly IndexedDocument[];
  /** Document row id → position in `documents`. */
  positions: Map<number, number>;
  /** Per document position, 1 for each known mention decided; absent while none is. */
  decided: Array<Uint8Array | undefined>;
  /** The 'decisions' count this reflects. */
  decisions: number;
  officials: ReadonlyMap<number, { uid: string; name: string }>;
  /** Names the researcher said are not people to register, folded. */
  rejected: Set<string>;
  /** Handles the researcher said are not aliases of a person, by aliasKey. */
  rejectedAliases: Set<string>;
  known: Map<number, KnownGroup<K>>;
  candidates: Map<string, CandidateGroup<C>>;
  /** Handles proposed as aliases, by aliasKey; their mentions are shown as a new name's are. */
  aliases: Map<string, AliasGroup<C>>;
  groupsMade: number;
}

export function emptyAssembly<K, C>(
  officials: ReadonlyMap<number, { uid: string; name: string }>,
  rejected: { names: Set<string>; aliases: Set<string> },
  decisions: number,
): Assembly<K, C> {
  return {
    documents: [],
    positions: new Map(),
    decided: [],
    decisions,
    officials,
    rejected: rejected.names,
    rejectedAliases: rejected.aliases,
    known: new Map(),
    candidates: new Map(),
    aliases: new Map(),
    groupsMade: 0,
  };
}

/**
 * Adds the documents of `documents` past those already assembled (the index lists them by row id,
 * and a new document always gets the highest), with the decisions taken on them. `forms` are
 * what the findings' form numbers stand for.
 */
export function addDocuments<K, C>(
  assembly: Assembly<K, C>,
  documents: readonly IndexedDocument[],
  decidedRows: readonly DecidedRow[],
  forms: readonly string[],
): void {
  const decidedIn = new Map<number, DecidedRow[]>();
  for (const row of decidedRows) {
    const rows = decidedIn.get(row[1]);
    if (rows) rows.push(row);
    else decidedIn.set(row[1], [row]);
  }
  for (let position = assembly.documents.length; position < documents.length; position++) {
    const document = documents[position]!;
    assembly.positions.set(document.id, position);
    const flags = decidedFlags(document, decidedIn.get(document.id));
    assembly.decided[position] = flags;
    addKnown(assembly, position, document, flags);
    addPeople(assembly, position, document);
    addAliasGroups(assembly, position, document, forms);
  }
  assembly.documents = documents;
}

function decidedFlags(document: IndexedDocument, rows: readonly DecidedRow[] | undefined): Uint8Array | undefined {
  if (!rows) return undefined;
  const flags = new Uint8Array(document.findings.known.length / KNOWN_STRIDE);
  for (const [officialId, , start, end] of rows) {
    const index = matchingMention(document, officialId, start, end);
    if (index >= 0) flags[index] = 1;
  }
  return flags;
}

/** The index of the known mention of `officialId` at exactly [start, end), or -1. */
function matchingMention(document: IndexedDocument, officialId: number, start: number, end: number): number {
  const index = knownIndexAt(document.findings, start);
  const at = index * KNOWN_STRIDE;
  const { known } = document.findings;
  return index >= 0 && known[at + OFFICIAL] === officialId && known[at + END] === end ? index : -1;
}

function addKnown<K, C>(assembly: Assembly<K, C>, position: number, document: IndexedDocument, flags: Uint8Array | undefined): void {
  const { known } = document.findings;
  for (let index = 0; index < known.length / KNOWN_STRIDE; index++) {
    const officialId = known[index * KNOWN_STRIDE + OFFICIAL]!;
    let group = assembly.known.get(officialId);
    if (!group) {
      const official = assembly.officials.get(officialId);
      if (!official) continue;
      group = { officialId, uid: official.uid, name: official.name, order: assembly.groupsMade++, documents: [], items: [], pending: 0, page: null };
      assembly.known.set(officialId, group);
    }
    group.documents.push(position);
    group.items.push(index);
    if (flags?.[index] === 1) continue;
    group.pending += 1;
    dropPageUnlessFull(group);
  }
}

function addPeople<K, C>(assembly: Assembly<K, C>, position: number, document: IndexedDocument): void {
  document.findings.people.forEach((person, index) => {
    let group = assembly.candidates.get(person.key);
    if (!group) {
      group = {
        key: person.key,
        name: person.name,
        title: person.title,
        handles: [],
        order: assembly.groupsMade++,
        documents: [],
        items: [],
        total: 0,
        rejected: assembly.rejected.has(person.key),
        page: null,
      };
      assembly.candidates.set(person.key, group);
    }
    group.title ??= person.title;
    for (const handle of person.handles) if (!group.handles.includes(handle)) group.handles.push(handle);
    const [from, to] = personSpans(document.findings, index);
    group.documents.push(position);
    group.items.push(index);
    group.total += (to - from) / 2;
    dropPageUnlessFull(group);
  });
}

/** Applies decisions just recorded: flags and counts move, and only the pages of the groups they touch go. */
export function applyDecisions<K, C>(assembly: Assembly<K, C>, changes: readonly DecisionChange[]): void {
  for (const change of changes) {
    if ('candidateKey' in change) {
      if (change.rejected) assembly.rejected.add(change.candidateKey);
      else assembly.rejected.delete(change.candidateKey);
      const group = assembly.candidates.get(change.candidateKey);
      if (group) group.rejected = change.rejected;
      continue;
    }
    if ('aliasKey' in change) {
      markAliasRejected(assembly, change.aliasKey, change.rejected);
      continue;
    }
    const position = assembly.positions.get(change.documentId);
    const document = position === undefined ? undefined : assembly.documents[position];
    const group = assembly.known.get(change.officialId);
    if (position === undefined || !document || !group) continue;
    const index = matchingMention(document, change.officialId, change.start, change.end);
    if (index < 0) continue;
    const flags = (assembly.decided[position] ??= new Uint8Array(document.findings.known.length / KNOWN_STRIDE));
    const flag = change.decided ? 1 : 0;
    if (flags[index] === flag) continue;
    flags[index] = flag;
    group.pending += change.decided ? -1 : 1;
    group.page = null;
  }
}

/** A group's mentions still to review after `after`, at most `limit`: as document position and index. */
export function pendingMentions<K, C>(assembly: Assembly<K, C>, group: KnownGroup<K>, after: PageEnd | null, limit: number): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let k = 0; k < group.items.length && found.length < limit; k++) {
    const position = group.documents[k]!;
    const index = group.items[k]!;
    if (assembly.decided[position]?.[index] === 1) continue;
    const { id, findings } = assembly.documents[position]!;
    if (isAfter(id, findings.known[index * KNOWN_STRIDE + START]!, after)) found.push([position, index]);
  }
  return found;
}

/** A candidate's mentions over its documents after `after`, at most `limit`: as document position, start and end. */
export function candidateSpans<K, C>(assembly: Assembly<K, C>, group: CandidateGroup<C>, after: PageEnd | null, limit: number): Array<[number, number, number]> {
  const found: Array<[number, number, number]> = [];
  for (let k = 0; k < group.items.length && found.length < limit; k++) {
    const position = group.documents[k]!;
    const { id, findings } = assembly.documents[position]!;
    if (after !== null && id < after.documentId) continue;
    const [from, to] = personSpans(findings, group.items[k]!);
    const { spans } = findings;
    for (let at = from; at < to && found.length < limit; at += 2) if (isAfter(id, spans[at]!, after)) found.push([position, spans[at]!, spans[at + 1]!]);
  }
  return found;
}

/** Start and end of the `index`-th known mention of the document at `position`. */
export function knownSpan<K, C>(assembly: Assembly<K, C>, position: number, index: number): { start: number; end: number } {
  const { known } = assembly.documents[position]!.findings;
  return { start: known[index * KNOWN_STRIDE + START]!, end: known[index * KNOWN_STRIDE + END]! };
}

/** Groups with something to review, the most first; of one size, the first found first. */
export function reviewable<K, C>(assembly: Assembly<K, C>): { known: Array<KnownGroup<K>>; candidates: Array<CandidateGroup<C>>; aliases: Array<AliasGroup<C>> } {
  const known = [...assembly.known.values()].filter((group) => group.pending > 0).sort((a, b) => b.pending - a.pending || a.order - b.order);
  const byTotal = (a: { total: number; order: number }, b: { total: number; order: number }) => b.total - a.total || a.order - b.order;
  const open = <G extends { rejected: boolean; total: number }>(group: G) => !group.rejected && group.total > 0;
  const candidates = [...assembly.candidates.values()].filter(open).sort(byTotal);
  const aliases = [...assembly.aliases.values()].filter(open).sort(byTotal);
  return { known, candidates, aliases };
}

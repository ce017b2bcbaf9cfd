import { ALIAS_END, ALIAS_FORM, ALIAS_OFFICIAL, ALIAS_START, ALIAS_STRIDE } from './document-findings';
import { foldName } from './matching/tokens';
import type { Assembly } from './suggestion-assembly';
import type { IndexedDocument } from './suggestion-index';
import { dropPageUnlessFull, isAfter, type Group, type PageEnd } from './suggestion-groups';

/** A handle proposed as an alias of a registry person, over every document that gives it to them. */
export interface AliasGroup<T> extends Group<T> {
  key: string;
  officialId: number;
  uid: string;
  name: string;
  /** The handle as the first document that proposes it writes it. */
  alias: string;
  /** Its occurrences over every document. */
  total: number;
  rejected: boolean;
}

/** A proposal is one person and one folded handle, in every document: what a rejection names too. */
export const aliasKey = (officialId: number, folded: string) => `${officialId} ${folded}`;

/** Adds the handle occurrences of the document at `position` to the groups of their person and handle. */
export function addAliasGroups<K, C>(assembly: Assembly<K, C>, position: number, document: IndexedDocument, forms: readonly string[]): void {
  const { aliases } = document.findings;
  let group: AliasGroup<C> | undefined;
  let official = -1;
  let form = -1;
  for (let index = 0; index < aliases.length / ALIAS_STRIDE; index++) {
    const at = index * ALIAS_STRIDE;
    // A handle's occurrences are packed together: the group is looked up once per handle.
    if (aliases[at + ALIAS_OFFICIAL] !== official || aliases[at + ALIAS_FORM] !== form) {
      official = aliases[at + ALIAS_OFFICIAL]!;
      form = aliases[at + ALIAS_FORM]!;
      group = groupFor(assembly, official, forms[form]!);
      if (group) dropPageUnlessFull(group);
    }
    if (!group) continue;
    group.documents.push(position);
    group.items.push(index);
    group.total += 1;
  }
}

function groupFor<K, C>(assembly: Assembly<K, C>, officialId: number, alias: string): AliasGroup<C> | undefined {
  const official = assembly.officials.get(officialId);
  if (!official) return undefined;
  const key = aliasKey(officialId, foldName(alias));
  let group = assembly.aliases.get(key);
  if (!group) {
    group = {
      key,
      officialId,
      uid: official.uid,
      name: official.name,
      alias,
      order: assembly.groupsMade++,
      documents: [],
      items: [],
      total: 0,
      rejected: assembly.rejectedAliases.has(key),
      page: null,
    };
    assembly.aliases.set(key, group);
  }
  return group;
}

/** A proposal rejected, or its rejection undone: only its own group changes. */
export function markAliasRejected<K, C>(assembly: Assembly<K, C>, key: string, rejected: boolean): void {
  if (rejected) assembly.rejectedAliases.add(key);
  else assembly.rejectedAliases.delete(key);
  const group = assembly.aliases.get(key);
  if (group) group.rejected = rejected;
}

/** A handle's occurrences over its documents after `after`, at most `limit`: as document position, start and end. */
export function aliasSpans<K, C>(assembly: Assembly<K, C>, group: AliasGroup<C>, after: PageEnd | null, limit: number): Array<[number, number, number]> {
  const found: Array<[number, number, number]> = [];
  for (let k = 0; k < group.items.length && found.length < limit; k++) {
    const position = group.documents[k]!;
    const { id, findings } = assembly.documents[position]!;
    const at = group.items[k]! * ALIAS_STRIDE;
    const start = findings.aliases[at + ALIAS_START]!;
    if (isAfter(id, start, after)) found.push([position, start, findings.aliases[at + ALIAS_END]!]);
  }
  return found;
}

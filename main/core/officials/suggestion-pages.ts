import type { CandidateSuggestionGroup, KnownSuggestionGroup } from '../../../shared/model/suggestion';
import type { Db } from '../db/open';
import { documentTextById } from '../documents/repository';
import { FORM, KNOWN_STRIDE, RULE, RULES } from './document-findings';
import { mentionContext } from './matching/context';
import { detached } from './matching/detached';
import { aliasSpans, type AliasGroup } from './alias-groups';
import { candidateSpans, knownSpan, pendingMentions, type Assembly, type CandidateGroup, type KnownGroup } from './suggestion-assembly';
import type { PageEnd } from './suggestion-groups';

export type KnownSuggestion = KnownSuggestionGroup['mentions'][number];
export type Sighting = CandidateSuggestionGroup['mentions'][number];
export type QueueAssembly = Assembly<KnownSuggestion, Sighting>;

interface Wanted {
  position: number;
  start: number;
  end: number;
}

/**
 * The spans as a suggestion shows them: the text and the words around it, read from each document
 * once, whatever the order they are asked in. Kept strings are cut loose from the document's text,
 * which would otherwise stay in memory as long as a page of its mentions does.
 */
function sightingsOf(db: Db, assembly: QueueAssembly, wanted: readonly Wanted[]): Sighting[] {
  const order = wanted.map((_, k) => k).sort((a, b) => wanted[a]!.position - wanted[b]!.position);
  const sightings = new Array<Sighting>(wanted.length);
  let read = -1;
  let document = { title: '', text: '' };
  for (const k of order) {
    const { position, start, end } = wanted[k]!;
    if (position !== read) {
      document = documentTextById(db, assembly.documents[position]!.id);
      read = position;
    }
    const { before, after } = mentionContext(document.text, start, end);
    sightings[k] = {
      documentUid: assembly.documents[position]!.uid,
      documentTitle: document.title,
      start,
      end,
      text: detached(document.text.slice(start, end)),
      before: detached(before),
      after: detached(after),
    };
  }
  return sightings;
}

/** A page of each group's suggested mentions, after `after`, at most `limit` apiece, the documents read once for all. */
export function knownPages(db: Db, assembly: QueueAssembly, forms: readonly string[], groups: ReadonlyArray<KnownGroup<KnownSuggestion>>, after: PageEnd | null, limit: number): KnownSuggestion[][] {
  const refs = groups.map((group) => pendingMentions(assembly, group, after, limit));
  const sightings = sightingsOf(
    db,
    assembly,
    refs.flat().map(([position, index]) => ({ position, ...knownSpan(assembly, position, index) })),
  );
  let next = 0;
  return refs.map((page) =>
    page.map(([position, index]) => {
      const { known } = assembly.documents[position]!.findings;
      return { ...sightings[next++]!, rule: RULES[known[index * KNOWN_STRIDE + RULE]!]!, alias: forms[known[index * KNOWN_STRIDE + FORM]!]! };
    }),
  );
}

export function candidatePages(db: Db, assembly: QueueAssembly, groups: ReadonlyArray<CandidateGroup<Sighting>>, after: PageEnd | null, limit: number): Sighting[][] {
  return spanPages(db, assembly, groups.map((group) => candidateSpans(assembly, group, after, limit)));
}

export function aliasPages(db: Db, assembly: QueueAssembly, groups: ReadonlyArray<AliasGroup<Sighting>>, after: PageEnd | null, limit: number): Sighting[][] {
  return spanPages(db, assembly, groups.map((group) => aliasSpans(assembly, group, after, limit)));
}

/** Each group's spans (document position, start, end) as sightings, the documents read once for all. */
function spanPages(db: Db, assembly: QueueAssembly, refs: ReadonlyArray<ReadonlyArray<[number, number, number]>>): Sighting[][] {
  const sightings = sightingsOf(
    db,
    assembly,
    refs.flat().map(([position, start, end]) => ({ position, start, end })),
  );
  let next = 0;
  return refs.map((page) => page.map(() => sightings[next++]!));
}

/** Every suggested mention of a person as it would be recorded: with its document's row id and its text. */
export function pendingSpans(db: Db, assembly: QueueAssembly, group: KnownGroup<KnownSuggestion>): Array<{ documentId: number; documentUid: string; start: number; end: number; text: string; rule: string }> {
  let read = -1;
  let text = '';
  return pendingMentions(assembly, group, null, Number.POSITIVE_INFINITY).map(([position, index]) => {
    const document = assembly.documents[position]!;
    if (position !== read) {
      text = documentTextById(db, document.id).text;
      read = position;
    }
    const { start, end } = knownSpan(assembly, position, index);
    const rule = RULES[document.findings.known[index * KNOWN_STRIDE + RULE]!]!;
    return { documentId: document.id, documentUid: document.uid, start, end, text: text.slice(start, end), rule };
  });
}

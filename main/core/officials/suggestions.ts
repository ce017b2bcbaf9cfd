import type { SuggestionQueue } from '../../../shared/model/suggestion';
import type { Db } from '../db/open';
import { officialUidsById, rejectedCandidates } from './repository';
import { refreshSuggestionIndex, type IndexedDocument } from './suggestion-index';
import { changeCounters, decidedMentionKeysFrom } from './suggestion-index-repository';

type KnownGroup = SuggestionQueue['known'][number];
type CandidateGroup = SuggestionQueue['candidates'][number];

/** The queue as last assembled, with what it was assembled from. */
interface Assembly {
  documents: readonly IndexedDocument[];
  decisions: number;
  officials: Map<number, { uid: string; name: string }>;
  rejected: Set<string>;
  known: Map<number, KnownGroup>;
  candidates: Map<string, CandidateGroup>;
}

const assemblies = new WeakMap<Db, Assembly>();

/**
 * The review queue over the whole notebook: every mention the matcher finds of a registry person
 * that the researcher has not already confirmed or rejected, and every unknown person whose name
 * was not rejected before. The matcher's findings come from the suggestion index, which scans only
 * what changed. The decisions are applied here; when the only change since the last call is new
 * documents (an import), their suggestions are added to the last queue rather than the whole
 * notebook's being grouped again.
 */
export function suggestionQueue(db: Db): SuggestionQueue {
  return db.transaction(() => {
    const { documents } = refreshSuggestionIndex(db);
    const { decisions } = changeCounters(db);
    const last = assemblies.get(db);
    const from = last && last.decisions === decisions && startsWith(documents, last.documents) ? last.documents.length : 0;
    const assembly: Assembly =
      last && from > 0
        ? last
        : { documents: [], decisions, officials: officialUidsById(db), rejected: rejectedCandidates(db), known: new Map(), candidates: new Map() };
    const added = documents.slice(from);
    if (added.length > 0) addDocuments(assembly, added, decidedMentionKeysFrom(db, added[0]!.id));
    assembly.documents = documents;
    assemblies.set(db, assembly);
    return snapshot(assembly);
  })();
}

/** Whether `documents` are `before`, the same scans in the same order, and then more. */
function startsWith(documents: readonly IndexedDocument[], before: readonly IndexedDocument[]): boolean {
  if (before.length === 0 || documents.length < before.length) return false;
  for (let i = 0; i < before.length; i++) if (documents[i] !== before[i]) return false;
  return true;
}

function addDocuments(assembly: Assembly, documents: readonly IndexedDocument[], decided: Set<string>): void {
  const { officials, rejected, known, candidates } = assembly;
  for (const { id, uid: documentUid, title: documentTitle, findings } of documents) {
    for (const { officialId, start, end, text, before, after, rule, alias } of findings.known) {
      const official = officials.get(officialId);
      if (!official || decided.has(`${officialId}:${id}:${start}:${end}`)) continue;
      let group = known.get(officialId);
      if (!group) known.set(officialId, (group = { officialUid: official.uid, name: official.name, mentions: [] }));
      group.mentions.push({ documentUid, documentTitle, start, end, text, before, after, rule, alias });
    }
    for (const person of findings.people) {
      if (rejected.has(person.key)) continue;
      let group = candidates.get(person.key);
      if (!group) candidates.set(person.key, (group = { name: person.name, title: person.title, handles: [], mentions: [] }));
      group.title ??= person.title;
      for (const handle of person.handles) if (!group.handles.includes(handle)) group.handles.push(handle);
      for (const { start, end, text, before, after } of person.mentions) group.mentions.push({ documentUid, documentTitle, start, end, text, before, after });
    }
  }
}

/** Groups with the most mentions first, in new arrays: a caller that sorts or trims them leaves the next call's queue alone. */
function snapshot({ known, candidates }: Assembly): SuggestionQueue {
  const byMentions = <T extends { mentions: unknown[] }>(a: T, b: T) => b.mentions.length - a.mentions.length;
  return {
    known: [...known.values()].map((group) => ({ ...group, mentions: group.mentions.slice() })).sort(byMentions),
    candidates: [...candidates.values()].map((group) => ({ ...group, handles: group.handles.slice(), mentions: group.mentions.slice() })).sort(byMentions),
  };
}

import { AppError } from '../../../shared/contract/errors';
import {
  SUGGESTION_PAGE,
  type AliasSuggestionGroup,
  type CandidateSuggestionGroup,
  type KnownSuggestionGroup,
  type SuggestionGroupInput,
  type SuggestionQueue,
} from '../../../shared/model/suggestion';
import { changeCounters } from '../db/change-counters';
import type { Db } from '../db/open';
import { documentRef } from '../documents/repository';
import { aliasKey } from './alias-groups';
import { rejectedAliases } from './alias-rejection-repository';
import { foldName } from './matching/tokens';
import { decidedMentionsFrom } from './mention-repository';
import { findOfficialId, officialUidsById, rejectedCandidates } from './repository';
import { addDocuments, applyDecisions, emptyAssembly, reviewable, type DecisionChange } from './suggestion-assembly';
import type { CachedPage, PageEnd } from './suggestion-groups';
import { refreshSuggestionIndex, type IndexedDocument } from './suggestion-index';
import { aliasPages, candidatePages, knownPages, pendingSpans, type QueueAssembly } from './suggestion-pages';

const assemblies = new WeakMap<Db, QueueAssembly>();

/**
 * The queue as last assembled, brought up to date: new documents (an import) are added to it, and
 * it is assembled again only when something else changed — the registry, a text, a decision some
 * other writer took. Decisions taken through recordDecisions are applied to it as they are made.
 * Runs inside the caller's transaction, so what it reads is one snapshot.
 */
function currentAssembly(db: Db): { assembly: QueueAssembly; forms: readonly string[] } {
  const { documents, forms } = refreshSuggestionIndex(db);
  const { decisions } = changeCounters(db);
  const last = assemblies.get(db);
  const assembly: QueueAssembly =
    last && last.decisions === decisions && startsWith(documents, last.documents)
      ? last
      : emptyAssembly(officialUidsById(db), { names: rejectedCandidates(db), aliases: rejectedAliases(db) }, decisions);
  const from = assembly.documents.length;
  if (documents.length > from) addDocuments(assembly, documents, decidedMentionsFrom(db, documents[from]!.id), forms);
  else assembly.documents = documents;
  assemblies.set(db, assembly);
  return { assembly, forms };
}

/** Whether `documents` are `before`, the same scans in the same order, and maybe more. */
function startsWith(documents: readonly IndexedDocument[], before: readonly IndexedDocument[]): boolean {
  if (documents === before) return true;
  if (before.length === 0 || documents.length < before.length) return false;
  for (let i = 0; i < before.length; i++) if (documents[i] !== before[i]) return false;
  return true;
}

/**
 * The first `limit` mentions of each group: kept from the last call where the group has not
 * changed since. Only pages of the usual size are kept: a caller that asks for everything (the
 * command line) would otherwise leave the whole queue in memory.
 */
function firstPages<T, G extends { page: CachedPage<T> | null }>(groups: readonly G[], limit: number, read: (groups: readonly G[]) => T[][]): T[][] {
  const kept = groups.map((group) => (group.page?.limit === limit ? group.page.mentions : null));
  const fresh = read(groups.filter((_, k) => kept[k] === null));
  let next = 0;
  return groups.map((group, k) => {
    const page = kept[k];
    if (page) return page.slice();
    const mentions = fresh[next++]!;
    if (limit <= SUGGESTION_PAGE) group.page = { limit, mentions };
    return mentions.slice();
  });
}

/**
 * The review queue over the whole notebook: every mention the matcher finds of a registry person
 * that the researcher has not already confirmed or rejected, every unknown person whose name was
 * not rejected, and every handle a text gives a registry person that is neither their alias yet nor
 * rejected for them, the groups with the most mentions first. Each group gives its total and its
 * first `limit` mentions; a group's first page is kept until the group changes, so asking again
 * after a decision reads only the documents of the person decided on.
 */
export function suggestionQueue(db: Db, limit = SUGGESTION_PAGE): SuggestionQueue {
  return db.transaction(() => {
    const { assembly, forms } = currentAssembly(db);
    const { known, candidates, aliases } = reviewable(assembly);
    const knownMentions = firstPages(known, limit, (groups) => knownPages(db, assembly, forms, groups, null, limit));
    const candidateMentions = firstPages(candidates, limit, (groups) => candidatePages(db, assembly, groups, null, limit));
    const aliasMentions = firstPages(aliases, limit, (groups) => aliasPages(db, assembly, groups, null, limit));
    // New arrays: a caller that sorts or trims them leaves the kept pages alone.
    return {
      known: known.map((group, k) => ({ officialUid: group.uid, name: group.name, total: group.pending, mentions: knownMentions[k]! })),
      candidates: candidates.map((group, k) => ({
        name: group.name,
        title: group.title,
        handles: group.handles.slice(),
        total: group.total,
        mentions: candidateMentions[k]!,
      })),
      aliases: aliases.map((group, k) => ({ officialUid: group.uid, name: group.name, alias: group.alias, total: group.total, mentions: aliasMentions[k]! })),
    };
  })();
}

/** One group of the queue with its mentions after a given one: more of a person, a new name or a proposed alias than the queue gave. */
export function suggestionGroup(db: Db, request: SuggestionGroupInput): KnownSuggestionGroup | CandidateSuggestionGroup | AliasSuggestionGroup {
  return db.transaction(() => {
    const { assembly, forms } = currentAssembly(db);
    const { limit } = request;
    const after = request.after ? pageEnd(db, request.after) : null;
    if ('alias' in request) {
      const officialId = findOfficialId(db, request.officialUid);
      const group = officialId === undefined ? undefined : assembly.aliases.get(aliasKey(officialId, foldName(request.alias)));
      if (!group || group.rejected) throw new AppError('NOT_FOUND', 'That handle is no longer proposed as an alias; review the suggestions again.');
      const [mentions = []] = aliasPages(db, assembly, [group], after, limit);
      return { officialUid: group.uid, name: group.name, alias: group.alias, total: group.total, mentions };
    }
    if ('officialUid' in request) {
      const officialId = findOfficialId(db, request.officialUid);
      const official = officialId === undefined ? undefined : assembly.officials.get(officialId);
      if (officialId === undefined || !official) throw new AppError('NOT_FOUND', 'That official is no longer in the registry.', { uid: request.officialUid });
      const group = assembly.known.get(officialId);
      const [mentions = []] = group ? knownPages(db, assembly, forms, [group], after, limit) : [];
      return { officialUid: official.uid, name: official.name, total: group?.pending ?? 0, mentions };
    }
    const group = assembly.candidates.get(foldName(request.candidateName));
    if (!group || group.rejected) throw new AppError('NOT_FOUND', 'That name is no longer suggested; review the suggestions again.');
    const [mentions = []] = candidatePages(db, assembly, [group], after, limit);
    return { name: group.name, title: group.title, handles: group.handles.slice(), total: group.total, mentions };
  })();
}

/** The place of the last mention a page showed; its document may have left the notebook since, but not for good. */
function pageEnd(db: Db, { documentUid, start }: { documentUid: string; start: number }): PageEnd {
  const documentId = documentRef(db, documentUid)?.id;
  if (documentId === undefined) throw new AppError('NOT_FOUND', 'That document is no longer in this notebook; review the suggestions again.', { uid: documentUid });
  return { documentId, start };
}

/** Every suggested mention of a person, as it would be recorded; call inside the transaction that records it. */
export function pendingMentionsOf(db: Db, officialId: number): ReturnType<typeof pendingSpans> {
  const { assembly } = currentAssembly(db);
  const group = assembly.known.get(officialId);
  return group ? pendingSpans(db, assembly, group) : [];
}

/**
 * Records decisions with `write` (in one transaction) and applies them to the assembled queue, so
 * that a decision costs what it changes rather than the whole queue assembled again. The queue
 * takes them only if it was up to date with every decision before them; else the next call
 * assembles it anew, as it would after another writer's decision.
 */
export function recordDecisions<T>(db: Db, write: () => { value: T; changes: DecisionChange[] }): T {
  const { value, changes, before, after } = db.transaction(() => {
    const before = changeCounters(db).decisions;
    return { ...write(), before, after: changeCounters(db).decisions };
  })();
  const assembly = assemblies.get(db);
  if (assembly?.decisions === before) {
    applyDecisions(assembly, changes);
    assembly.decisions = after;
  }
  return value;
}

import { basename } from 'node:path';
import type { ChannelName, ChannelOutput, ChannelParsedInput } from '../../../shared/contract/channels';
import type { EventName, EventPayload } from '../../../shared/contract/events';
import type { Db } from '../db/open';
import { latestVersion } from '../db/migrations';
import { countDocuments, documentFacets, listDocuments } from '../documents/repository';
import { emptyTrash, requireDocument, restoreDocuments, trashDocuments, updateDocument } from '../documents/service';
import { importSources, reextractDocument } from '../import/service';
import { editDocumentText } from '../documents/edit-text';
import { createOfficial, deleteOfficials, findOfficials, requireOfficial, restoreOfficials, updateOfficial } from '../officials/service';
import { suggestionGroup, suggestionQueue } from '../officials/suggestions';
import { decideAllOf, decideMentions, forgetMentions, setCandidateRejected } from '../officials/review';
import { setAliasAccepted, setAliasRejected } from '../officials/alias-review';
import { mergeOfficials, splitAlias, unmergeOfficials } from '../officials/merge';
import { mentionsForDocument, setMentionRole, tagMention, untagMentions } from '../officials/mentions';
import { officialProfile } from '../officials/profile';
import { listLabels } from '../annotations/label-repository';
import { countAnnotations } from '../annotations/repository';
import { createLabel, deleteLabel, exportCodebook, importCodebook, mergeLabels, reorderLabels, updateLabel } from '../annotations/label-service';
import {
  annotationsForDocument,
  createAnnotation,
  deleteAnnotations,
  listAnnotations,
  reattachAnnotation,
  relabelAnnotations,
  restoreAnnotations,
  updateAnnotations,
} from '../annotations/service';
import { search } from '../search/service';
import { createMeeting, deleteMeetings, listMeetings, meetingsForDocument, requireMeeting, restoreMeetings, updateMeeting } from '../meetings/service';
import { mergeMeetings, unmergeMeetings } from '../meetings/merge';
import { addEvidence, addSource, removeEvidence, removeParticipant, removeSource, setParticipant } from '../meetings/parts';
import { linkMeetings, unlinkMeetings } from '../meetings/links';
import { meetingSuggestions } from '../meetings/suggest/service';
import { dismissCandidate, restoreCandidate } from '../meetings/suggest/dismissals';
import type { JobRegistry } from './jobs';

export interface CoreContext {
  db: Db;
  notebookPath: string;
  jobs: JobRegistry;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  now(): string;
  /** The built parse-worker script, when the host has one (see CoreOptions). */
  parseWorkerScript?: string;
}

export type Handlers = {
  [C in ChannelName]: (input: ChannelParsedInput<C>, ctx: CoreContext) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

const changed = (ctx: CoreContext, ...tables: string[]) => ctx.emit('notebook.changed', { tables });

/** One handler per channel; the mapped type makes a missing handler a compile error. */
export const handlers: Handlers = {
  'notebook.info': (_input, ctx) => ({
    path: ctx.notebookPath,
    name: basename(ctx.notebookPath).replace(/\.sqlite$/i, ''),
    schemaVersion: latestVersion,
    ...countDocuments(ctx.db),
    annotations: countAnnotations(ctx.db),
  }),
  'documents.list': (input, ctx) => listDocuments(ctx.db, input),
  'documents.facets': (input, ctx) => documentFacets(ctx.db, input.trash),
  'documents.reextract': async (input, ctx) => {
    const document = await reextractDocument(ctx.db, input.uid, ctx.now());
    changed(ctx, 'documents');
    return document;
  },
  'search.query': (input, ctx) => search(ctx.db, input.query, input.filter, input.limit),
  'documents.get': (input, ctx) => requireDocument(ctx.db, input.uid),
  'documents.update': (input, ctx) => {
    const document = updateDocument(ctx.db, input.uid, input.patch, ctx.now());
    changed(ctx, 'documents');
    return document;
  },
  'documents.trash': (input, ctx) => {
    const count = trashDocuments(ctx.db, input.uids, ctx.now());
    if (count > 0) changed(ctx, 'documents');
    return { count };
  },
  'documents.restore': (input, ctx) => {
    const count = restoreDocuments(ctx.db, input.uids);
    if (count > 0) changed(ctx, 'documents');
    return { count };
  },
  'documents.emptyTrash': (_input, ctx) => {
    const count = emptyTrash(ctx.db);
    if (count > 0) changed(ctx, 'documents');
    return { count };
  },
  'documents.editText': (input, ctx) => {
    const { reanchored } = editDocumentText(ctx.db, input.uid, input.text, ctx.now());
    changed(ctx, 'documents', 'annotations', 'mentions');
    return { document: requireDocument(ctx.db, input.uid), reanchored };
  },
  'labels.list': (_input, ctx) => ({ labels: listLabels(ctx.db) }),
  'labels.create': (input, ctx) => {
    const label = createLabel(ctx.db, input, ctx.now());
    changed(ctx, 'labels');
    return label;
  },
  'labels.update': (input, ctx) => {
    const label = updateLabel(ctx.db, input.uid, input.patch, ctx.now());
    changed(ctx, 'labels');
    return label;
  },
  'labels.reorder': (input, ctx) => {
    const count = reorderLabels(ctx.db, input.uids, ctx.now());
    changed(ctx, 'labels');
    return { count };
  },
  'labels.merge': (input, ctx) => {
    const merged = mergeLabels(ctx.db, input.sourceUid, input.targetUid, ctx.now());
    changed(ctx, 'labels', 'annotations');
    return merged;
  },
  'labels.delete': (input, ctx) => {
    const deleted = deleteLabel(ctx.db, input.uid, ctx.now());
    changed(ctx, 'labels', 'annotations');
    return deleted;
  },
  'labels.export': (_input, ctx) => exportCodebook(ctx.db),
  'labels.import': (input, ctx) => {
    const imported = importCodebook(ctx.db, input.codebook, ctx.now());
    changed(ctx, 'labels');
    return imported;
  },
  'annotations.create': (input, ctx) => {
    const annotation = createAnnotation(ctx.db, input, ctx.now());
    changed(ctx, 'annotations');
    return annotation;
  },
  'annotations.update': (input, ctx) => {
    const edits = updateAnnotations(ctx.db, input.edits, ctx.now());
    changed(ctx, 'annotations');
    return edits;
  },
  'annotations.relabel': (input, ctx) => {
    const edits = relabelAnnotations(ctx.db, input.uids, input, ctx.now());
    changed(ctx, 'annotations');
    return edits;
  },
  'annotations.delete': (input, ctx) => {
    const count = deleteAnnotations(ctx.db, input.uids, ctx.now());
    if (count > 0) changed(ctx, 'annotations');
    return { count };
  },
  'annotations.restore': (input, ctx) => {
    const count = restoreAnnotations(ctx.db, input.uids);
    if (count > 0) changed(ctx, 'annotations');
    return { count };
  },
  'annotations.reattach': (input, ctx) => {
    const annotation = reattachAnnotation(ctx.db, input.uid, input.selection, ctx.now());
    changed(ctx, 'annotations');
    return annotation;
  },
  'annotations.forDocument': (input, ctx) => ({ items: annotationsForDocument(ctx.db, input.documentUid) }),
  'annotations.list': (input, ctx) => listAnnotations(ctx.db, input.filter, input.limit, input.cursor),
  'officials.list': (input, ctx) => ({ items: findOfficials(ctx.db, input) }),
  'officials.get': (input, ctx) => requireOfficial(ctx.db, input.uid),
  'officials.create': (input, ctx) => {
    const official = createOfficial(ctx.db, input, ctx.now());
    changed(ctx, 'officials');
    return official;
  },
  'officials.update': (input, ctx) => {
    const official = updateOfficial(ctx.db, input.uid, input.patch, ctx.now());
    changed(ctx, 'officials');
    return official;
  },
  'officials.delete': (input, ctx) => {
    const count = deleteOfficials(ctx.db, input.uids, ctx.now());
    if (count > 0) changed(ctx, 'officials');
    return { count };
  },
  'officials.restore': (input, ctx) => {
    const count = restoreOfficials(ctx.db, input.uids);
    if (count > 0) changed(ctx, 'officials');
    return { count };
  },
  'officials.suggestions': (input, ctx) => suggestionQueue(ctx.db, input.limit),
  'officials.suggestionsOf': (input, ctx) => suggestionGroup(ctx.db, input),
  'officials.rejectCandidate': (input, ctx) => {
    const count = setCandidateRejected(ctx.db, input.name, input.rejected, ctx.now());
    if (count > 0) changed(ctx, 'officials');
    return { count };
  },
  'officials.acceptAlias': (input, ctx) => {
    const count = setAliasAccepted(ctx.db, input.officialUid, input.alias, input.accepted, ctx.now());
    if (count > 0) changed(ctx, 'officials');
    return { count };
  },
  'officials.rejectAlias': (input, ctx) => {
    const count = setAliasRejected(ctx.db, input.officialUid, input.alias, input.rejected, ctx.now());
    if (count > 0) changed(ctx, 'officials');
    return { count };
  },
  'mentions.confirm': (input, ctx) => {
    const count = decideMentions(ctx.db, input.spans, 'confirmed', ctx.now());
    if (count > 0) changed(ctx, 'mentions');
    return { count };
  },
  'mentions.reject': (input, ctx) => {
    const count = decideMentions(ctx.db, input.spans, 'rejected', ctx.now());
    if (count > 0) changed(ctx, 'mentions');
    return { count };
  },
  'mentions.confirmAllOf': (input, ctx) => {
    const decided = decideAllOf(ctx.db, input.officialUid, 'confirmed', ctx.now());
    if (decided.count > 0) changed(ctx, 'mentions');
    return decided;
  },
  'mentions.rejectAllOf': (input, ctx) => {
    const decided = decideAllOf(ctx.db, input.officialUid, 'rejected', ctx.now());
    if (decided.count > 0) changed(ctx, 'mentions');
    return decided;
  },
  'mentions.forget': (input, ctx) => {
    const count = forgetMentions(ctx.db, input.spans);
    if (count > 0) changed(ctx, 'mentions');
    return { count };
  },
  'officials.profile': (input, ctx) => officialProfile(ctx.db, input.uid),
  'officials.merge': (input, ctx) => {
    const merged = mergeOfficials(ctx.db, input.keepUid, input.mergeUids, ctx.now());
    changed(ctx, 'officials', 'mentions');
    return merged;
  },
  'officials.unmerge': (input, ctx) => {
    const count = unmergeOfficials(ctx.db, input.uids, ctx.now());
    if (count > 0) changed(ctx, 'officials', 'mentions');
    return { count };
  },
  'officials.splitAlias': (input, ctx) => {
    const split = splitAlias(ctx.db, input.uid, input.alias, ctx.now());
    changed(ctx, 'officials', 'mentions');
    return split;
  },
  'mentions.tag': (input, ctx) => {
    const tagged = tagMention(ctx.db, input, ctx.now());
    changed(ctx, 'mentions', ...(tagged.aliasAdded === null ? [] : ['officials']));
    return tagged;
  },
  'mentions.untag': (input, ctx) => {
    const count = untagMentions(ctx.db, input.uids, input.alias ?? null, ctx.now());
    if (count > 0) changed(ctx, 'mentions', ...(input.alias === undefined ? [] : ['officials']));
    return { count };
  },
  'mentions.setRole': (input, ctx) => {
    const mention = setMentionRole(ctx.db, input.uid, input.role, ctx.now());
    changed(ctx, 'mentions');
    return mention;
  },
  'mentions.forDocument': (input, ctx) => ({ items: mentionsForDocument(ctx.db, input.documentUid) }),
  'meetings.list': (input, ctx) => listMeetings(ctx.db, input),
  'meetings.get': (input, ctx) => requireMeeting(ctx.db, input.uid),
  'meetings.create': (input, ctx) => {
    const meeting = createMeeting(ctx.db, input, ctx.now());
    changed(ctx, 'meetings');
    return meeting;
  },
  'meetings.update': (input, ctx) => {
    const meeting = updateMeeting(ctx.db, input.uid, input.patch, ctx.now());
    changed(ctx, 'meetings');
    return meeting;
  },
  'meetings.delete': (input, ctx) => {
    const deleted = deleteMeetings(ctx.db, input.uids, ctx.now());
    if (deleted.count > 0) changed(ctx, 'meetings');
    return deleted;
  },
  'meetings.restore': (input, ctx) => {
    const count = restoreMeetings(ctx.db, input.uids);
    if (count > 0) changed(ctx, 'meetings');
    return { count };
  },
  'meetings.merge': (input, ctx) => {
    const merged = mergeMeetings(ctx.db, input.keepUid, input.mergeUids, ctx.now());
    changed(ctx, 'meetings');
    return merged;
  },
  'meetings.unmerge': (input, ctx) => {
    const count = unmergeMeetings(ctx.db, input.uids, ctx.now());
    if (count > 0) changed(ctx, 'meetings');
    return { count };
  },
  'meetings.addSource': (input, ctx) => {
    const meeting = addSource(ctx.db, input.meetingUid, input.documentUid, ctx.now());
    changed(ctx, 'meetings');
    return meeting;
  },
  'meetings.removeSource': (input, ctx) => {
    const meeting = removeSource(ctx.db, input.meetingUid, input.documentUid, ctx.now());
    changed(ctx, 'meetings');
    return meeting;
  },
  'meetings.setParticipant': (input, ctx) => {
    const meeting = setParticipant(ctx.db, input, ctx.now());
    changed(ctx, 'meetings');
    return meeting;
  },
  'meetings.removeParticipant': (input, ctx) => {
    const meeting = removeParticipant(ctx.db, input.meetingUid, input.officialUid, ctx.now());
    changed(ctx, 'meetings');
    return meeting;
  },
  'meetings.addEvidence': (input, ctx) => {
    const meeting = addEvidence(ctx.db, input, ctx.now());
    changed(ctx, 'meetings');
    return meeting;
  },
  'meetings.removeEvidence': (input, ctx) => {
    const meeting = removeEvidence(ctx.db, input, ctx.now());
    changed(ctx, 'meetings');
    return meeting;
  },
  'meetings.link': (input, ctx) => {
    const link = linkMeetings(ctx.db, input, ctx.now());
    changed(ctx, 'meetings');
    return link;
  },
  'meetings.unlink': (input, ctx) => {
    const count = unlinkMeetings(ctx.db, input.uids, ctx.now());
    if (count > 0) changed(ctx, 'meetings');
    return { count };
  },
  'meetings.forDocument': (input, ctx) => ({ items: meetingsForDocument(ctx.db, input.documentUid) }),
  'meetings.suggestions': (input, ctx) => meetingSuggestions(ctx.db, input.documentUids, input),
  'meetings.dismissSuggestion': (input, ctx) => {
    const count = dismissCandidate(ctx.db, input, ctx.now()) ? 1 : 0;
    if (count > 0) changed(ctx, 'meetings');
    return { count };
  },
  'meetings.restoreSuggestion': (input, ctx) => {
    const count = restoreCandidate(ctx.db, input) ? 1 : 0;
    if (count > 0) changed(ctx, 'meetings');
    return { count };
  },
  'import.start': (input, ctx) => {
    const jobId = ctx.jobs.start('import', (signal, progress) =>
      importSources(ctx.db, input.sources, {
        signal,
        now: ctx.now,
        onProgress: progress,
        onCommit: () => changed(ctx, 'documents'),
        ...(ctx.parseWorkerScript && { parseWorkerScript: ctx.parseWorkerScript }),
      }),
    );
    return { jobId };
  },
  'jobs.cancel': (input, ctx) => ({ cancelled: ctx.jobs.cancel(input.jobId) }),
};

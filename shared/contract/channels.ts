import { z } from 'zod';
import {
  documentFilterSchema,
  documentPatchSchema,
  documentSchema,
  documentSortSchema,
  documentSummarySchema,
  uidSchema,
} from '../model/document';
import {
  anchorStateSchema,
  annotationEditSchema,
  annotationFilterSchema,
  annotationListItemSchema,
  annotationSchema,
  codebookSchema,
  labelPatchSchema,
  labelSchema,
  newLabelSchema,
  noteSchema,
} from '../model/annotation';
import { importSourceSchema } from '../model/import';
import { countrySchema, officialInputSchema, officialPatchSchema, officialSchema } from '../model/official';
import { mentionRoleSchema, mentionSchema, mentionTagSchema, officialProfileSchema } from '../model/mention';
import {
  decidedSpansSchema,
  handleSchema,
  mentionSpanSchema,
  suggestionGroupInputSchema,
  suggestionGroupSchema,
  suggestionQueueInputSchema,
  suggestionQueueSchema,
} from '../model/suggestion';
import {
  meetingEvidenceRefSchema,
  meetingFilterSchema,
  meetingInputSchema,
  meetingLinkKindSchema,
  meetingLinkSchema,
  meetingListItemSchema,
  meetingPatchSchema,
  meetingRoleSchema,
  meetingSchema,
  meetingSideSchema,
} from '../model/meeting';
import { meetingCandidateRefSchema, meetingSuggestionsSchema } from '../model/meeting-suggestion';
import { CHANNEL_NAMES, type ChannelName } from './names';

const noInput = z.strictObject({});
const uidList = z.array(uidSchema).min(1).max(10_000);
const countOutput = z.object({ count: z.number().int() });
const selection = z.strictObject({
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  /** The text the reader saw between start and end; the core refuses the call if it differs. */
  exact: z.string().min(1).max(1_000_000),
});
const annotationEdits = z.object({
  items: z.array(annotationSchema),
  /** The values the edits replaced: sending them back to `annotations.update` undoes the edits. */
  previous: z.array(z.object({ uid: uidSchema, note: z.string().optional(), labelUids: z.array(uidSchema).optional() })),
});

/** Every call the renderer, the CLI or a test can make of the core: `domain.verb` → schemas. */
export const channels = {
  'notebook.info': {
    input: noInput,
    output: z.object({
      path: z.string(),
      name: z.string(),
      documents: z.number().int(),
      trash: z.number().int(),
      /** Live annotations on documents outside the Trash. */
      annotations: z.number().int(),
      schemaVersion: z.number().int(),
    }),
  },
  'documents.list': {
    input: z.strictObject({
      trash: z.boolean().default(false),
      sort: documentSortSchema.default('importedAt'),
      direction: z.enum(['asc', 'desc']).default('desc'),
      filter: documentFilterSchema.default({}),
      limit: z.number().int().min(1).max(500).default(200),
      /** Opaque keyset cursor from the previous page's `nextCursor`; absent for the first page. */
      cursor: z.string().max(2_000).nullable().default(null),
    }),
    output: z.object({
      items: z.array(documentSummarySchema),
      nextCursor: z.string().nullable(),
      /** Matching documents in all pages; counted for the first page only, null on later pages. */
      total: z.number().int().nullable(),
    }),
  },
  'documents.facets': {
    input: z.strictObject({ trash: z.boolean().default(false) }),
    output: z.object({
      outlets: z.array(z.object({ name: z.string(), count: z.number().int() })),
      languages: z.array(z.object({ code: z.string(), count: z.number().int() })),
    }),
  },
  'documents.reextract': {
    input: z.strictObject({ uid: uidSchema }),
    output: documentSchema,
  },
  'search.query': {
    input: z.strictObject({
      query: z.string().max(1_000),
      filter: documentFilterSchema.default({}),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    output: z.object({
      results: z.array(
        documentSummarySchema.pick({ uid: true, title: true, outlet: true, published: true, language: true }).extend({
          /** Plain text around the best match; `highlights` are [start, end) UTF-16 offsets into it. */
          snippet: z.string(),
          highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
          /** bm25 relevance, higher is better. */
          score: z.number(),
        }),
      ),
      /**
       * Matches in all, counted up to 1,000. Beyond that `totalIsLowerBound` is set and the results
       * are the best of the 1,000 most recently imported matches: more words narrow the search.
       */
      total: z.number().int(),
      totalIsLowerBound: z.boolean(),
      tookMs: z.number(),
    }),
  },
  'documents.get': {
    input: z.strictObject({ uid: uidSchema }),
    output: documentSchema,
  },
  'documents.update': {
    input: z.strictObject({ uid: uidSchema, patch: documentPatchSchema }),
    output: documentSchema,
  },
  'documents.trash': { input: z.strictObject({ uids: uidList }), output: countOutput },
  'documents.restore': { input: z.strictObject({ uids: uidList }), output: countOutput },
  'documents.emptyTrash': { input: noInput, output: countOutput },
  'documents.editText': {
    input: z.strictObject({ uid: uidSchema, text: z.string().min(1).max(4_000_000) }),
    output: z.object({ document: documentSchema, reanchored: z.record(anchorStateSchema, z.number().int()) }),
  },
  'labels.list': { input: noInput, output: z.object({ labels: z.array(labelSchema) }) },
  'labels.create': { input: newLabelSchema, output: labelSchema },
  'labels.update': { input: z.strictObject({ uid: uidSchema, patch: labelPatchSchema }), output: labelSchema },
  /** The new order of a set of siblings. */
  'labels.reorder': { input: z.strictObject({ uids: uidList }), output: countOutput },
  /** Folds `sourceUid` into `targetUid`; annotations that had both keep one. */
  'labels.merge': {
    input: z.strictObject({ sourceUid: uidSchema, targetUid: uidSchema }),
    output: z.object({ label: labelSchema, annotations: z.number().int() }),
  },
  /** Annotations keep existing without the label; children move to the top level. */
  'labels.delete': { input: z.strictObject({ uid: uidSchema }), output: z.object({ annotations: z.number().int() }) },
  'labels.export': { input: noInput, output: codebookSchema },
  'labels.import': {
    input: z.strictObject({ codebook: codebookSchema }),
    output: z.object({ created: z.number().int(), updated: z.number().int() }),
  },
  'annotations.create': {
    input: z.strictObject({
      documentUid: uidSchema,
      /** Absent for a whole-document note or label. */
      selection: selection.optional(),
      note: noteSchema.default(''),
      labelUids: z.array(uidSchema).max(200).default([]),
    }),
    output: annotationSchema,
  },
  'annotations.update': { input: z.strictObject({ edits: z.array(annotationEditSchema).min(1).max(10_000) }), output: annotationEdits },
  'annotations.relabel': {
    input: z
      .strictObject({ uids: uidList, add: z.array(uidSchema).max(200).default([]), remove: z.array(uidSchema).max(200).default([]) })
      .refine((input) => input.add.length + input.remove.length > 0, 'nothing to change'),
    output: annotationEdits,
  },
  'annotations.delete': { input: z.strictObject({ uids: uidList }), output: countOutput },
  'annotations.restore': { input: z.strictObject({ uids: uidList }), output: countOutput },
  'annotations.reattach': { input: z.strictObject({ uid: uidSchema, selection }), output: annotationSchema },
  'annotations.forDocument': { input: z.strictObject({ documentUid: uidSchema }), output: z.object({ items: z.array(annotationSchema) }) },
  'annotations.list': {
    input: z.strictObject({
      filter: annotationFilterSchema.default({}),
      limit: z.number().int().min(1).max(500).default(200),
      cursor: z.string().max(2_000).nullable().default(null),
    }),
    output: z.object({ items: z.array(annotationListItemSchema), nextCursor: z.string().nullable(), total: z.number().int().nullable() }),
  },
  'officials.list': {
    input: z.strictObject({
      /** Part of the name or of any alias, accents and case ignored. */
      query: z.string().max(300).optional(),
      country: countrySchema.optional(),
    }),
    output: z.object({ items: z.array(officialSchema) }),
  },
  'officials.get': { input: z.strictObject({ uid: uidSchema }), output: officialSchema },
  'officials.create': { input: officialInputSchema, output: officialSchema },
  'officials.update': { input: z.strictObject({ uid: uidSchema, patch: officialPatchSchema }), output: officialSchema },
  /** Deleted officials (and their mentions) can be restored until the app is closed. */
  'officials.delete': { input: z.strictObject({ uids: uidList }), output: countOutput },
  'officials.restore': { input: z.strictObject({ uids: uidList }), output: countOutput },
  /**
   * The review queue: suggested mentions of known people and unknown candidates, over the notebook;
   * each group with its total and its first `limit` mentions.
   */
  'officials.suggestions': { input: suggestionQueueInputSchema, output: suggestionQueueSchema },
  /** More of one group of the queue: a person's suggested mentions, or a new name's, after the last one shown. */
  'officials.suggestionsOf': { input: suggestionGroupInputSchema, output: suggestionGroupSchema },
  /** Accepts suggested mentions (one, or all of a person at once). */
  'mentions.confirm': { input: z.strictObject({ spans: z.array(mentionSpanSchema).min(1).max(10_000) }), output: countOutput },
  /** Rejects suggested mentions; they are never suggested again. */
  'mentions.reject': { input: z.strictObject({ spans: z.array(mentionSpanSchema).min(1).max(10_000) }), output: countOutput },
  /** Accepts every suggested mention of a person, shown or not; returns the spans it decided. */
  'mentions.confirmAllOf': { input: z.strictObject({ officialUid: uidSchema }), output: decidedSpansSchema },
  /** Rejects every suggested mention of a person; forgetting the returned spans undoes it. */
  'mentions.rejectAllOf': { input: z.strictObject({ officialUid: uidSchema }), output: decidedSpansSchema },
  /** Forgets a decision on mentions (the undo of confirm and reject): they are suggested again. */
  'mentions.forget': { input: z.strictObject({ spans: z.array(mentionSpanSchema).min(1).max(10_000) }), output: countOutput },
  /** An unknown name that is not a person to register; `rejected: false` undoes it. */
  'officials.rejectCandidate': {
    input: z.strictObject({ name: z.string().trim().min(1).max(300), rejected: z.boolean().default(true) }),
    output: countOutput,
  },
  /** A proposed handle becomes one of the person's aliases; `accepted: false` (the undo) takes it away. */
  'officials.acceptAlias': {
    input: z.strictObject({ officialUid: uidSchema, alias: handleSchema, accepted: z.boolean().default(true) }),
    output: countOutput,
  },
  /** A proposed handle is not this person's: never proposed for them again; `rejected: false` undoes it. */
  'officials.rejectAlias': {
    input: z.strictObject({ officialUid: uidSchema, alias: handleSchema, rejected: z.boolean().default(true) }),
    output: countOutput,
  },
  /** An official's page: offices, aliases, mentions by document, and who is named with them. */
  'officials.profile': { input: z.strictObject({ uid: uidSchema }), output: officialProfileSchema },
  /**
   * Merges duplicates into the one kept: their aliases, offices and mentions move to it (a mention
   * both already had is kept once). The merged officials leave the registry; unmerge undoes it.
   */
  'officials.merge': {
    input: z.strictObject({ keepUid: uidSchema, mergeUids: uidList }),
    output: z.object({ official: officialSchema, merged: z.number().int() }),
  },
  /** Undoes a merge: each official merged into another comes back with what it brought. */
  'officials.unmerge': { input: z.strictObject({ uids: uidList }), output: countOutput },
  /**
   * A wrong alias becomes a person of its own: the new official is named by the alias, and the
   * mentions written in that form move to it. Merging it back undoes this.
   */
  'officials.splitAlias': {
    input: z.strictObject({ uid: uidSchema, alias: z.string().trim().min(1).max(300) }),
    output: z.object({ official: officialSchema, moved: z.number().int() }),
  },
  /** Tags a selection as a person (a confirmed mention); the selected form becomes an alias. */
  'mentions.tag': { input: mentionTagSchema, output: z.object({ mention: mentionSchema, aliasAdded: z.string().nullable() }) },
  /** Removes tagged mentions (the undo of tag, or a wrong tag); `alias` is also dropped if given. */
  'mentions.untag': {
    input: z.strictObject({ uids: uidList, alias: z.string().trim().min(1).max(300).optional() }),
    output: countOutput,
  },
  'mentions.setRole': { input: z.strictObject({ uid: uidSchema, role: mentionRoleSchema.nullable() }), output: mentionSchema },
  /** The confirmed mentions in a document, in text order. */
  'mentions.forDocument': { input: z.strictObject({ documentUid: uidSchema }), output: z.object({ items: z.array(mentionSchema) }) },
  /** Meetings by start date, those of unknown year after the dated ones and undated last, paged by keyset. */
  'meetings.list': {
    input: z.strictObject({
      filter: meetingFilterSchema.default({}),
      direction: z.enum(['asc', 'desc']).default('asc'),
      limit: z.number().int().min(1).max(5_000).default(200),
      cursor: z.string().max(2_000).nullable().default(null),
    }),
    output: z.object({
      items: z.array(meetingListItemSchema),
      nextCursor: z.string().nullable(),
      /** Matching meetings in all pages; counted for the first page only, null on later pages. */
      total: z.number().int().nullable(),
    }),
  },
  'meetings.get': { input: z.strictObject({ uid: uidSchema }), output: meetingSchema },
  'meetings.create': { input: meetingInputSchema, output: meetingSchema },
  'meetings.update': { input: z.strictObject({ uid: uidSchema, patch: meetingPatchSchema }), output: meetingSchema },
  /**
   * Deleted meetings leave the list with their links and can be restored, links included, until the
   * app is next opened. `links` counts the links of the meetings deleted.
   */
  'meetings.delete': { input: z.strictObject({ uids: uidList }), output: z.object({ count: z.number().int(), links: z.number().int() }) },
  'meetings.restore': { input: z.strictObject({ uids: uidList }), output: countOutput },
  /**
   * Keeps one meeting for several records of it: the others' sources, participants, evidence, topics
   * and links are added to it without duplicates (links between them are dropped), and they leave
   * the list. Its own fields are kept. `meetings.unmerge` undoes it.
   */
  'meetings.merge': {
    input: z.strictObject({ keepUid: uidSchema, mergeUids: uidList }),
    output: z.object({ meeting: meetingSchema, merged: z.number().int() }),
  },
  /** Undoes merges: each meeting named comes back, and the one kept loses exactly what it brought. */
  'meetings.unmerge': { input: z.strictObject({ uids: uidList }), output: countOutput },
  'meetings.addSource': { input: z.strictObject({ meetingUid: uidSchema, documentUid: uidSchema }), output: meetingSchema },
  /** The document stops being a source; the evidence cited from it goes with it. */
  'meetings.removeSource': { input: z.strictObject({ meetingUid: uidSchema, documentUid: uidSchema }), output: meetingSchema },
  /**
   * Adds a participant or changes their side or role; a field left out is kept (a new participant's
   * side is their country).
   */
  'meetings.setParticipant': {
    input: z.strictObject({
      meetingUid: uidSchema,
      officialUid: uidSchema,
      side: meetingSideSchema.nullable().optional(),
      role: meetingRoleSchema.nullable().optional(),
    }),
    output: meetingSchema,
  },
  /** The participant and the evidence cited for them go. */
  'meetings.removeParticipant': { input: z.strictObject({ meetingUid: uidSchema, officialUid: uidSchema }), output: meetingSchema },
  /**
   * Cites a passage as evidence; its document becomes a source, and the official named a participant,
   * when they are not already.
   */
  'meetings.addEvidence': { input: meetingEvidenceRefSchema, output: meetingSchema },
  'meetings.removeEvidence': { input: meetingEvidenceRefSchema, output: meetingSchema },
  /**
   * Links two meetings: `fromUid` prepares / follows up / is part of `toUid`. No meeting links to
   * itself, and two meetings have at most one link of a kind, whichever way it points.
   * The link is returned as seen from `fromUid`.
   */
  'meetings.link': {
    input: z.strictObject({
      kind: meetingLinkKindSchema,
      fromUid: uidSchema,
      toUid: uidSchema,
      evidenceAnnotationUid: uidSchema.nullable().default(null),
    }),
    output: meetingLinkSchema,
  },
  'meetings.unlink': { input: z.strictObject({ uids: uidList }), output: countOutput },
  /** The meetings a document reports (it is one of their sources), by start date, for the Reader's margin. */
  'meetings.forDocument': { input: z.strictObject({ documentUid: uidSchema }), output: z.object({ items: z.array(meetingSchema) }) },
  /**
   * The meeting review queue: per document, the date, place and participants its text suggests;
   * across documents and recorded meetings, same-meeting and prepares / follows-up candidates with
   * their evidence. With `documentUids`, those documents and the candidates they take part in: a
   * meeting page asks for all its sources in one call, so the notebook is compared once. With
   * `candidatesOnly`, no per-document suggestions: the notebook-wide review needs only candidates.
   */
  'meetings.suggestions': {
    input: z.strictObject({ documentUids: uidList.optional(), candidatesOnly: z.boolean().default(false) }),
    output: meetingSuggestionsSchema,
  },
  /**
   * Stops offering a same-meeting / prepares / follows-up candidate, in this notebook for good: it
   * moves to the suggestions' `dismissed`. `count` is 0 when it was dismissed already.
   */
  'meetings.dismissSuggestion': { input: meetingCandidateRefSchema, output: countOutput },
  /** Offers a dismissed candidate again (the undo of a dismissal); `count` is 0 when it was not dismissed. */
  'meetings.restoreSuggestion': { input: meetingCandidateRefSchema, output: countOutput },
  'import.start': {
    input: z.strictObject({ sources: z.array(importSourceSchema).min(1).max(100_000) }),
    output: z.object({ jobId: z.string() }),
  },
  'jobs.cancel': {
    input: z.strictObject({ jobId: z.string().min(1).max(100) }),
    output: z.object({ cancelled: z.boolean() }),
  },
} as const satisfies Record<ChannelName, { input: z.ZodType; output: z.ZodType }>;

export type Channels = typeof channels;
export { isChannelName, type ChannelName } from './names';
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ChannelParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;

export const channelNames: readonly ChannelName[] = CHANNEL_NAMES;

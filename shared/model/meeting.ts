import { z } from 'zod';
import { dateBoundSchema, partialDateSchema, uidSchema } from './document';
import { EVIDENCE_SUPPORTS, LINK_DIRECTIONS, MEETING_FORMATS, MEETING_LINK_KINDS, MEETING_ROLES, MEETING_SIDES } from './meeting-kinds';

export * from './meeting-kinds';

export const meetingFormatSchema = z.enum(MEETING_FORMATS);
export const meetingSideSchema = z.enum(MEETING_SIDES);
export const meetingRoleSchema = z.enum(MEETING_ROLES);
export const evidenceSupportSchema = z.enum(EVIDENCE_SUPPORTS);
export const meetingLinkKindSchema = z.enum(MEETING_LINK_KINDS);

const titleSchema = z.string().trim().min(1, 'a meeting needs a title').max(500);
const placePartSchema = z.string().trim().max(300).nullable();

/** Where a meeting was held; either part may be unknown. */
export const meetingPlaceSchema = z.strictObject({
  city: placePartSchema.default(null),
  venue: placePartSchema.default(null),
});
export type MeetingPlace = z.infer<typeof meetingPlaceSchema>;

/** A passage (annotation) of a source cited for one aspect of the meeting. */
export const meetingEvidenceSchema = z.object({
  annotationUid: uidSchema,
  supports: evidenceSupportSchema,
  /** The participant it names; set exactly when `supports` is 'participant'. */
  officialUid: uidSchema.nullable(),
  /** The passage's quote, or null for a note on the whole document. */
  quote: z.string().nullable(),
});
export type MeetingEvidence = z.infer<typeof meetingEvidenceSchema>;

const sourceSummarySchema = z.object({
  documentUid: uidSchema,
  title: z.string(),
  published: partialDateSchema.nullable(),
  /** The document is in the Trash: the source stays, and comes back with it. */
  trashed: z.boolean(),
});

/** A document reporting the meeting, with the passages cited from it. */
export const meetingSourceSchema = sourceSummarySchema.extend({ evidence: z.array(meetingEvidenceSchema) });
export type MeetingSource = z.infer<typeof meetingSourceSchema>;

const participantSummarySchema = z.object({
  officialUid: uidSchema,
  name: z.string(),
  side: meetingSideSchema.nullable(),
  role: meetingRoleSchema.nullable(),
});

export const meetingParticipantSchema = participantSummarySchema.extend({
  /** Annotations cited for this participant (their evidence with supports 'participant'). */
  evidence: z.array(uidSchema),
});
export type MeetingParticipant = z.infer<typeof meetingParticipantSchema>;

/**
 * A link as seen from one of its meetings: "prepares" on the earlier meeting reads "prepared by" on
 * the other (`direction` incoming). `label` is the reading from this end (see MEETING_LINK_LABELS).
 */
export const meetingLinkSchema = z.object({
  uid: uidSchema,
  kind: meetingLinkKindSchema,
  direction: z.enum(LINK_DIRECTIONS),
  label: z.string(),
  otherMeetingUid: uidSchema,
  otherTitle: z.string(),
  otherStart: partialDateSchema.nullable(),
  evidenceAnnotationUid: uidSchema.nullable(),
});
export type MeetingLink = z.infer<typeof meetingLinkSchema>;

/**
 * A meeting in the list and on the timeline: everything but the summary and the evidence.
 * `start` and `end` are partial dates (`2021-08-11`, `2021-08`, `2021`, `--10-03`); their precision
 * is read with precisionOf (shared/text/partial-date.ts). A meeting without a start date is allowed.
 */
export const meetingListItemSchema = z.object({
  uid: uidSchema,
  title: z.string(),
  start: partialDateSchema.nullable(),
  end: partialDateSchema.nullable(),
  place: z.object({ city: z.string().nullable(), venue: z.string().nullable() }),
  format: meetingFormatSchema.nullable(),
  /** Label uids from the codebook, in the codebook's order. */
  topics: z.array(uidSchema),
  participants: z.array(participantSummarySchema),
  sources: z.array(sourceSummarySchema),
  links: z.array(meetingLinkSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MeetingListItem = z.infer<typeof meetingListItemSchema>;

/** A meeting's page: the list item with the Markdown summary and every evidence passage. */
export const meetingSchema = meetingListItemSchema.extend({
  summary: z.string(),
  participants: z.array(meetingParticipantSchema),
  sources: z.array(meetingSourceSchema),
});
export type Meeting = z.infer<typeof meetingSchema>;

const summarySchema = z.string().max(100_000);
const topicsSchema = z.array(uidSchema).max(200);

/**
 * A new meeting. From a document (`fromDocumentUid`), the document becomes its first source and,
 * without a title, lends it its own. An end date needs a start date and cannot precede it.
 */
export const meetingInputSchema = z.strictObject({
  title: titleSchema.optional(),
  start: partialDateSchema.nullable().default(null),
  end: partialDateSchema.nullable().default(null),
  place: meetingPlaceSchema.default({ city: null, venue: null }),
  format: meetingFormatSchema.nullable().default(null),
  summary: summarySchema.default(''),
  topics: topicsSchema.default([]),
  fromDocumentUid: uidSchema.optional(),
});
export type MeetingInput = z.infer<typeof meetingInputSchema>;

/** Fields a researcher edits; `null` clears one. `topics` replaces the list. */
export const meetingPatchSchema = z
  .strictObject({
    title: titleSchema,
    start: partialDateSchema.nullable(),
    end: partialDateSchema.nullable(),
    place: meetingPlaceSchema,
    format: meetingFormatSchema.nullable(),
    summary: summarySchema,
    topics: topicsSchema,
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'nothing to change');
export type MeetingPatch = z.infer<typeof meetingPatchSchema>;

/**
 * Filters of the meetings list; all given must hold. The date range keeps meetings whose start has a
 * known year and falls within it, at the bounds' precision (as the Library's published range).
 */
export const meetingFilterSchema = z.strictObject({
  officialUid: uidSchema.optional(),
  /** Meetings with at least one participant on that side. */
  side: meetingSideSchema.optional(),
  topicUid: uidSchema.optional(),
  /** Part of the city or venue, accents and case ignored. */
  place: z.string().trim().min(1).max(300).optional(),
  from: dateBoundSchema.optional(),
  to: dateBoundSchema.optional(),
});
export type MeetingFilter = z.infer<typeof meetingFilterSchema>;

/** Identifies one evidence passage of a meeting. */
export const meetingEvidenceRefSchema = z
  .strictObject({
    meetingUid: uidSchema,
    annotationUid: uidSchema,
    supports: evidenceSupportSchema,
    officialUid: uidSchema.optional(),
  })
  .refine((ref) => (ref.supports === 'participant') === (ref.officialUid !== undefined), {
    message: 'evidence for a participant names the official (officialUid), and only such evidence does',
    path: ['officialUid'],
  });
export type MeetingEvidenceRef = z.infer<typeof meetingEvidenceRefSchema>;

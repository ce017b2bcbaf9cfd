import { z } from 'zod';
import { partialDateSchema, uidSchema } from './document';

/** A sentence of a document, at [start, end) of its text: what a suggestion shows as its reason. */
export const sentenceSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });

const foundSchema = z.object({
  /** The words as written, at [start, end) of the document's text. */
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  sentence: sentenceSchema,
  /** Higher is likelier; suggestions of a kind come best first. */
  score: z.number(),
  /** How many times the document gives it. */
  occurrences: z.number().int(),
});

export const dateSuggestionSchema = foundSchema.extend({
  value: partialDateSchema,
  precision: z.enum(['day', 'month', 'year']),
});
export type DateSuggestion = z.infer<typeof dateSuggestionSchema>;

export const placeSuggestionSchema = foundSchema.extend({
  /** The place's usual English name ("Mexico City" for "Ciudad de México"), or the text as written. */
  name: z.string(),
  /** The city a venue is in; the city itself for a city; null for other places ("in Central America"). */
  city: z.string().nullable(),
  kind: z.enum(['city', 'venue', 'other']),
});
export type PlaceSuggestion = z.infer<typeof placeSuggestionSchema>;

export const participantSuggestionSchema = foundSchema.extend({ officialUid: uidSchema, name: z.string() });
export type ParticipantSuggestion = z.infer<typeof participantSuggestionSchema>;

/** What one document suggests about the meeting it reports; nothing is recorded until accepted. */
export const documentMeetingSuggestionSchema = z.object({
  documentUid: uidSchema,
  title: z.string(),
  published: partialDateSchema.nullable(),
  dates: z.array(dateSuggestionSchema),
  places: z.array(placeSuggestionSchema),
  /** The document's confirmed officials, the ones named nearest to a meeting verb first. */
  participants: z.array(participantSuggestionSchema),
});
export type DocumentMeetingSuggestion = z.infer<typeof documentMeetingSuggestionSchema>;

/** A recorded meeting, or a document no meeting cites yet (standing for the meeting it reports). */
export const suggestionSubjectSchema = z.object({
  kind: z.enum(['meeting', 'document']),
  uid: uidSchema,
  title: z.string(),
  date: partialDateSchema.nullable(),
});
export type SuggestionSubject = z.infer<typeof suggestionSubjectSchema>;

/** A passage supporting a candidate: what it shows and where. */
export const candidateEvidenceSchema = sentenceSchema.extend({
  documentUid: uidSchema,
  supports: z.enum(['date', 'place', 'participants', 'link']),
});
export type CandidateEvidence = z.infer<typeof candidateEvidenceSchema>;

/**
 * Two subjects that report the same meeting (`same-as`), or one that prepares or follows up the
 * other: `from` prepares / follows up `to`.
 */
export const meetingCandidateSchema = z.object({
  kind: z.enum(['same-as', 'prepares', 'follows-up']),
  from: suggestionSubjectSchema,
  to: suggestionSubjectSchema,
  /** Shared officials over all officials of the two (Jaccard). */
  overlap: z.number(),
  shared: z.array(z.object({ officialUid: uidSchema, name: z.string() })),
  evidence: z.array(candidateEvidenceSchema),
});
export type MeetingCandidate = z.infer<typeof meetingCandidateSchema>;

/**
 * Names a candidate to dismiss it, or to undo that: its kind and its two subjects as the candidate
 * gives them. "Same meeting" is the same candidate whichever subject comes first.
 */
export const meetingCandidateRefSchema = z.strictObject({
  kind: meetingCandidateSchema.shape.kind,
  from: z.strictObject({ kind: suggestionSubjectSchema.shape.kind, uid: uidSchema }),
  to: z.strictObject({ kind: suggestionSubjectSchema.shape.kind, uid: uidSchema }),
});
export type MeetingCandidateRef = z.infer<typeof meetingCandidateRefSchema>;

export const meetingSuggestionsSchema = z.object({
  documents: z.array(documentMeetingSuggestionSchema),
  /** The candidates waiting for a decision, best first. */
  candidates: z.array(meetingCandidateSchema),
  /** Candidates the researcher dismissed, still found by the text: kept apart so they can be restored. */
  dismissed: z.array(meetingCandidateSchema),
});
export type MeetingSuggestions = z.infer<typeof meetingSuggestionsSchema>;

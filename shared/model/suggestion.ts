import { z } from 'zod';
import { uidSchema } from './document';

const sightingSchema = z.object({
  documentUid: uidSchema,
  documentTitle: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** The text as written at [start, end). */
  text: z.string(),
  /** The words around it, within its paragraph. */
  before: z.string(),
  after: z.string(),
});

const knownSuggestionSchema = sightingSchema.extend({
  /** Which rule matched: alias, surname, given-name, typo, glued or handle. */
  rule: z.string(),
  /** The registry form it was matched against. */
  alias: z.string(),
});

/**
 * A group of the queue carries how many mentions it has in all (`total`) and a page of them: a
 * person can be named tens of thousands of times, and the queue is sent whole on every change.
 */
const knownGroupSchema = z.object({
  officialUid: uidSchema,
  name: z.string(),
  total: z.number().int(),
  mentions: z.array(knownSuggestionSchema),
});

const candidateGroupSchema = z.object({
  name: z.string(),
  /** The office that introduced them, as written. */
  title: z.string().nullable(),
  handles: z.array(z.string()),
  total: z.number().int(),
  mentions: z.array(sightingSchema),
});

/** A handle a text gives to a person the registry knows ("— Marcelo Ebrard C. (@m_ebrard)"), proposed as their alias. */
const aliasGroupSchema = z.object({
  officialUid: uidSchema,
  /** The person's canonical name. */
  name: z.string(),
  /** The handle as written where it was first found. */
  alias: z.string(),
  total: z.number().int(),
  mentions: z.array(sightingSchema),
});

/** What the matcher proposes, for the researcher to review; nothing is tagged until accepted. */
export const suggestionQueueSchema = z.object({
  /** Mentions of people the registry knows, grouped by person, the most named first. */
  known: z.array(knownGroupSchema),
  /** People the registry does not know yet, grouped by the fullest form of their name. */
  candidates: z.array(candidateGroupSchema),
  /** Handles proposed as aliases of people the registry knows, by person and handle, the most found first. */
  aliases: z.array(aliasGroupSchema),
});
export type SuggestionQueue = z.infer<typeof suggestionQueueSchema>;
export type KnownSuggestionGroup = z.infer<typeof knownGroupSchema>;
export type CandidateSuggestionGroup = z.infer<typeof candidateGroupSchema>;
export type AliasSuggestionGroup = z.infer<typeof aliasGroupSchema>;

/** The most mentions of one group a call gives; the queue gives SUGGESTION_PAGE of each unless asked for more. */
export const SUGGESTION_PAGE_MAX = 500;
export const SUGGESTION_PAGE = 20;
const pageLimit = z.number().int().min(1).max(SUGGESTION_PAGE_MAX).default(SUGGESTION_PAGE);
/**
 * The last mention a page had: the next page starts after it. A place rather than a count, so
 * that mentions decided meanwhile do not shift the next page over ones not yet shown.
 */
const pageAfter = z.strictObject({ documentUid: uidSchema, start: z.number().int().min(0) }).optional();

export const suggestionQueueInputSchema = z.strictObject({ limit: pageLimit });

/** A social-media handle as proposals carry it: "@" and letters, digits or underscores. */
export const handleSchema = z
  .string()
  .trim()
  .regex(/^@[A-Za-z0-9_]{1,100}$/, 'expected a handle such as @m_ebrard');

/**
 * More of one group than the queue gave: a person's by their uid, a new name's as the queue gave
 * it, or a proposed alias's by its person and handle.
 */
export const suggestionGroupInputSchema = z.union([
  z.strictObject({ officialUid: uidSchema, after: pageAfter, limit: pageLimit }),
  z.strictObject({ candidateName: z.string().trim().min(1).max(300), after: pageAfter, limit: pageLimit }),
  z.strictObject({ officialUid: uidSchema, alias: handleSchema, after: pageAfter, limit: pageLimit }),
]);
export type SuggestionGroupInput = z.infer<typeof suggestionGroupInputSchema>;
// An alias group first: a known group's schema would take one too, dropping its handle.
export const suggestionGroupSchema = z.union([aliasGroupSchema, knownGroupSchema, candidateGroupSchema]);

/** A suggested mention as the review queue showed it, sent back to accept or reject it. */
export const mentionSpanSchema = z.strictObject({
  officialUid: uidSchema,
  documentUid: uidSchema,
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  text: z.string().min(1).max(500),
  rule: z.string().max(40).optional(),
});
export type MentionSpan = z.infer<typeof mentionSpanSchema>;

/** What deciding all of a person's suggestions decided: forgetting these spans undoes it. */
export const decidedSpansSchema = z.object({ count: z.number().int(), spans: z.array(mentionSpanSchema) });

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

/** What the matcher proposes, for the researcher to review; nothing is tagged until accepted. */
export const suggestionQueueSchema = z.object({
  /** Mentions of people the registry knows, grouped by person. */
  known: z.array(
    z.object({
      officialUid: uidSchema,
      name: z.string(),
      mentions: z.array(
        sightingSchema.extend({
          /** Which rule matched: alias, surname, given-name, typo, glued or handle. */
          rule: z.string(),
          /** The registry form it was matched against. */
          alias: z.string(),
        }),
      ),
    }),
  ),
  /** People the registry does not know yet, grouped by the fullest form of their name. */
  candidates: z.array(
    z.object({
      name: z.string(),
      /** The office that introduced them, as written. */
      title: z.string().nullable(),
      handles: z.array(z.string()),
      mentions: z.array(sightingSchema),
    }),
  ),
});
export type SuggestionQueue = z.infer<typeof suggestionQueueSchema>;

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

import { z } from 'zod';
import { partialDateSchema, uidSchema } from './document';
import { MENTION_ROLES } from './mention-roles';
import { officialSchema } from './official';
import { meetingRoleSchema, meetingSideSchema } from './meeting';

export { MENTION_ROLE_LABELS, MENTION_ROLES, type MentionRole } from './mention-roles';

export const mentionRoleSchema = z.enum(MENTION_ROLES);

/** A confirmed mention of a registered person in a document's text, at [start, end). */
export const mentionSchema = z.object({
  uid: uidSchema,
  officialUid: uidSchema,
  /** The person's canonical name, for labels. */
  name: z.string(),
  documentUid: uidSchema,
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  role: mentionRoleSchema.nullable(),
  /** The matching rule that suggested it, or null when tagged by hand. */
  rule: z.string().nullable(),
});
export type Mention = z.infer<typeof mentionSchema>;

/** Tagging a selection in the Reader as a person; the selected form becomes one of their aliases. */
export const mentionTagSchema = z.strictObject({
  officialUid: uidSchema,
  documentUid: uidSchema,
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  text: z.string().trim().min(1).max(300),
  role: mentionRoleSchema.nullable().default(null),
});
export type MentionTag = z.infer<typeof mentionTagSchema>;

const profileMentionSchema = z.object({
  uid: uidSchema,
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  role: mentionRoleSchema.nullable(),
  /** The words around it, within its paragraph. */
  before: z.string(),
  after: z.string(),
});

/** An official's page: who they are, where they are named, and who is named with them. */
export const officialProfileSchema = z.object({
  official: officialSchema,
  /** Documents outside the Trash naming them, newest published first, each with its mentions. */
  documents: z.array(
    z.object({
      documentUid: uidSchema,
      title: z.string(),
      published: partialDateSchema.nullable(),
      mentions: z.array(profileMentionSchema),
    }),
  ),
  /** The officials most often confirmed in the same documents, most shared documents first. */
  namedWith: z.array(z.object({ uid: uidSchema, name: z.string(), documents: z.number().int() })),
  /** The meetings they took part in, newest first (undated last), with their side and role there. */
  meetings: z.array(
    z.object({ uid: uidSchema, title: z.string(), start: partialDateSchema.nullable(), role: meetingRoleSchema.nullable(), side: meetingSideSchema.nullable() }),
  ),
});
export type OfficialProfile = z.infer<typeof officialProfileSchema>;

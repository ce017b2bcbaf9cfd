import { z } from 'zod';
import { partialDateSchema, uidSchema } from './document';

export const countrySchema = z.enum(['mx', 'us', 'other']);
export type Country = z.infer<typeof countrySchema>;

const nameSchema = z.string().trim().min(1, 'a name cannot be empty').max(300);

export const officeSchema = z.strictObject({
  title: z.string().trim().min(1, 'an office needs a title').max(300),
  /** When the office was taken up and left, at the precision known; null when unknown. */
  start: partialDateSchema.nullable().default(null),
  end: partialDateSchema.nullable().default(null),
});
export type Office = z.infer<typeof officeSchema>;

export const officialSchema = z.object({
  uid: uidSchema,
  name: z.string(),
  /** Other forms the person is written in; the name itself is always matched too. */
  aliases: z.array(z.string()),
  country: countrySchema.nullable(),
  offices: z.array(officeSchema),
  affiliation: z.string().nullable(),
  notes: z.string(),
  wikidata: z.string().nullable(),
  /** Confirmed mentions, and the documents outside the Trash they are in. */
  mentions: z.number().int(),
  documents: z.number().int(),
});
export type Official = z.infer<typeof officialSchema>;

export const officialInputSchema = z.strictObject({
  name: nameSchema,
  aliases: z.array(nameSchema).max(100).default([]),
  country: countrySchema.nullable().default(null),
  offices: z.array(officeSchema).max(50).default([]),
  affiliation: z.string().trim().max(500).nullable().default(null),
  notes: z.string().max(100_000).default(''),
  wikidata: z.string().regex(/^Q\d+$/, 'expected a Wikidata id such as Q123').nullable().default(null),
});
export type OfficialInput = z.infer<typeof officialInputSchema>;

export const officialPatchSchema = z
  .strictObject({
    name: nameSchema,
    aliases: z.array(nameSchema).max(100),
    country: countrySchema.nullable(),
    offices: z.array(officeSchema).max(50),
    affiliation: z.string().trim().max(500).nullable(),
    notes: z.string().max(100_000),
    wikidata: z.string().regex(/^Q\d+$/, 'expected a Wikidata id such as Q123').nullable(),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'nothing to change');
export type OfficialPatch = z.infer<typeof officialPatchSchema>;

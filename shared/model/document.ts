import { z } from 'zod';
import { isRealPartialDate } from '../text/partial-date';

export const uidSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'expected a ULID');

export const datePrecisionSchema = z.enum(['day', 'month', 'year', 'unknown']);
export type DatePrecision = z.infer<typeof datePrecisionSchema>;

/**
 * A date at the precision it is known: `2021-08-11` (day), `2021-08` (month), `2021` (year), or
 * `--10-03` when day and month are known without the year (ISO 8601 truncated form).
 */
export const partialDateSchema = z
  .string()
  .regex(/^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$/, 'expected YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD')
  .refine(isRealPartialDate, 'that day does not exist');

export const languageSchema = z.string().regex(/^[a-z]{2,3}$/, 'expected an ISO 639 code such as en or es');

export const sourceFormatSchema = z.enum(['txt', 'md', 'html', 'pdf', 'docx']);

/** The metadata fields that are extracted on import and can be corrected by hand. */
export const metadataFieldSchema = z.enum(['title', 'outlet', 'author', 'url', 'published', 'language']);
export type MetadataField = z.infer<typeof metadataFieldSchema>;

const shortText = z.string().max(2_000);

export const documentSummarySchema = z.object({
  uid: uidSchema,
  title: z.string(),
  outlet: z.string().nullable(),
  published: partialDateSchema.nullable(),
  language: z.string().nullable(),
  words: z.number().int(),
  importedAt: z.string(),
  trashedAt: z.string().nullable(),
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

export const documentSchema = documentSummarySchema.extend({
  author: z.string().nullable(),
  url: z.string().nullable(),
  text: z.string(),
  sourceName: z.string().nullable(),
  sourceFormat: sourceFormatSchema,
  contentHash: z.string(),
  updatedAt: z.string(),
  /** Where each extracted value came from, in plain words ('line 3', 'meta og:site_name'). */
  provenance: z.partialRecord(metadataFieldSchema, z.string()),
  /** Fields the researcher set by hand; re-extraction never overwrites them. */
  handSet: z.array(metadataFieldSchema),
});
export type DocumentRecord = z.infer<typeof documentSchema>;

/** Fields a researcher may correct by hand; `null` clears a field. */
export const documentPatchSchema = z
  .strictObject({
    title: z.string().trim().min(1, 'a title cannot be empty').max(1_000),
    outlet: shortText.nullable(),
    author: shortText.nullable(),
    url: z.url({ protocol: /^https?$/ }).max(2_000).nullable(),
    published: partialDateSchema.nullable(),
    language: languageSchema.nullable(),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'nothing to change');
export type DocumentPatch = z.infer<typeof documentPatchSchema>;

export const documentSortSchema = z.enum(['title', 'published', 'outlet', 'importedAt', 'words']);
export type DocumentSort = z.infer<typeof documentSortSchema>;

/** A date-range bound: a year, a month or a day (`2021`, `2021-08`, `2021-08-11`). */
export const dateBoundSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealPartialDate, 'that day does not exist');

/** Filters shared by the Library list and search; a date range keeps only documents with a known year. */
export const documentFilterSchema = z.strictObject({
  publishedFrom: dateBoundSchema.optional(),
  publishedTo: dateBoundSchema.optional(),
  outlet: z.string().min(1).max(500).optional(),
  language: languageSchema.optional(),
});
export type DocumentFilter = z.infer<typeof documentFilterSchema>;

import { z } from 'zod';
import { dateBoundSchema, partialDateSchema, uidSchema } from './document';
import { LABEL_COLORS } from './label-colors';

export const labelColorSchema = z.enum(LABEL_COLORS);

const labelName = z.string().trim().min(1, 'a label needs a name').max(200);
const description = z.string().max(5_000);

export const labelSchema = z.object({
  uid: uidSchema,
  name: labelName,
  color: labelColorSchema,
  parentUid: uidSchema.nullable(),
  description: z.string(),
  position: z.number().int(),
  /** Live annotations carrying this label, on documents outside the Trash. */
  count: z.number().int(),
});
export type Label = z.infer<typeof labelSchema>;

export const newLabelSchema = z.strictObject({
  name: labelName,
  color: labelColorSchema.optional(),
  parentUid: uidSchema.nullable().default(null),
  description: description.default(''),
});

export const labelPatchSchema = z
  .strictObject({ name: labelName, color: labelColorSchema, parentUid: uidSchema.nullable(), description })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'nothing to change');
export type LabelPatch = z.infer<typeof labelPatchSchema>;

/** The shareable form of a codebook: labels by name, children under their parent. */
export const codebookSchema = z.strictObject({
  format: z.literal('dossier-codebook'),
  version: z.literal(1),
  labels: z
    .array(
      z.strictObject({
        name: labelName,
        color: labelColorSchema,
        description: description.default(''),
        children: z.array(z.strictObject({ name: labelName, color: labelColorSchema, description: description.default('') })).max(1_000).default([]),
      }),
    )
    .max(1_000),
});
export type Codebook = z.infer<typeof codebookSchema>;

/** anchored: on its passage. moved: the same quote, found elsewhere. changed: the passage was edited. orphaned: lost. */
export const anchorStateSchema = z.enum(['anchored', 'moved', 'changed', 'orphaned']);
export type AnchorState = z.infer<typeof anchorStateSchema>;

/** W3C TextQuoteSelector + TextPositionSelector, offsets in UTF-16 code units of the stored text. */
export const passageSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  state: anchorStateSchema,
});

export const noteSchema = z.string().max(100_000);

export const annotationSchema = z.object({
  uid: uidSchema,
  documentUid: uidSchema,
  /** Null for a whole-document note or label. */
  passage: passageSchema.nullable(),
  note: z.string(),
  labelUids: z.array(uidSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Annotation = z.infer<typeof annotationSchema>;

/** An annotation with the document it belongs to, for the Annotations view and the command line. */
export const annotationListItemSchema = annotationSchema.extend({
  documentTitle: z.string(),
  outlet: z.string().nullable(),
  published: partialDateSchema.nullable(),
});
export type AnnotationListItem = z.infer<typeof annotationListItemSchema>;

export const annotationFilterSchema = z.strictObject({
  /** A label also matches its children. */
  labelUid: uidSchema.optional(),
  documentUid: uidSchema.optional(),
  outlet: z.string().min(1).max(500).optional(),
  /** Bounds on the document's published date. */
  publishedFrom: dateBoundSchema.optional(),
  publishedTo: dateBoundSchema.optional(),
  /** Full text over quotes and notes, in the search syntax. */
  query: z.string().max(1_000).optional(),
  state: anchorStateSchema.optional(),
});
export type AnnotationFilter = z.infer<typeof annotationFilterSchema>;

export const annotationEditSchema = z
  .strictObject({ uid: uidSchema, note: noteSchema.optional(), labelUids: z.array(uidSchema).max(200).optional() })
  .refine((edit) => edit.note !== undefined || edit.labelUids !== undefined, 'nothing to change');

import { z } from 'zod';
import { uidSchema } from './document';
import { MAX_IMPORT_BYTES } from './limits';

export { MAX_IMPORT_BYTES };

/**
 * Where an imported file comes from: a path on this machine (Electron, CLI) or bytes the renderer
 * read from a dropped or picked file (browser host). An oversized picked file is sent without its
 * bytes so that the core can refuse it in the same summary as everything else.
 */
export const importSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('path'), path: z.string().min(1).max(4_096) }),
  z.strictObject({
    kind: z.literal('bytes'),
    name: z.string().min(1).max(1_024),
    size: z.number().int().nonnegative(),
    data: z.base64().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4).nullable(),
  }),
]);
export type ImportSource = z.infer<typeof importSourceSchema>;

export const importSummarySchema = z.object({
  imported: z.array(z.object({ file: z.string(), uid: uidSchema, title: z.string() })),
  skipped: z.array(z.object({ file: z.string(), reason: z.string(), uid: uidSchema.optional() })),
  failed: z.array(z.object({ file: z.string(), code: z.string(), message: z.string() })),
  cancelled: z.boolean(),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

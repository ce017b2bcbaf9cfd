import { z } from 'zod';
import {
  documentFilterSchema,
  documentPatchSchema,
  documentSchema,
  documentSortSchema,
  documentSummarySchema,
  uidSchema,
} from '../model/document';
import { importSourceSchema } from '../model/import';
import { CHANNEL_NAMES, type ChannelName } from './names';

const noInput = z.strictObject({});
const uidList = z.array(uidSchema).min(1).max(10_000);
const countOutput = z.object({ count: z.number().int() });

/** Every call the renderer, the CLI or a test can make of the core: `domain.verb` → schemas. */
export const channels = {
  'notebook.info': {
    input: noInput,
    output: z.object({
      path: z.string(),
      name: z.string(),
      documents: z.number().int(),
      trash: z.number().int(),
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

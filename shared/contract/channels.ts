import { z } from 'zod';
import {
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
    }),
    output: z.object({ items: z.array(documentSummarySchema) }),
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

import { basename } from 'node:path';
import type { ChannelName, ChannelOutput, ChannelParsedInput } from '../../../shared/contract/channels';
import type { EventName, EventPayload } from '../../../shared/contract/events';
import type { Db } from '../db/open';
import { latestVersion } from '../db/migrations';
import { countDocuments, documentFacets, listDocuments } from '../documents/repository';
import { emptyTrash, requireDocument, restoreDocuments, trashDocuments, updateDocument } from '../documents/service';
import { importSources, reextractDocument } from '../import/service';
import { search } from '../search/service';
import type { JobRegistry } from './jobs';

export interface CoreContext {
  db: Db;
  notebookPath: string;
  jobs: JobRegistry;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  now(): string;
  /** The built parse-worker script, when the host has one (see CoreOptions). */
  parseWorkerScript?: string;
}

export type Handlers = {
  [C in ChannelName]: (input: ChannelParsedInput<C>, ctx: CoreContext) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

const changed = (ctx: CoreContext, ...tables: string[]) => ctx.emit('notebook.changed', { tables });

/** One handler per channel; the mapped type makes a missing handler a compile error. */
export const handlers: Handlers = {
  'notebook.info': (_input, ctx) => ({
    path: ctx.notebookPath,
    name: basename(ctx.notebookPath).replace(/\.sqlite$/i, ''),
    schemaVersion: latestVersion,
    ...countDocuments(ctx.db),
  }),
  'documents.list': (input, ctx) => listDocuments(ctx.db, input),
  'documents.facets': (input, ctx) => documentFacets(ctx.db, input.trash),
  'documents.reextract': async (input, ctx) => {
    const document = await reextractDocument(ctx.db, input.uid, ctx.now());
    changed(ctx, 'documents');
    return document;
  },
  'search.query': (input, ctx) => search(ctx.db, input.query, input.filter, input.limit),
  'documents.get': (input, ctx) => requireDocument(ctx.db, input.uid),
  'documents.update': (input, ctx) => {
    const document = updateDocument(ctx.db, input.uid, input.patch, ctx.now());
    changed(ctx, 'documents');
    return document;
  },
  'documents.trash': (input, ctx) => {
    const count = trashDocuments(ctx.db, input.uids, ctx.now());
    if (count > 0) changed(ctx, 'documents');
    return { count };
  },
  'documents.restore': (input, ctx) => {
    const count = restoreDocuments(ctx.db, input.uids);
    if (count > 0) changed(ctx, 'documents');
    return { count };
  },
  'documents.emptyTrash': (_input, ctx) => {
    const count = emptyTrash(ctx.db);
    if (count > 0) changed(ctx, 'documents');
    return { count };
  },
  'import.start': (input, ctx) => {
    const jobId = ctx.jobs.start('import', (signal, progress) =>
      importSources(ctx.db, input.sources, {
        signal,
        now: ctx.now,
        onProgress: progress,
        onCommit: () => changed(ctx, 'documents'),
        ...(ctx.parseWorkerScript && { parseWorkerScript: ctx.parseWorkerScript }),
      }),
    );
    return { jobId };
  },
  'jobs.cancel': (input, ctx) => ({ cancelled: ctx.jobs.cancel(input.jobId) }),
};

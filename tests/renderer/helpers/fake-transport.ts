import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract/channels';
import type { AppErrorShape, Envelope } from '../../../shared/contract/errors';
import type { EventName, EventPayload } from '../../../shared/contract/events';
import type { DocumentFilter, DocumentRecord, DocumentSummary } from '../../../shared/model/document';
import type { Transport } from '../../../renderer/api/transport';

type Handler<C extends ChannelName> = (input: ChannelInput<C>) => ChannelOutput<C> | AppErrorShape | Promise<ChannelOutput<C> | AppErrorShape>;

/** A scriptable host: answers channels from handlers, records every call, emits events on demand. */
export class FakeTransport implements Transport {
  readonly calls: { channel: string; payload: unknown }[] = [];
  private readonly handlers = new Map<string, (input: unknown) => unknown>();
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>();

  handle<C extends ChannelName>(channel: C, handler: Handler<C>): this {
    this.handlers.set(channel, handler as (input: unknown) => unknown);
    return this;
  }

  async invoke(channel: string, payload: unknown): Promise<Envelope<unknown>> {
    this.calls.push({ channel, payload });
    const handler = this.handlers.get(channel);
    if (!handler) return { ok: false, error: { code: 'INTERNAL', message: `No fake handler for ${channel}.` } };
    const value = await handler(payload);
    if (isError(value)) return { ok: false, error: value };
    return { ok: true, value };
  }

  on(event: string, cb: (payload: unknown) => void): () => void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(cb);
    this.listeners.set(event, set);
    return () => set.delete(cb);
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const cb of this.listeners.get(event) ?? []) cb(payload);
  }

  callsTo(channel: ChannelName): unknown[] {
    return this.calls.filter((call) => call.channel === channel).map((call) => call.payload);
  }
}

function isError(value: unknown): value is AppErrorShape {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value && !('uid' in value);
}

let counter = 0;
/** A ULID-shaped uid, unique per call. */
export function fakeUid(): string {
  counter += 1;
  return `01HZZZZZZZZZZZZZZZZZZ${String(counter).padStart(5, '0')}`;
}

export function summary(overrides: Partial<DocumentSummary> = {}): DocumentSummary {
  return {
    uid: fakeUid(),
    title: 'Untitled',
    outlet: null,
    published: null,
    language: 'en',
    words: 100,
    importedAt: '2024-01-01T00:00:00.000Z',
    trashedAt: null,
    ...overrides,
  };
}

export function record(overrides: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    ...summary(),
    author: null,
    url: null,
    text: 'First paragraph.\n\nSecond paragraph.',
    sourceName: 'a.txt',
    sourceFormat: 'txt',
    contentHash: 'hash',
    updatedAt: '2024-01-01T00:00:00.000Z',
    provenance: {},
    handSet: [],
    ...overrides,
  };
}

/**
 * A notebook held in memory behind the fake transport: paged and filtered lists, facets, trash,
 * restore and empty trash work. The cursor is an offset in disguise; the renderer treats it as opaque.
 */
export function fakeNotebook(initial: DocumentSummary[]) {
  const transport = new FakeTransport();
  let docs = [...initial];
  const live = () => docs.filter((doc) => doc.trashedAt === null);
  const trashed = () => docs.filter((doc) => doc.trashedAt !== null);
  transport
    .handle('notebook.info', () => ({ path: '/tmp/n.sqlite', name: 'Council', documents: live().length, trash: trashed().length, annotations: 0, schemaVersion: 1 }))
    .handle('documents.list', (input) => {
      const matching = (input.trash ? trashed() : live()).filter((doc) => matches(doc, input.filter ?? {}));
      const start = input.cursor ? Number(input.cursor.slice('after:'.length)) : 0;
      const end = start + (input.limit ?? 200);
      return {
        items: matching.slice(start, end),
        nextCursor: end < matching.length ? `after:${end}` : null,
        total: input.cursor ? null : matching.length,
      };
    })
    .handle('documents.facets', () => ({ outlets: countBy(live(), (doc) => doc.outlet, 'name'), languages: countBy(live(), (doc) => doc.language, 'code') }))
    .handle('documents.get', (input) => {
      const doc = docs.find((candidate) => candidate.uid === input.uid);
      return doc ? record(doc) : { code: 'NOT_FOUND', message: 'That document is not in this notebook.' };
    })
    .handle('documents.trash', (input) => {
      docs = docs.map((doc) => (input.uids.includes(doc.uid) ? { ...doc, trashedAt: '2024-02-02T00:00:00.000Z' } : doc));
      return { count: input.uids.length };
    })
    .handle('documents.restore', (input) => {
      docs = docs.map((doc) => (input.uids.includes(doc.uid) ? { ...doc, trashedAt: null } : doc));
      return { count: input.uids.length };
    })
    .handle('documents.emptyTrash', () => {
      const count = trashed().length;
      docs = live();
      return { count };
    })
    // An empty codebook and no annotations, unless a test scripts them.
    .handle('labels.list', () => ({ labels: [] }))
    .handle('annotations.forDocument', () => ({ items: [] }))
    .handle('annotations.list', () => ({ items: [], nextCursor: null, total: 0 }));
  return { transport, documents: () => docs };
}

function matches(doc: DocumentSummary, filter: DocumentFilter): boolean {
  return (
    (filter.outlet === undefined || doc.outlet === filter.outlet) &&
    (filter.language === undefined || doc.language === filter.language) &&
    (filter.publishedFrom === undefined || (doc.published !== null && doc.published >= filter.publishedFrom)) &&
    (filter.publishedTo === undefined || (doc.published !== null && doc.published.slice(0, filter.publishedTo.length) <= filter.publishedTo))
  );
}

function countBy<K extends string>(docs: DocumentSummary[], key: (doc: DocumentSummary) => string | null, as: K) {
  const counts = new Map<string, number>();
  for (const doc of docs) {
    const value = key(doc);
    if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ [as]: value, count }) as Record<K, string> & { count: number });
}

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../main/core/api/in-process-core';
import { startCoreWorker } from '../../main/core/api/worker-client';
import { startWebServer } from '../../main/server/web-server';
import { bundleNodeEntries } from '../helpers/bundle';
import { corpusFile } from '../helpers/corpus';
import { runImport, tempDir } from '../helpers/notebook';
import { postChannel } from '../helpers/web';

let workerScript: string;
let parseWorkerScript: string;
beforeAll(async () => {
  ({ worker: workerScript, parseWorker: parseWorkerScript } = await bundleNodeEntries());
});

describe('transports', () => {
  it('give identical envelopes in process and over the worker + HTTP host', async () => {
    const dir = tempDir();
    const notebookPath = join(dir, 'same.sqlite');
    const direct = openCore({ notebookPath });
    const { imported } = await runImport(direct, [corpusFile('001'), corpusFile('004')].map((path) => ({ kind: 'path' as const, path })));
    const uid = imported[0]!.uid;
    const calls: Array<[string, unknown]> = [
      ['notebook.info', {}],
      ['documents.list', { sort: 'title', direction: 'asc' }],
      ['documents.get', { uid }],
      ['documents.get', { uid: '01HZZZZZZZZZZZZZZZZZZZZZZZ' }],
      ['documents.update', { uid, patch: { published: '2021-02-30' } }],
      ['documents.trash', { uids: 'all' }],
      ['documents.nothing', {}],
      ['jobs.cancel', { jobId: 'unknown' }],
    ];
    const inProcess = [];
    for (const [channel, payload] of calls) inProcess.push(await direct.invoke(channel, payload));
    await direct.close();

    const core = await startCoreWorker({ notebookPath, workerScript });
    const rendererDir = join(dir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Dossier</title>');
    const server = await startWebServer({ core, rendererDir });
    try {
      const overHttp = [];
      for (const [channel, payload] of calls) overHttp.push((await postChannel(server, channel, payload)).body);
      const viaWorker = [];
      for (const [channel, payload] of calls) viaWorker.push(await core.invoke(channel, payload));
      expect(overHttp).toEqual(inProcess);
      expect(viaWorker).toEqual(inProcess);
      expect(inProcess.filter((envelope) => envelope.ok)).toHaveLength(4);
    } finally {
      await server.close();
      await core.close();
    }
  });

  it('refuses a file that is not a notebook before the worker touches it', async () => {
    const path = join(tempDir(), 'notes.sqlite');
    writeFileSync(path, 'plain text');
    await expect(startCoreWorker({ notebookPath: path, workerScript })).rejects.toMatchObject({ code: 'NOT_A_NOTEBOOK' });
  });

  it.each([
    ['parsing on the core thread', false],
    ['parsing in parse workers', true],
  ])('answers calls while a long import runs in the worker, and cancels it (%s)', async (_how, pooled) => {
    const dir = tempDir();
    const articles = join(dir, 'articles');
    mkdirSync(articles);
    for (let i = 0; i < 400; i++) writeFileSync(join(articles, `a${i}.txt`), `Article ${i}\n\nThe delegation met in Mexico City on day ${i} to discuss migration.`);
    const core = await startCoreWorker({ notebookPath: join(dir, 'busy.sqlite'), workerScript, ...(pooled && { parseWorkerScript }) });
    try {
      const done = new Promise<{ result?: { imported: unknown[]; cancelled: boolean } }>((resolve) =>
        core.onEvent((event, payload) => event === 'job.done' && resolve(payload as never)),
      );
      const started = await core.invoke('import.start', { sources: [{ kind: 'path', path: articles }] });
      if (!started.ok) throw new Error(started.error.message);
      const info = await core.invoke('notebook.info', {});
      expect(info.ok).toBe(true);
      await core.invoke('jobs.cancel', { jobId: (started.value as { jobId: string }).jobId });
      const { result } = await done;
      expect(result?.cancelled).toBe(true);
      expect(result?.imported.length).toBeLessThan(400);
      const after = await core.invoke('notebook.info', {});
      expect(after).toMatchObject({ ok: true, value: { documents: result?.imported.length } });
    } finally {
      await core.close();
    }
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract/channels';
import type { EventName } from '../../shared/contract/events';
import type { ImportSummary } from '../../shared/model/import';
import type { CoreHandle } from '../../main/core/api/core-handle';
import { openCore } from '../../main/core/api/in-process-core';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A fresh temporary folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface TestNotebook {
  core: CoreHandle;
  path: string;
  events: Array<{ event: EventName; payload: unknown }>;
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  importPaths(...paths: string[]): Promise<ImportSummary>;
}

/** A real notebook file in a temporary folder, opened through the same dispatch as every host. */
export function openTestNotebook(path = join(tempDir(), 'notebook.sqlite'), options: { parseWorkerScript?: string } = {}): TestNotebook {
  const core = openCore({ notebookPath: path, ...options });
  cleanups.push(() => core.close());
  const events: TestNotebook['events'] = [];
  core.onEvent((event, payload) => events.push({ event, payload }));
  const call = async <C extends ChannelName>(channel: C, input: ChannelInput<C>) => {
    const envelope = await core.invoke(channel, input);
    if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error.code} ${envelope.error.message}`);
    return envelope.value as ChannelOutput<C>;
  };
  return {
    core,
    path,
    events,
    call,
    importPaths: (...paths) => runImport(core, paths.map((p) => ({ kind: 'path' as const, path: p }))),
  };
}

/** Starts an import job and waits for its job.done event. */
export async function runImport(core: CoreHandle, sources: ChannelInput<'import.start'>['sources']): Promise<ImportSummary> {
  const done = new Promise<ImportSummary>((resolve, reject) => {
    const stop = core.onEvent((event, payload) => {
      if (event !== 'job.done') return;
      stop();
      const { result, error } = payload as { result?: ImportSummary; error?: { message: string } };
      if (result) resolve(result);
      else reject(new Error(error?.message));
    });
  });
  const envelope = await core.invoke('import.start', { sources });
  if (!envelope.ok) throw new Error(envelope.error.message);
  return done;
}

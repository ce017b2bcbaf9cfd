import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { EventName } from '../../shared/contract/events';
import type { ImportSummary } from '../../shared/model/import';
import type { CoreHandle } from '../../main/core/api/core-handle';
import { openCore } from '../../main/core/api/in-process-core';
import { caller, importPaths, type Call } from './core-calls';

export { runImport } from './core-calls';

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
  call: Call;
  importPaths(...paths: string[]): Promise<ImportSummary>;
}

/** A real notebook file in a temporary folder, opened through the same dispatch as every host. */
export function openTestNotebook(path = join(tempDir(), 'notebook.sqlite'), options: { parseWorkerScript?: string } = {}): TestNotebook {
  const core = openCore({ notebookPath: path, ...options });
  cleanups.push(() => core.close());
  const events: TestNotebook['events'] = [];
  core.onEvent((event, payload) => events.push({ event, payload }));
  return { core, path, events, call: caller(core), importPaths: (...paths) => importPaths(core, paths) };
}


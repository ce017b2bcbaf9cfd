import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Envelope } from '../../shared/contract/errors';
import type { CoreHandle, EventListener } from '../core/api/core-handle';
import { startCoreWorker } from '../core/api/worker-client';

export interface NotebookSessionOptions {
  workerScript: string;
  parseWorkerScript: string;
  /** A better-sqlite3 binary built for Electron; undefined means the module's own. */
  nativeBinding: string | undefined;
  onEvent: EventListener;
}

const noNotebook: Envelope<never> = { ok: false, error: { code: 'UNAVAILABLE', message: 'No notebook is open.' } };

/**
 * The one open notebook, i.e. its core worker. Switching starts the new notebook before closing the
 * current one, so a refused file leaves the user exactly where they were.
 */
export class NotebookSession {
  private core: CoreHandle | undefined;
  private stopForwarding: () => void = () => {};
  // Switches run one after another, and calls wait for the switch in progress.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: NotebookSessionOptions) {}

  get path(): string | undefined {
    return this.core?.notebookPath;
  }

  async invoke(channel: string, payload: unknown): Promise<Envelope<unknown>> {
    await this.queue;
    return this.core ? this.core.invoke(channel, payload) : noNotebook;
  }

  /** Opens `path` in place of the current notebook; rejects with the AppError that refused it. */
  open(path: string): Promise<void> {
    const run = this.queue.then(() => this.switchTo(path));
    this.queue = run.catch(() => {});
    return run;
  }

  close(): Promise<void> {
    const run = this.queue.then(async () => {
      const core = this.core;
      this.detach();
      await core?.close();
    });
    this.queue = run.catch(() => {});
    return run;
  }

  private async switchTo(path: string): Promise<void> {
    if (this.core && samePath(this.core.notebookPath, path)) return;
    const { workerScript, parseWorkerScript, nativeBinding } = this.options;
    const next = await startCoreWorker({ notebookPath: path, workerScript, parseWorkerScript, ...(nativeBinding && { nativeBinding }) });
    const previous = this.core;
    this.detach();
    this.core = next;
    this.stopForwarding = next.onEvent(this.options.onEvent);
    await previous?.close();
  }

  private detach(): void {
    this.stopForwarding();
    this.stopForwarding = () => {};
    this.core = undefined;
  }
}

function samePath(a: string, b: string): boolean {
  return canonical(a) === canonical(b);
}

function canonical(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return resolve(path);
  }
}

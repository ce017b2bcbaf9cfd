import { join } from 'node:path';
import type { CoreHandle } from '../core/api/core-handle';
import { startCoreWorker } from '../core/api/worker-client';
import { startWebServer } from '../server/web-server';
import { openBrowser } from './open-browser';

/** Serves the notebook to a browser on this machine until interrupted. */
export async function runWeb(notebookPath: string, port: number, open: boolean): Promise<number> {
  const core: CoreHandle = await startCoreWorker({ notebookPath, workerScript: join(__dirname, 'worker.cjs'), parseWorkerScript: join(__dirname, 'parse-worker.cjs') });
  const server = await startWebServer({ core, rendererDir: join(__dirname, '..', 'renderer'), port });
  process.stdout.write(`Dossier web: ${server.url}\n`);
  process.stdout.write(`Notebook: ${notebookPath}\nPress Ctrl+C to stop.\n`);
  if (open) openBrowser(server.url);
  return new Promise((resolve) => {
    const stop = () => {
      void server.close().then(() => core.close()).then(() => resolve(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

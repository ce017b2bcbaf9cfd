import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/contract/errors';
import type { CoreHandle, CoreOptions } from './api/core-handle';
import { openCore } from './api/in-process-core';
import type { HostToWorker, WorkerToHost } from './api/worker-protocol';

/** The core worker: owns the notebook's only database connection and serves dispatch over its port. */
const port = parentPort;
if (!port) throw new Error('worker.ts must run as a worker thread');
const post = (message: WorkerToHost) => port.postMessage(message);

let core: CoreHandle;
try {
  core = openCore({ ...(workerData as CoreOptions), startsSession: true });
} catch (error) {
  const shape = error instanceof AppError ? error.toShape() : { code: 'INTERNAL' as const, message: String(error) };
  post({ type: 'failed', error: shape });
  process.exit(0);
}

core.onEvent((event, payload) => post({ type: 'event', event, payload }));
port.on('message', (message: HostToWorker) => {
  if (message.type === 'close') {
    void core.close().then(() => {
      post({ type: 'closed' });
      port.close();
    });
    return;
  }
  void core.invoke(message.channel, message.payload).then((envelope) => post({ type: 'reply', id: message.id, envelope }));
});
post({ type: 'ready' });

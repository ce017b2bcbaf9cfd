import { Worker } from 'node:worker_threads';
import { AppError, type Envelope } from '../../../shared/contract/errors';
import type { CoreHandle, CoreOptions, EventListener } from './core-handle';
import type { HostToWorker, WorkerToHost } from './worker-protocol';

/**
 * Starts the core in its worker thread and resolves once the notebook is open, or rejects with the
 * AppError that refused it. Hosts call this; the worker owns the database connection.
 */
export function startCoreWorker(options: CoreOptions & { workerScript: string }): Promise<CoreHandle> {
  const { workerScript, ...coreOptions } = options;
  const worker = new Worker(workerScript, { workerData: coreOptions });
  const pending = new Map<number, (envelope: Envelope<unknown>) => void>();
  const listeners = new Set<EventListener>();
  let nextId = 1;
  let closing: Promise<void> | undefined;
  let exited = false;

  const gone = (message: string): Envelope<never> => ({ ok: false, error: { code: 'UNAVAILABLE', message } });

  return new Promise((resolve, reject) => {
    const handle: CoreHandle = {
      notebookPath: options.notebookPath,
      invoke(channel, payload) {
        if (exited || closing) return Promise.resolve(gone('The notebook is closed.'));
        const id = nextId++;
        return new Promise((settle) => {
          pending.set(id, settle);
          send({ type: 'call', id, channel, payload });
        });
      },
      onEvent(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      close() {
        closing ??= exited
          ? Promise.resolve()
          : new Promise<void>((done) => {
              worker.once('exit', () => done());
              send({ type: 'close' });
            });
        return closing;
      },
    };

    function send(message: HostToWorker) {
      worker.postMessage(message);
    }

    worker.on('message', (message: WorkerToHost) => {
      switch (message.type) {
        case 'ready':
          resolve(handle);
          break;
        case 'failed':
          reject(new AppError(message.error.code, message.error.message));
          break;
        case 'reply':
          pending.get(message.id)?.(message.envelope);
          pending.delete(message.id);
          break;
        case 'event':
          for (const listener of listeners) listener(message.event, message.payload);
          break;
        case 'closed':
          break;
      }
    });
    worker.on('error', (error) => {
      reject(new AppError('INTERNAL', `The notebook engine stopped: ${error.message}`));
    });
    worker.on('exit', () => {
      exited = true;
      for (const settle of pending.values()) settle(gone('The notebook engine stopped before answering.'));
      pending.clear();
      reject(new AppError('INTERNAL', 'The notebook engine stopped while opening the notebook.'));
    });
  });
}

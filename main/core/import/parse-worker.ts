import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../shared/contract/errors';
import { prepareFile } from './prepare-file';
import type { ParseReply, ParseRequest } from './parse-pool';

/** A parse worker: prepares the files the pool sends it, one message each, in any order. */
const port = parentPort;
if (!port) throw new Error('parse-worker.ts must run as a worker thread');

port.on('message', ({ id, candidate }: ParseRequest) => {
  prepareFile(candidate).then(
    (prepared) => port.postMessage({ id, prepared } satisfies ParseReply),
    (error: unknown) => {
      const shape = error instanceof AppError ? error.toShape() : { code: 'INTERNAL' as const, message: `${candidate.file} could not be read: ${String(error)}` };
      port.postMessage({ id, error: shape } satisfies ParseReply);
    },
  );
});

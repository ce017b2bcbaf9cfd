import { parentPort, type MessagePort } from 'node:worker_threads';
import { AppError } from '../../../shared/contract/errors';
import { prepareFile } from './prepare-file';
import type { ParsedFileMessage, ParseNotice, ParseRequest, ParseSetup } from './parse-pool';

/**
 * A parse worker: prepares the files the pool sends it, in any order. A parsed file goes to the
 * files port the pool gave it, and a short notice to the pool says it is there; a refusal goes in
 * the notice itself.
 */
const port = parentPort;
if (!port) throw new Error('parse-worker.ts must run as a worker thread');
let files: MessagePort | null = null;

port.on('message', (message: ParseSetup | ParseRequest) => {
  if ('files' in message) {
    files = message.files;
    return;
  }
  const { id, candidate } = message;
  prepareFile(candidate).then(
    (prepared) => {
      files!.postMessage({ id, prepared } satisfies ParsedFileMessage);
      port.postMessage({ id, ready: true } satisfies ParseNotice);
    },
    (error: unknown) => {
      const shape = error instanceof AppError ? error.toShape() : { code: 'INTERNAL' as const, message: `${candidate.file} could not be read: ${String(error)}` };
      port.postMessage({ id, error: shape } satisfies ParseNotice);
    },
  );
});

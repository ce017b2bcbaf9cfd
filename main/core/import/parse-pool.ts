import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError, type AppErrorShape } from '../../../shared/contract/errors';
import { prepareFile, type PreparedFile } from './prepare-file';
import type { ImportCandidate } from './sources';

export interface ParseRequest {
  id: number;
  candidate: ImportCandidate;
}

export type ParseReply = { id: number; prepared: PreparedFile } | { id: number; error: AppErrorShape };

/** Prepares files for the writer: on this thread, or fanned out to parse workers. */
export interface FileParser {
  /** How many files may usefully be in flight at once. */
  readonly parallelism: number;
  prepare(candidate: ImportCandidate): Promise<PreparedFile>;
  close(): Promise<void>;
}

export const inlineParser: FileParser = {
  parallelism: 1,
  prepare: prepareFile,
  close: async () => {},
};

/** Below this many files, starting workers costs more than it saves. */
export const POOL_THRESHOLD = 64;

/**
 * Parse workers for a bulk import. Parsing (format detection, readability, PDF layout, dates,
 * language, hashing) costs more than the SQLite writes, so it runs beside the writer: the core
 * thread only inserts, and the import goes as fast as the database can take rows. One core is
 * left to the writer.
 */
export function startParsePool(script: string, size = Math.max(1, Math.min(4, availableParallelism() - 1))): FileParser {
  const pending = new Map<number, { file: string; resolve: (prepared: PreparedFile) => void; reject: (error: AppError) => void; worker: Worker }>();
  const workers: Worker[] = [];
  let nextId = 0;
  let turn = 0;
  let closing = false;

  const spawn = (): Worker => {
    const worker = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    worker.unref();
    worker.on('message', (reply: ParseReply) => {
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if ('prepared' in reply) waiting.resolve(reply.prepared);
      else waiting.reject(new AppError(reply.error.code, reply.error.message));
    });
    // A worker that dies (a parser library crashing on a hostile file) fails only its own files.
    const fail = (reason: string) => {
      for (const [id, waiting] of pending) {
        if (waiting.worker !== worker) continue;
        pending.delete(id);
        waiting.reject(new AppError('INTERNAL', `${waiting.file} could not be read: the parser stopped (${reason}), perhaps on a damaged or hostile file.`));
      }
      const index = workers.indexOf(worker);
      if (index >= 0 && !closing) workers[index] = spawn();
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(`exit code ${code}`));
    return worker;
  };
  for (let i = 0; i < size; i++) workers.push(spawn());

  return {
    // Deep enough that the workers keep parsing while the writer commits a batch.
    parallelism: 300,
    prepare(candidate) {
      const id = nextId++;
      const worker = workers[turn++ % workers.length]!;
      return new Promise((resolve, reject) => {
        pending.set(id, { file: candidate.file, resolve, reject, worker });
        worker.postMessage({ id, candidate } satisfies ParseRequest);
      });
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

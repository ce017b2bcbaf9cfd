import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { AppError, type AppErrorShape } from '../../../shared/contract/errors';
import { prepareFile, type PreparedFile } from './prepare-file';
import type { ImportCandidate } from './sources';

export interface ParseRequest {
  id: number;
  candidate: ImportCandidate;
}

/** What a parse worker is given first: the port its parsed files go to. */
export interface ParseSetup {
  files: MessagePort;
}

/** A parsed file, posted to the worker's files port. */
export interface ParsedFileMessage {
  id: number;
  prepared: PreparedFile;
}

/** Posted to the pool for each request: the file is waiting on the files port, or it was refused. */
export type ParseNotice = { id: number; ready: true } | { id: number; error: AppErrorShape };

/** Prepares files for the writer: on this thread, or fanned out to parse workers. */
export interface FileParser {
  /** How many files may usefully be in flight at once. */
  readonly parallelism: number;
  /**
   * Resolves when the file is parsed, to a function that hands it over: the writer calls it when
   * it writes the file, so that a file parsed early is not yet an object on the writer's heap.
   */
  prepare(candidate: ImportCandidate): Promise<() => PreparedFile>;
  close(): Promise<void>;
}

export const inlineParser: FileParser = {
  parallelism: 1,
  prepare: async (candidate) => {
    const prepared = await prepareFile(candidate);
    return () => prepared;
  },
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
  const pending = new Map<number, { file: string; resolve: (take: () => PreparedFile) => void; reject: (error: AppError) => void; worker: Worker }>();
  const workers: Worker[] = [];
  let nextId = 0;
  let turn = 0;
  let closing = false;

  const spawn = (): Worker => {
    const worker = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    worker.unref();
    // Parsed files wait here serialised, outside the JS heap, until the writer takes them (see
    // take): deserialised on arrival, the hundreds parsed ahead outlived two young-generation
    // collections and were promoted, and the heap grew by a hundred megabytes before a full one.
    const { port1: files, port2 } = new MessageChannel();
    const taken = new Map<number, PreparedFile>();
    const take = (id: number) => (): PreparedFile => {
      const early = taken.get(id);
      if (early) {
        taken.delete(id);
        return early;
      }
      for (;;) {
        const received = receiveMessageOnPort(files);
        if (!received) throw new AppError('INTERNAL', 'A parsed file went missing between the parser and the writer.');
        const { id: arrived, prepared } = received.message as ParsedFileMessage;
        if (arrived === id) return prepared;
        // A worker finishes its files in any order: one parsed before this one waits for its turn.
        taken.set(arrived, prepared);
      }
    };
    worker.postMessage({ files: port2 } satisfies ParseSetup, [port2]);
    worker.on('message', (notice: ParseNotice) => {
      const waiting = pending.get(notice.id);
      if (!waiting) return;
      pending.delete(notice.id);
      if ('ready' in notice) waiting.resolve(take(notice.id));
      else waiting.reject(new AppError(notice.error.code, notice.error.message));
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

import { randomBytes } from 'node:crypto';
import { monotonicFactory } from 'ulid';
import { AppError } from '../../../shared/contract/errors';
import type { DocumentRecord } from '../../../shared/model/document';
import type { ImportSource, ImportSummary } from '../../../shared/model/import';
import { precisionOf } from '../../../shared/text/partial-date';
import type { Db } from '../db/open';
import { findByContentHash, getSource, insertDocument } from '../documents/repository';
import { applyExtracted, requireDocument } from '../documents/service';
import { articleMetadata } from './article-metadata';
import { collectGarbage } from './heap-relief';
import { inlineParser, POOL_THRESHOLD, startParsePool } from './parse-pool';
import { parseFile, type PreparedFile } from './prepare-file';
import { expandSources, type ImportCandidate } from './sources';

export interface ImportProgress {
  done: number;
  total: number;
  current?: string;
}

export interface ImportOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Called after each committed batch, so open views can show documents as they arrive. */
  onCommit?: () => void;
  now?: () => string;
  /** Parse workers for bulk imports (the built worker script); without it files parse inline. */
  parseWorkerScript?: string;
}

/** Ids in import order, their random part drawn from a pooled buffer rather than byte by byte. */
const ulid = monotonicFactory(pooledRandom());

function pooledRandom(): () => number {
  let pool = randomBytes(4096);
  let at = 0;
  return () => {
    if (at === pool.length) {
      pool = randomBytes(4096);
      at = 0;
    }
    return pool[at++]! / 256;
  };
}

const PROGRESS_INTERVAL_MS = 100;
/** A batch commits when it holds this many files, this many bytes, or is this old. */
const BATCH_FILES = 250;
const BATCH_BYTES = 32 * 1024 * 1024;
const BATCH_MS = 250;
/** A bulk import collects its garbage this often (see heap-relief.ts). */
const COLLECT_EVERY_MS = 10_000;
/** Files parsed ahead of the writer, by size: enough to keep workers busy through a commit. */
const AHEAD_BYTES = 64 * 1024 * 1024;

/**
 * Imports files and folders as a stream: files are read and parsed ahead of the writer (by parse
 * workers when there are many), taken in their listed order, and written in batches, each batch
 * one transaction. A crash loses at most the open batch and never leaves half a document; the
 * event loop turns between files so that other calls and a cancel are served during a long import.
 */
export async function importSources(db: Db, sources: readonly ImportSource[], options: ImportOptions = {}): Promise<ImportSummary> {
  const now = options.now ?? (() => new Date().toISOString());
  const summary: ImportSummary = { imported: [], skipped: [], failed: [], cancelled: false };
  const candidates: ImportCandidate[] = [];
  for (const expansion of expandSources(sources)) {
    if ('candidate' in expansion) candidates.push(expansion.candidate);
    else if ('unreadable' in expansion) summary.failed.push({ file: expansion.unreadable.file, code: 'UNREADABLE', message: expansion.unreadable.message });
    else summary.skipped.push(expansion.ignored);
  }
  const restoreSync = relaxSyncDuringImport(db);
  const workerScript = options.parseWorkerScript;
  const bulk = workerScript !== undefined && candidates.length >= POOL_THRESHOLD;
  const parser = bulk ? startParsePool(workerScript) : inlineParser;
  let collectedAt = Date.now();
  const ahead: Array<Promise<() => PreparedFile>> = [];
  let batch: PreparedFile[] = [];
  let batchBytes = 0;
  let batchStarted = Date.now();
  let lastProgress = 0;
  let next = 0;
  let aheadBytes = 0;
  const flush = () => {
    if (batch.length === 0) return;
    commitBatch(db, batch, now(), summary);
    batch = [];
    batchBytes = 0;
    options.onCommit?.();
    if (bulk && Date.now() - collectedAt >= COLLECT_EVERY_MS) {
      collectGarbage();
      collectedAt = Date.now();
    }
  };
  try {
    for (const [index, candidate] of candidates.entries()) {
      if (options.signal?.aborted) {
        summary.cancelled = true;
        break;
      }
      if (Date.now() - lastProgress >= PROGRESS_INTERVAL_MS) {
        options.onProgress?.({ done: index, total: candidates.length, current: candidate.file });
        lastProgress = Date.now();
      }
      while (next < candidates.length && ahead.length < parser.parallelism && (ahead.length === 0 || aheadBytes < AHEAD_BYTES)) {
        aheadBytes += candidates[next]!.size;
        const preparing = parser.prepare(candidates[next++]!);
        // Handled here so a refusal waiting its turn is not an unhandled rejection; awaited below.
        preparing.catch(() => {});
        ahead.push(preparing);
      }
      aheadBytes -= candidate.size;
      try {
        const prepared = (await ahead.shift()!)();
        if (batch.length === 0) batchStarted = Date.now();
        batch.push(prepared);
        batchBytes += prepared.bytes.length;
      } catch (error) {
        const appError = error instanceof AppError ? error : new AppError('INTERNAL', `${candidate.file} could not be imported: ${String(error)}`);
        summary.failed.push({ file: candidate.file, code: appError.code, message: appError.message });
      }
      if (batch.length >= BATCH_FILES || batchBytes >= BATCH_BYTES || Date.now() - batchStarted >= BATCH_MS) flush();
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    flush();
  } finally {
    await parser.close();
    restoreSync();
  }
  const done = summary.imported.length + summary.skipped.length + summary.failed.length;
  options.onProgress?.({ done: summary.cancelled ? done : candidates.length, total: candidates.length });
  return summary;
}

/**
 * Batches commit with synchronous = NORMAL: in WAL mode that is still atomic and safe against a
 * killed process, it only skips the fsync of each batch. Going back to FULL ends the import with
 * one fsync of the log, so everything imported is on disk when the import reports done.
 */
function relaxSyncDuringImport(db: Db): () => void {
  const previous = db.pragma('synchronous', { simple: true }) as number;
  db.pragma('synchronous = NORMAL');
  return () => {
    db.pragma(`synchronous = ${previous}`);
    db.pragma('wal_checkpoint(PASSIVE)');
  };
}

function commitBatch(db: Db, batch: readonly PreparedFile[], importedAt: string, summary: ImportSummary): void {
  db.transaction(() => {
    for (const item of batch) {
      const existing = findByContentHash(db, item.contentHash);
      if (existing) {
        const where = existing.trashedAt ? ' (in the Trash)' : '';
        summary.skipped.push({ file: item.file, reason: `duplicate of “${existing.title}”${where}`, uid: existing.uid });
        continue;
      }
      const uid = ulid();
      const { metadata } = item;
      const published = metadata.published?.value ?? null;
      insertDocument(db, {
        uid,
        title: metadata.title.value,
        outlet: metadata.outlet?.value ?? null,
        author: metadata.author?.value ?? null,
        url: metadata.url?.value ?? null,
        published,
        publishedPrecision: precisionOf(published),
        language: metadata.language?.value ?? null,
        text: item.text,
        words: item.words,
        contentHash: item.contentHash,
        sourceName: item.name,
        sourceFormat: item.format,
        sourceBytes: item.bytes,
        importedAt,
        provenance: Object.fromEntries(Object.entries(metadata).map(([field, found]) => [field, found.source])),
      });
      summary.imported.push({ file: item.file, uid, title: ownCopy(metadata.title.value) });
    }
  })();
}

/**
 * V8 keeps a substring as a view into its parent, so a title kept for the summary would keep the
 * whole text of its file alive: 100,000 of them are a gigabyte. A copy holds just the title.
 */
function ownCopy(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/** Runs extraction again on the stored original file; values set by hand are kept. */
export async function reextractDocument(db: Db, uid: string, now: string): Promise<DocumentRecord> {
  requireDocument(db, uid);
  const source = getSource(db, uid);
  if (!source) throw new AppError('NOT_FOUND', 'The original file of this document is not in the notebook.');
  const { article } = await parseFile(source.name ?? 'document.txt', source.bytes);
  const metadata = articleMetadata(article);
  const fields = ['title', 'outlet', 'author', 'url', 'published', 'language'] as const;
  const extracted = Object.fromEntries(fields.map((field) => [field, metadata[field] ?? { value: null, source: 'not found' }]));
  return applyExtracted(db, uid, extracted, now);
}

import { createHash } from 'node:crypto';
import { ulid } from 'ulid';
import { AppError } from '../../../shared/contract/errors';
import type { DocumentRecord } from '../../../shared/model/document';
import type { ImportSource, ImportSummary } from '../../../shared/model/import';
import { precisionOf } from '../../../shared/text/partial-date';
import { countWords } from '../../../shared/text/normalize';
import type { Db } from '../db/open';
import { findByContentHash, getSource, insertDocument } from '../documents/repository';
import { applyExtracted, requireDocument } from '../documents/service';
import { articleMetadata, type Extracted } from './article-metadata';
import { detectFormat } from './detect-format';
import type { ParsedArticle, SourceFormat } from './importer';
import { readCandidate, displayName } from './read-candidate';
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
}

interface Prepared {
  file: string;
  name: string;
  bytes: Uint8Array;
  format: SourceFormat;
  article: ParsedArticle;
  metadata: Extracted;
  contentHash: string;
}

const PROGRESS_INTERVAL_MS = 100;
/** A batch commits when it holds this many files, this many bytes, or is this old. */
const BATCH_FILES = 250;
const BATCH_BYTES = 32 * 1024 * 1024;
const BATCH_MS = 250;

/**
 * Imports files and folders as a stream: each file is read and parsed on its own, and parsed files
 * are written in batches, each batch one transaction. A crash loses at most the open batch and
 * never leaves half a document; the event loop is yielded between files so that other calls and a
 * cancel are served while a long import runs.
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
  let batch: Prepared[] = [];
  let batchBytes = 0;
  let batchStarted = Date.now();
  let lastProgress = 0;
  const flush = () => {
    if (batch.length === 0) return;
    commitBatch(db, batch, now(), summary);
    batch = [];
    batchBytes = 0;
    options.onCommit?.();
  };
  for (const [index, candidate] of candidates.entries()) {
    if (options.signal?.aborted) {
      summary.cancelled = true;
      break;
    }
    if (Date.now() - lastProgress >= PROGRESS_INTERVAL_MS) {
      options.onProgress?.({ done: index, total: candidates.length, current: candidate.file });
      lastProgress = Date.now();
    }
    try {
      const prepared = await prepare(candidate);
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
  const done = summary.imported.length + summary.skipped.length + summary.failed.length;
  options.onProgress?.({ done: summary.cancelled ? done : candidates.length, total: candidates.length });
  return summary;
}

async function prepare(candidate: ImportCandidate): Promise<Prepared> {
  const name = displayName(candidate);
  const bytes = readCandidate(candidate);
  const importer = detectFormat(name, bytes);
  const article = await importer.parse({ name, bytes }, name.replace(/\.[^.]+$/, ''));
  if (article.content.trim() === '') throw new AppError('EMPTY', `${candidate.file} has no text to import.`);
  return {
    file: candidate.file,
    name,
    bytes,
    format: importer.format,
    article,
    metadata: articleMetadata(article, name),
    contentHash: createHash('sha256').update(article.content).digest('hex'),
  };
}

function commitBatch(db: Db, batch: readonly Prepared[], importedAt: string, summary: ImportSummary): void {
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
        title: metadata.title?.value ?? item.article.title,
        outlet: metadata.outlet?.value ?? null,
        author: metadata.author?.value ?? null,
        url: metadata.url?.value ?? null,
        published,
        publishedPrecision: precisionOf(published),
        language: metadata.language?.value ?? null,
        text: item.article.text,
        words: countWords(item.article.content),
        contentHash: item.contentHash,
        sourceName: item.name,
        sourceFormat: item.format,
        sourceBytes: item.bytes,
        importedAt,
        provenance: Object.fromEntries(Object.entries(metadata).map(([field, found]) => [field, found.source])),
      });
      summary.imported.push({ file: item.file, uid, title: metadata.title?.value ?? item.article.title });
    }
  })();
}

/** Runs extraction again on the stored original file; values set by hand are kept. */
export async function reextractDocument(db: Db, uid: string, now: string): Promise<DocumentRecord> {
  requireDocument(db, uid);
  const source = getSource(db, uid);
  if (!source) throw new AppError('NOT_FOUND', 'The original file of this document is not in the notebook.');
  const name = source.name ?? 'document.txt';
  const importer = detectFormat(name, source.bytes);
  const article = await importer.parse({ name, bytes: source.bytes }, name.replace(/\.[^.]+$/, ''));
  const metadata = articleMetadata(article, name);
  const fields = ['title', 'outlet', 'author', 'url', 'published', 'language'] as const;
  const extracted = Object.fromEntries(fields.map((field) => [field, metadata[field] ?? { value: null, source: 'not found' }]));
  return applyExtracted(db, uid, extracted, now);
}

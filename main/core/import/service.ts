import { createHash } from 'node:crypto';
import { openSync, closeSync, fstatSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ulid } from 'ulid';
import { AppError } from '../../../shared/contract/errors';
import { MAX_IMPORT_BYTES, type ImportSource, type ImportSummary } from '../../../shared/model/import';
import { countWords } from '../../../shared/text/normalize';
import type { Db } from '../db/open';
import { findByContentHash, insertDocument } from '../documents/repository';
import { detectFormat } from './detect-format';
import { detectLanguage } from './language';
import { expandSources, unreadableMessage, type ImportCandidate } from './sources';

export interface ImportProgress {
  done: number;
  total: number;
  current?: string;
}

export interface ImportOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Called after each commit, so open views can show documents as they arrive. */
  onCommit?: () => void;
  now?: () => string;
}

type Outcome =
  | { imported: { uid: string; title: string } }
  | { skipped: { reason: string; uid?: string } };

const PROGRESS_INTERVAL_MS = 100;

/**
 * Imports files and folders one file at a time, each in its own transaction, yielding to the event
 * loop between files so that other calls and a cancel are served while a long import runs.
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
  let lastProgress = 0;
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
      const outcome = importCandidate(db, candidate, now());
      if ('imported' in outcome) {
        summary.imported.push({ file: candidate.file, ...outcome.imported });
        options.onCommit?.();
      } else summary.skipped.push({ file: candidate.file, ...outcome.skipped });
    } catch (error) {
      const appError = error instanceof AppError ? error : new AppError('INTERNAL', `${candidate.file} could not be imported: ${String(error)}`);
      summary.failed.push({ file: candidate.file, code: appError.code, message: appError.message });
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  options.onProgress?.({ done: summary.cancelled ? summary.imported.length + summary.skipped.length + summary.failed.length : candidates.length, total: candidates.length });
  return summary;
}

function importCandidate(db: Db, candidate: ImportCandidate, importedAt: string): Outcome {
  const name = candidate.kind === 'path' ? basename(candidate.path) : candidate.file;
  const bytes = readCandidate(candidate);
  const { importer, text } = detectFormat(name, bytes);
  const article = importer.parse(text, name.replace(/\.[^.]+$/, ''));
  if (article.content.trim() === '') throw new AppError('EMPTY', `${candidate.file} has no text to import.`);
  const contentHash = createHash('sha256').update(article.content).digest('hex');
  return db.transaction((): Outcome => {
    const existing = findByContentHash(db, contentHash);
    if (existing) {
      const where = existing.trashedAt ? ' (in the Trash)' : '';
      return { skipped: { reason: `duplicate of “${existing.title}”${where}`, uid: existing.uid } };
    }
    const uid = ulid();
    insertDocument(db, {
      uid,
      title: article.title,
      outlet: article.outlet,
      author: null,
      url: null,
      published: null,
      publishedPrecision: 'unknown',
      language: detectLanguage(article.content),
      text: article.text,
      words: countWords(article.content),
      contentHash,
      sourceName: name,
      sourceFormat: importer.format,
      sourceBytes: bytes,
      importedAt,
    });
    return { imported: { uid, title: article.title } };
  })();
}

/** Reads a file's bytes, refusing empty and oversized files before reading them whole. */
function readCandidate(candidate: ImportCandidate): Uint8Array {
  if (candidate.kind === 'bytes') {
    checkSize(candidate.file, candidate.size);
    if (candidate.data === null) throw new AppError('UNREADABLE', `${candidate.file} was not sent with its contents.`);
    const bytes = Buffer.from(candidate.data, 'base64');
    checkSize(candidate.file, bytes.length);
    return bytes;
  }
  let fd: number;
  try {
    fd = openSync(candidate.path, 'r');
  } catch (error) {
    throw new AppError('UNREADABLE', unreadableMessage(candidate.file, error));
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new AppError('UNREADABLE', `${candidate.file} is a folder.`);
    checkSize(candidate.file, stat.size);
    return readFileSync(fd);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('UNREADABLE', unreadableMessage(candidate.file, error));
  } finally {
    closeSync(fd);
  }
}

function checkSize(file: string, size: number): void {
  if (size === 0) throw new AppError('EMPTY', `${file} is empty.`);
  if (size > MAX_IMPORT_BYTES) {
    const megabytes = (size / (1024 * 1024)).toFixed(1);
    throw new AppError('TOO_LARGE', `${file} is ${megabytes} MB; Dossier imports articles of up to 20 MB.`);
  }
}

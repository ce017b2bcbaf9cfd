import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { latestVersion } from './migrations';
import { migrate } from './migrate';

export type Db = Database.Database;

/** "DOSS": marks a SQLite file as a Dossier notebook, so other databases are never touched. */
export const DOSSIER_APPLICATION_ID = 0x444f5353;

const SQLITE_HEADER = 'SQLite format 3\u0000';

export interface OpenOptions {
  nativeBinding?: string;
}

/**
 * Opens (or creates) a notebook file. A file that is not a Dossier notebook, or is damaged, is
 * refused before anything is written to it: it is inspected read-only first.
 */
export function openNotebook(path: string, options: OpenOptions = {}): Db {
  const existing = existsSync(path) ? inspect(path, options) : undefined;
  const db = connect(path, options, false);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    if (!existing || existing.version === 0) db.pragma(`application_id = ${DOSSIER_APPLICATION_ID}`);
    migrate(db, path);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function connect(path: string, options: OpenOptions, readonly: boolean): Db {
  try {
    return new Database(path, {
      readonly,
      fileMustExist: readonly,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (error) {
    throw new AppError('UNREADABLE', `Dossier could not open ${basename(path)}: ${reason(error)}.`);
  }
}

function inspect(path: string, options: OpenOptions): { version: number } {
  const name = basename(path);
  const stat = statSync(path);
  if (stat.isDirectory()) throw new AppError('UNREADABLE', `${name} is a folder, not a notebook file.`);
  if (stat.size === 0) return { version: 0 };
  if (readHeader(path) !== SQLITE_HEADER) {
    throw new AppError('NOT_A_NOTEBOOK', `${name} is not a Dossier notebook; it was left untouched.`);
  }
  const db = connect(path, options, true);
  try {
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number };
    if (applicationId !== DOSSIER_APPLICATION_ID && (version !== 0 || tables.n > 0)) {
      throw new AppError('NOT_A_NOTEBOOK', `${name} is a database of another program, not a Dossier notebook; it was left untouched.`);
    }
    if (version > latestVersion) {
      throw new AppError(
        'NOT_A_NOTEBOOK',
        `${name} was written by a newer version of Dossier (schema ${version}); update Dossier to open it.`,
      );
    }
    return { version };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('NOT_A_NOTEBOOK', `${name} is damaged and cannot be opened (${reason(error)}); it was left untouched.`);
  } finally {
    db.close();
  }
}

function readHeader(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const read = readSync(fd, buffer, 0, 16, 0);
    return buffer.subarray(0, read).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message.replace(/\.$/, '') : String(error);
}

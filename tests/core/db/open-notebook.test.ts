import Database from 'better-sqlite3';
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/errors';
import { DOSSIER_APPLICATION_ID, openNotebook } from '../../../main/core/db/open';
import { latestVersion } from '../../../main/core/db/migrations';
import { projectRoot } from '../../helpers/corpus';
import { tempDir } from '../../helpers/notebook';
// @ts-expect-error -- a plain .mjs build script without types
import { schemaOf } from '../../../main/build/dump-schema.mjs';

function refusal(path: string): AppError {
  try {
    openNotebook(path).close();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the notebook was opened');
}

describe('opening a notebook', () => {
  it('creates a new notebook at the latest schema, in WAL mode, with foreign keys on', () => {
    const path = join(tempDir(), 'new.sqlite');
    const db = openNotebook(path);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(db.pragma('application_id', { simple: true })).toBe(DOSSIER_APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
  });

  it('matches the committed schema.sql (run `npm run schema` after adding a migration)', () => {
    const db = openNotebook(join(tempDir(), 'schema.sqlite'));
    const committed = readFileSync(join(projectRoot, 'main/core/db/migrations/schema.sql'), 'utf8');
    expect(schemaOf(db)).toBe(committed);
    db.close();
  });

  it('reopens an existing notebook without migrating or backing it up again', () => {
    const dir = tempDir();
    const path = join(dir, 'again.sqlite');
    openNotebook(path).close();
    openNotebook(path).close();
    expect(readdirSync(dir).filter((name) => name.endsWith('.bak'))).toEqual([]);
  });

  it('turns an empty file into a notebook', () => {
    const path = join(tempDir(), 'empty.sqlite');
    writeFileSync(path, '');
    const db = openNotebook(path);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    db.close();
  });

  it('refuses a text file and leaves it byte-for-byte untouched', () => {
    const path = join(tempDir(), 'notes.sqlite');
    writeFileSync(path, 'These are my notes, not a database.');
    const error = refusal(path);
    expect(error.code).toBe('NOT_A_NOTEBOOK');
    expect(error.message).toBe('notes.sqlite is not a Dossier notebook; it was left untouched.');
    expect(readFileSync(path, 'utf8')).toBe('These are my notes, not a database.');
  });

  it("refuses another program's SQLite database without touching it", () => {
    const dir = tempDir();
    const path = join(dir, 'other.sqlite');
    const other = new Database(path);
    other.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ana');");
    other.close();
    const before = readFileSync(path);
    expect(refusal(path).code).toBe('NOT_A_NOTEBOOK');
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['other.sqlite']);
  });

  it('refuses a damaged notebook and leaves it as it was', () => {
    const dir = tempDir();
    const good = join(dir, 'good.sqlite');
    const db = openNotebook(good);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const damaged = join(dir, 'damaged.sqlite');
    copyFileSync(good, damaged);
    const bytes = readFileSync(damaged);
    bytes.fill(0x5a, 100, 4096);
    writeFileSync(damaged, bytes);
    const error = refusal(damaged);
    expect(error.code).toBe('NOT_A_NOTEBOOK');
    expect(error.message).toMatch(/damaged|another program/);
    expect(readFileSync(damaged).equals(bytes)).toBe(true);
  });

  it('refuses a notebook written by a newer Dossier', () => {
    const path = join(tempDir(), 'future.sqlite');
    openNotebook(path).close();
    const db = new Database(path);
    db.pragma(`user_version = ${latestVersion + 1}`);
    db.close();
    expect(refusal(path).message).toMatch(/newer version of Dossier/);
  });

  it('refuses a folder', () => {
    expect(refusal(tempDir()).code).toBe('UNREADABLE');
  });
});

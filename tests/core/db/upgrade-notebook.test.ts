import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOSSIER_APPLICATION_ID, openNotebook } from '../../../main/core/db/open';
import { latestVersion, migrations } from '../../../main/core/db/migrations';
import { search } from '../../../main/core/search/service';
import { tempDir } from '../../helpers/notebook';

/** A notebook as the first release wrote it: schema version 1, the text inside the documents row. */
function versionOneNotebook(path: string): void {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec(migrations[0]!.sql);
  db.pragma(`application_id = ${DOSSIER_APPLICATION_ID}`);
  db.pragma('user_version = 1');
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO documents (uid, title, text, word_count, content_hash, source_format, imported_at, updated_at)
       VALUES ('01HZZZZZZZZZZZZZZZZZZZZZZZ', 'Reunión en Palacio Nacional', 'La canciller Alicia Bárcena recibió a la delegación.', 8, 'hash', 'txt', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')`,
    )
    .run();
  db.prepare('INSERT INTO document_sources (document_id, bytes) VALUES (?, ?)').run(lastInsertRowid, Buffer.from('original bytes'));
  db.close();
}

describe('upgrading a notebook of the first release', () => {
  it('moves every text to its own table, indexes it for search, and keeps a backup first', () => {
    const dir = tempDir();
    const path = join(dir, 'old.sqlite');
    versionOneNotebook(path);
    const db = openNotebook(path);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
      expect(db.prepare('SELECT t.text FROM documents d JOIN document_texts t ON t.document_id = d.id').get()).toEqual({
        text: 'La canciller Alicia Bárcena recibió a la delegación.',
      });
      expect(db.prepare("SELECT count(*) AS n FROM pragma_table_info('documents') WHERE name = 'text'").get()).toEqual({ n: 0 });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(search(db, 'barcena', {}, 10).results.map((result) => result.title)).toEqual(['Reunión en Palacio Nacional']);
      expect(search(db, 'palacio', {}, 10).total).toBe(1);
    } finally {
      db.close();
    }
    expect(readdirSync(dir).filter((name) => name.endsWith('.bak'))).toHaveLength(1);
  });

  it('keeps the search index in step when a document is retitled or deleted', () => {
    const path = join(tempDir(), 'old.sqlite');
    versionOneNotebook(path);
    const db = openNotebook(path);
    try {
      db.prepare("UPDATE documents SET title = 'Encuentro en Tlatelolco'").run();
      expect(search(db, 'tlatelolco', {}, 10).total).toBe(1);
      expect(search(db, 'palacio', {}, 10).total).toBe(0);
      db.prepare('DELETE FROM documents').run();
      expect(search(db, 'barcena', {}, 10).total).toBe(0);
      expect(db.prepare('SELECT count(*) AS n FROM document_texts').get()).toEqual({ n: 0 });
      db.prepare("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')").run();
    } finally {
      db.close();
    }
  });
});

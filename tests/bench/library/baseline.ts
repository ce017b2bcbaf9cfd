import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ulid } from 'ulid';
import { openNotebook } from '../../../main/core/db/open';

/**
 * The baseline: the same files inserted by a bare better-sqlite3 loop in one transaction into the
 * same schema (FTS triggers included), with only the parsing any importer must do. Returns ms.
 */
export function insertBaseline(folder: string, notebookPath: string): number {
  const db = openNotebook(notebookPath);
  const start = performance.now();
  const insert = db.prepare(
    `INSERT INTO documents (uid, title, word_count, content_hash, source_name, source_format, imported_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'txt', ?, ?)`,
  );
  const text = db.prepare('INSERT INTO document_texts (document_id, text) VALUES (?, ?)');
  const source = db.prepare('INSERT INTO document_sources (document_id, bytes) VALUES (?, ?)');
  const now = new Date().toISOString();
  db.transaction(() => {
    for (const name of readdirSync(folder)) {
      const bytes = readFileSync(join(folder, name));
      const content = bytes.toString('utf8');
      const newline = content.indexOf('\n');
      const hash = createHash('sha256').update(content).digest('hex');
      const { lastInsertRowid } = insert.run(ulid(), content.slice(0, newline), Math.round(content.length / 6), hash, name, now, now);
      text.run(lastInsertRowid, content.slice(newline + 2));
      source.run(lastInsertRowid, bytes);
    }
  })();
  const ms = performance.now() - start;
  db.close();
  return ms;
}

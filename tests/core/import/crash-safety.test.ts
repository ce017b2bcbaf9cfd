import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleNodeEntries } from '../../helpers/bundle';
import { tempDir } from '../../helpers/notebook';

const FILES = 5_000;
let cli: string;
beforeAll(async () => {
  cli = (await bundleNodeEntries()).cli;
});

function countDocuments(path: string): number {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

describe('an import killed with SIGKILL', () => {
  it('leaves a sound notebook with whole documents, and a re-run completes it without duplicates', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const folder = join(dir, 'clippings');
    mkdirSync(folder);
    for (let i = 0; i < FILES; i++) {
      writeFileSync(join(folder, `clip-${String(i).padStart(5, '0')}.txt`), `Meeting report ${i}\n\nThe delegations met; marker token zq${i}x was noted.\n`);
    }
    const notebook = join(dir, 'crash.sqlite');
    const child = spawn(process.execPath, [cli, 'import', '--json', '--notebook', notebook, folder], { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    let atKill = 0;
    while (atKill === 0) {
      await new Promise((resolve) => setTimeout(resolve, 15));
      atKill = countDocuments(notebook);
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const db = new Database(notebook);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.prepare("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')").run();
      const committed = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
      expect(committed).toBeGreaterThan(0);
      expect(committed).toBeLessThan(FILES);
      const orphans = db.prepare('SELECT count(*) AS n FROM documents d LEFT JOIN document_sources s ON s.document_id = d.id WHERE s.document_id IS NULL').get() as { n: number };
      expect(orphans.n).toBe(0);
      const titles = db.prepare('SELECT title FROM documents').all() as Array<{ title: string }>;
      const search = db.prepare('SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH ?');
      for (const { title } of titles) {
        const n = Number(title.replace('Meeting report ', ''));
        expect((search.get(`zq${n}x`) as { n: number }).n).toBe(1);
      }
    } finally {
      db.close();
    }

    const rerun = spawnSync(process.execPath, [cli, 'import', '--json', '--notebook', notebook, folder], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(rerun.status).toBe(0);
    const summary = JSON.parse(rerun.stdout);
    expect(summary.failed).toEqual([]);
    expect(summary.imported.length + summary.skipped.length).toBe(FILES);
    const after = new Database(notebook, { readonly: true });
    try {
      expect(after.prepare('SELECT count(*) AS n, count(DISTINCT content_hash) AS distinct_hashes FROM documents').get()).toEqual({ n: FILES, distinct_hashes: FILES });
    } finally {
      after.close();
    }
  });
});

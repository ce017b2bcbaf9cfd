import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';
import { latestVersion, migrations } from './migrations';

/**
 * Brings the notebook to the latest schema. Each migration runs in its own transaction and must
 * leave no foreign-key violation; an existing notebook is first copied beside itself so that a
 * failed upgrade never costs the researcher their data.
 */
export function migrate(db: Database.Database, path: string): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current >= latestVersion) return;
  if (current > 0) backup(db, path, current);
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      const violations = db.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) {
        throw new AppError('INTERNAL', `Migration ${migration.name} left ${violations.length} broken references.`);
      }
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') throw new AppError('INTERNAL', `The notebook failed its integrity check after upgrading: ${String(integrity)}`);
}

function backup(db: Database.Database, path: string, version: number): void {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = `${path}.v${version}-${stamp}.bak`;
  db.prepare('VACUUM INTO ?').run(target);
}

import documents from './0001_documents.sql';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Forward-only, in order; a migration's version is the `user_version` it leaves behind. */
export const migrations: readonly Migration[] = [{ version: 1, name: '0001_documents', sql: documents }];

export const latestVersion = migrations.at(-1)?.version ?? 0;

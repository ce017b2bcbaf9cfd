import type { Country, Office, Official } from '../../../shared/model/official';
import type { Db } from '../db/open';
import { statement } from '../db/statements';

interface OfficialRow {
  id: number;
  uid: string;
  name: string;
  country: Country | null;
  affiliation: string | null;
  notes: string;
  wikidata: string | null;
  mentions: number;
  documents: number;
}

const COUNTED = `SELECT o.id, o.uid, o.name, o.country, o.affiliation, o.notes, o.wikidata,
    (SELECT count(*) FROM mentions m JOIN documents d ON d.id = m.document_id
       WHERE m.official_id = o.id AND m.state = 'confirmed' AND d.trashed_at IS NULL) AS mentions,
    (SELECT count(DISTINCT m.document_id) FROM mentions m JOIN documents d ON d.id = m.document_id
       WHERE m.official_id = o.id AND m.state = 'confirmed' AND d.trashed_at IS NULL) AS documents
  FROM officials o`;

export interface OfficialColumns {
  name: string;
  country: Country | null;
  affiliation: string | null;
  notes: string;
  wikidata: string | null;
}

export function insertOfficial(db: Db, uid: string, columns: OfficialColumns, now: string): number {
  const { lastInsertRowid } = statement(
    db,
    `INSERT INTO officials (uid, name, country, affiliation, notes, wikidata, created_at, updated_at)
     VALUES (@uid, @name, @country, @affiliation, @notes, @wikidata, @now, @now)`,
  ).run({ uid, ...columns, now });
  return Number(lastInsertRowid);
}

export function updateOfficialColumns(db: Db, id: number, columns: Partial<OfficialColumns>, now: string): void {
  const assignments = [...Object.keys(columns).map((column) => `${column} = @${column}`), 'updated_at = @now'].join(', ');
  db.prepare(`UPDATE officials SET ${assignments} WHERE id = @id`).run({ ...columns, now, id });
}

/** Replaces a person's forms (the name among them); forms that fold alike are kept once. */
export function setAliases(db: Db, officialId: number, aliases: ReadonlyArray<{ alias: string; folded: string }>): void {
  statement(db, 'DELETE FROM official_aliases WHERE official_id = ?').run(officialId);
  const insert = statement(db, 'INSERT OR IGNORE INTO official_aliases (official_id, alias, folded) VALUES (?, ?, ?)');
  for (const { alias, folded } of aliases) insert.run(officialId, alias, folded);
}

export function setOffices(db: Db, officialId: number, offices: readonly Office[]): void {
  statement(db, 'DELETE FROM official_offices WHERE official_id = ?').run(officialId);
  const insert = statement(db, 'INSERT INTO official_offices (official_id, title, start_date, end_date, position) VALUES (?, ?, ?, ?, ?)');
  offices.forEach((office, position) => insert.run(officialId, office.title, office.start, office.end, position));
}

export function findOfficialId(db: Db, uid: string, includeDeleted = false): number | undefined {
  const row = statement(db, `SELECT id FROM officials WHERE uid = ? ${includeDeleted ? '' : 'AND deleted_at IS NULL'}`).get(uid) as
    | { id: number }
    | undefined;
  return row?.id;
}

export function getOfficial(db: Db, uid: string): Official | undefined {
  const row = statement(db, `${COUNTED} WHERE o.uid = ? AND o.deleted_at IS NULL`).get(uid) as OfficialRow | undefined;
  return row && withDetails(db, [row])[0];
}

/** Live officials by name, with their counts; `query` matches the name or any alias, folded. */
export function listOfficials(db: Db, filter: { folded?: string; country?: Country }): Official[] {
  const where = ['o.deleted_at IS NULL'];
  const params: Record<string, unknown> = {};
  if (filter.folded) {
    where.push(`o.id IN (SELECT official_id FROM official_aliases WHERE instr(folded, :folded) > 0)`);
    params.folded = filter.folded;
  }
  if (filter.country) {
    where.push('o.country = :country');
    params.country = filter.country;
  }
  const rows = statement(db, `${COUNTED} WHERE ${where.join(' AND ')} ORDER BY o.name COLLATE NOCASE, o.id`).all(params) as OfficialRow[];
  return withDetails(db, rows);
}

/** The registry as the matcher needs it: every live person with the forms they are written in. */
export function registryForMatching(db: Db): Array<{ id: number; name: string; aliases: string[] }> {
  const rows = statement(db, 'SELECT id, name FROM officials WHERE deleted_at IS NULL').all() as Array<{ id: number; name: string }>;
  const aliases = aliasesOf(db, rows.map((row) => row.id));
  return rows.map((row) => ({ id: row.id, name: row.name, aliases: (aliases.get(row.id) ?? []).filter((alias) => alias !== row.name) }));
}

export function setDeleted(db: Db, uids: readonly string[], deletedAt: string | null): number {
  const update =
    deletedAt === null
      ? statement(db, 'UPDATE officials SET deleted_at = NULL WHERE uid = ? AND deleted_at IS NOT NULL')
      : statement(db, 'UPDATE officials SET deleted_at = ? WHERE uid = ? AND deleted_at IS NULL');
  let count = 0;
  for (const uid of uids) count += (deletedAt === null ? update.run(uid) : update.run(deletedAt, uid)).changes;
  return count;
}

/** Deletes for good, with their mentions, the officials earlier sessions deleted. */
export function purgeDeletedOfficials(db: Db): number {
  return db.prepare('DELETE FROM officials WHERE deleted_at IS NOT NULL').run().changes;
}

function aliasesOf(db: Db, ids: readonly number[]): Map<number, string[]> {
  const rows = statement(db, 'SELECT official_id AS id, alias FROM official_aliases WHERE official_id IN (SELECT value FROM json_each(?)) ORDER BY official_aliases.id').all(
    JSON.stringify(ids),
  ) as Array<{ id: number; alias: string }>;
  const byId = new Map<number, string[]>();
  for (const { id, alias } of rows) byId.set(id, [...(byId.get(id) ?? []), alias]);
  return byId;
}

function withDetails(db: Db, rows: readonly OfficialRow[]): Official[] {
  const ids = rows.map((row) => row.id);
  const aliases = aliasesOf(db, ids);
  const offices = statement(
    db,
    `SELECT official_id AS id, title, start_date AS start, end_date AS end FROM official_offices
     WHERE official_id IN (SELECT value FROM json_each(?)) ORDER BY official_id, position`,
  ).all(JSON.stringify(ids)) as Array<Office & { id: number }>;
  const officesById = new Map<number, Office[]>();
  for (const { id, ...office } of offices) officesById.set(id, [...(officesById.get(id) ?? []), office]);
  return rows.map((row) => ({
    uid: row.uid,
    name: row.name,
    aliases: (aliases.get(row.id) ?? []).filter((alias) => alias !== row.name),
    country: row.country,
    offices: officesById.get(row.id) ?? [],
    affiliation: row.affiliation,
    notes: row.notes,
    wikidata: row.wikidata,
    mentions: row.mentions,
    documents: row.documents,
  }));
}

export function rejectedCandidates(db: Db): Set<string> {
  return new Set((statement(db, 'SELECT folded FROM rejected_candidates').pluck().all() as string[]));
}

export function officialUidsById(db: Db): Map<number, { uid: string; name: string }> {
  const rows = statement(db, 'SELECT id, uid, name FROM officials WHERE deleted_at IS NULL').all() as Array<{ id: number; uid: string; name: string }>;
  return new Map(rows.map((row) => [row.id, { uid: row.uid, name: row.name }]));
}

export interface MentionDecision {
  officialId: number;
  documentId: number;
  start: number;
  end: number;
  text: string;
  rule: string | null;
}

/** Records the researcher's decision on a mention; a later decision on the same span replaces it. */
export function decideMention(db: Db, uid: string, decision: MentionDecision, state: 'confirmed' | 'rejected', now: string): number {
  return statement(
    db,
    `INSERT INTO mentions (uid, official_id, document_id, start_offset, end_offset, text, state, rule, created_at, updated_at)
     VALUES (@uid, @officialId, @documentId, @start, @end, @text, @state, @rule, @now, @now)
     ON CONFLICT (official_id, document_id, start_offset, end_offset) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at
     WHERE state <> excluded.state`,
  ).run({ uid, ...decision, state, now }).changes;
}

/** Forgets decisions, so that their spans are suggested again (what an undo of a decision does). */
export function forgetMention(db: Db, decision: Pick<MentionDecision, 'officialId' | 'documentId' | 'start' | 'end'>): number {
  return statement(db, 'DELETE FROM mentions WHERE official_id = @officialId AND document_id = @documentId AND start_offset = @start AND end_offset = @end').run(
    decision,
  ).changes;
}

export function rejectCandidate(db: Db, folded: string, now: string): number {
  return statement(db, 'INSERT OR IGNORE INTO rejected_candidates (folded, rejected_at) VALUES (?, ?)').run(folded, now).changes;
}

export function unrejectCandidate(db: Db, folded: string): number {
  return statement(db, 'DELETE FROM rejected_candidates WHERE folded = ?').run(folded).changes;
}

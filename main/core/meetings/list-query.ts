import { AppError } from '../../../shared/contract/errors';
import type { MeetingFilter } from '../../../shared/model/meeting';
import type { Db } from '../db/open';
import { foldPlaceText } from './dates-and-places';

export interface MeetingListQuery {
  filter: MeetingFilter;
  direction: 'asc' | 'desc';
  limit: number;
  cursor: string | null;
}

/** Where the previous page ended: the last meeting's date rank, date key and id. */
interface Cursor {
  direction: 'asc' | 'desc';
  rank: number;
  key: string;
  id: number;
}

const DATE_KEY = "IFNULL(m.start_date, '')";

function filterClause(filter: MeetingFilter): { sql: string[]; params: Record<string, unknown> } {
  const sql = ['m.deleted_at IS NULL'];
  const params: Record<string, unknown> = {};
  if (filter.officialUid !== undefined) {
    sql.push(`m.id IN (SELECT p.meeting_id FROM meeting_participants p JOIN officials o ON o.id = p.official_id
      WHERE o.uid = :officialUid AND o.deleted_at IS NULL)`);
    params.officialUid = filter.officialUid;
  }
  if (filter.side !== undefined) {
    sql.push(`m.id IN (SELECT p.meeting_id FROM meeting_participants p JOIN officials o ON o.id = p.official_id
      WHERE p.side = :side AND o.deleted_at IS NULL)`);
    params.side = filter.side;
  }
  if (filter.topicUid !== undefined) {
    // A parent label stands for its children, as in the Annotations view.
    sql.push(`m.id IN (SELECT t.meeting_id FROM meeting_topics t JOIN labels l ON l.id = t.label_id
      WHERE l.uid = :topicUid OR l.parent_id = (SELECT id FROM labels WHERE uid = :topicUid))`);
    params.topicUid = filter.topicUid;
  }
  if (filter.place !== undefined) {
    sql.push('instr(m.place_folded, :place) > 0');
    params.place = foldPlaceText(filter.place);
  }
  if (filter.from !== undefined || filter.to !== undefined) {
    // Only dates with a known year fall in a range; `--10-03` sorts before every digit.
    sql.push("m.start_date GLOB '[0-9]*'");
  }
  if (filter.from !== undefined) {
    sql.push('m.start_date >= :from');
    params.from = filter.from;
  }
  if (filter.to !== undefined) {
    // '~' sorts after every digit and '-': `2021-12~` bounds every day of December 2021.
    sql.push('m.start_date <= :to');
    params.to = `${filter.to}~`;
  }
  return { sql, params };
}

/**
 * One page of meetings by keyset: dated meetings first, then those of unknown year, then undated,
 * each group by date in the direction asked, ties by creation. Never OFFSET, so a page deep in
 * five thousand meetings costs what the first does.
 */
export function meetingPage(db: Db, query: MeetingListQuery): { ids: number[]; nextCursor: string | null; total: number | null } {
  const where = filterClause(query.filter);
  const total = query.cursor === null ? countMatching(db, where) : null;
  const ascending = query.direction === 'asc';
  const order = ascending ? 'ASC' : 'DESC';
  if (query.cursor !== null) {
    const cursor = decodeCursor(query.cursor, query.direction);
    const after = ascending ? `(${DATE_KEY}, m.id) > (:cursorKey, :cursorId)` : `(${DATE_KEY}, m.id) < (:cursorKey, :cursorId)`;
    where.sql.push(`(m.date_rank > :cursorRank OR (m.date_rank = :cursorRank AND ${after}))`);
    Object.assign(where.params, { cursorRank: cursor.rank, cursorKey: cursor.key, cursorId: cursor.id });
  }
  const rows = db
    .prepare(
      `SELECT m.id, m.date_rank AS rank, ${DATE_KEY} AS key FROM meetings m WHERE ${where.sql.join(' AND ')}
       ORDER BY m.date_rank, ${DATE_KEY} ${order}, m.id ${order} LIMIT :limit`,
    )
    .all({ ...where.params, limit: query.limit + 1 }) as Array<{ id: number; rank: number; key: string }>;
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor({ direction: query.direction, rank: last.rank, key: last.key, id: last.id }) : null;
  return { ids: page.map((row) => row.id), nextCursor, total };
}

function countMatching(db: Db, where: { sql: string[]; params: Record<string, unknown> }): number {
  return (db.prepare(`SELECT count(*) FROM meetings m WHERE ${where.sql.join(' AND ')}`).pluck().get(where.params) as number) ?? 0;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(encoded: string, direction: 'asc' | 'desc'): Cursor {
  let cursor: Partial<Cursor> | undefined;
  try {
    cursor = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Partial<Cursor>;
  } catch {
    cursor = undefined;
  }
  const valid =
    cursor !== undefined &&
    cursor !== null &&
    cursor.direction === direction &&
    Number.isInteger(cursor.rank) &&
    typeof cursor.key === 'string' &&
    Number.isInteger(cursor.id);
  if (!valid) throw new AppError('INVALID_INPUT', 'That page of the meetings list is out of date; reload the list from the top.');
  return cursor as Cursor;
}

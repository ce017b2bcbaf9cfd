import { AppError } from '../../../shared/contract/errors';
import type { DocumentFilter, DocumentSort } from '../../../shared/model/document';

/** The ORDER BY key of each sort: it must match an index in 0002 exactly for keyset paging. */
const SORT_KEYS: Record<DocumentSort, { expression: string; column: string }> = {
  title: { expression: 'title COLLATE NOCASE', column: 'title' },
  published: { expression: "IFNULL(published, '')", column: "IFNULL(published, '')" },
  outlet: { expression: "IFNULL(outlet, '') COLLATE NOCASE", column: "IFNULL(outlet, '')" },
  importedAt: { expression: 'imported_at', column: 'imported_at' },
  words: { expression: 'word_count', column: 'word_count' },
};

export interface ListQuery {
  trash: boolean;
  sort: DocumentSort;
  direction: 'asc' | 'desc';
  filter: DocumentFilter;
  limit: number;
  cursor: string | null;
}

type Cursor = { sort: DocumentSort; direction: 'asc' | 'desc'; value: string | number; id: number };

/** Builds the WHERE clause shared by the page query, the count and search. */
export function filterClause(trash: boolean, filter: DocumentFilter, alias = ''): { sql: string[]; params: Record<string, unknown> } {
  const column = (name: string) => `${alias}${name}`;
  const sql = [trash ? `${column('trashed_at')} IS NOT NULL` : `${column('trashed_at')} IS NULL`];
  const params: Record<string, unknown> = {};
  if (filter.publishedFrom !== undefined || filter.publishedTo !== undefined) {
    // Only dates with a known year fall in a range; `--10-03` sorts before every digit.
    sql.push(`${column('published')} GLOB '[0-9]*'`);
  }
  if (filter.publishedFrom !== undefined) {
    sql.push(`${column('published')} >= :publishedFrom`);
    params.publishedFrom = filter.publishedFrom;
  }
  if (filter.publishedTo !== undefined) {
    // '~' sorts after every digit and '-': `2021-12~` bounds every day of December 2021.
    sql.push(`${column('published')} <= :publishedTo`);
    params.publishedTo = `${filter.publishedTo}~`;
  }
  if (filter.outlet !== undefined) {
    sql.push(`${column('outlet')} = :outlet`);
    params.outlet = filter.outlet;
  }
  if (filter.language !== undefined) {
    sql.push(`${column('language')} = :language`);
    params.language = filter.language;
  }
  return { sql, params };
}

/**
 * One page of the Library by keyset: `(key, id)` strictly after the cursor, never OFFSET, so the
 * thousandth page costs what the first does. The redundant `key >= value` bound lets SQLite seek
 * the expression index instead of scanning it.
 */
export function pageQuery(query: ListQuery, columns: string): { sql: string; params: Record<string, unknown> } {
  const { expression } = SORT_KEYS[query.sort];
  const where = filterClause(query.trash, query.filter);
  const ascending = query.direction === 'asc';
  const cursor = query.cursor === null ? null : decodeCursor(query.cursor, query);
  if (cursor) {
    const op = ascending ? '>' : '<';
    where.sql.push(`${expression} ${op}= :cursorValue`, `(${expression}, id) ${op} (:cursorValue, :cursorId)`);
    where.params.cursorValue = cursor.value;
    where.params.cursorId = cursor.id;
  }
  const order = ascending ? 'ASC' : 'DESC';
  return {
    sql: `SELECT ${columns}, ${SORT_KEYS[query.sort].column} AS sort_value FROM documents
          WHERE ${where.sql.join(' AND ')} ORDER BY ${expression} ${order}, id ${order} LIMIT :limit`,
    params: { ...where.params, limit: query.limit + 1 },
  };
}

export function encodeCursor(query: ListQuery, value: string | number, id: number): string {
  const cursor: Cursor = { sort: query.sort, direction: query.direction, value, id };
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(encoded: string, query: ListQuery): Cursor {
  let cursor: Partial<Cursor> | undefined;
  try {
    cursor = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Partial<Cursor>;
  } catch {
    cursor = undefined;
  }
  const valid =
    cursor !== undefined &&
    cursor.sort === query.sort &&
    cursor.direction === query.direction &&
    (typeof cursor.value === 'string' || typeof cursor.value === 'number') &&
    Number.isInteger(cursor.id);
  if (!valid) throw new AppError('INVALID_INPUT', 'That page of the list is out of date; reload the list from the top.');
  return cursor as Cursor;
}

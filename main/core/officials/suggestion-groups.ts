/** The first page of a group as last shown, kept until the group changes. */
export interface CachedPage<T> {
  limit: number;
  mentions: readonly T[];
}

/** What every group of the queue has, whatever it proposes. */
export interface Group<T> {
  /** When the group was first found: groups of one size keep that order. */
  order: number;
  /** Each mention (or person of a document) as the position of its document in Assembly.documents… */
  documents: number[];
  /** …and its index among that document's findings of its kind. */
  items: number[];
  page: CachedPage<T> | null;
}

/** Where a page ends: the next starts after this mention (by document row id, then offset). */
export interface PageEnd {
  documentId: number;
  start: number;
}

export const isAfter = (documentId: number, start: number, end: PageEnd | null) =>
  end === null || documentId > end.documentId || (documentId === end.documentId && start > end.start);

/** A new document comes after every other, so its mentions change only a first page that was not full. */
export function dropPageUnlessFull<T>(group: Group<T>): void {
  if (group.page && group.page.mentions.length < group.page.limit) group.page = null;
}

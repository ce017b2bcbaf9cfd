import type { Annotation, AnnotationFilter, AnnotationListItem, Label } from '../../shared/model/annotation';
import { FakeTransport, fakeUid } from './helpers/fake-transport';

export function label(overrides: Partial<Label> & Pick<Label, 'name'>): Label {
  return { uid: fakeUid(), color: 'yellow', parentUid: null, description: '', position: 0, count: 0, ...overrides };
}

export function listItem(overrides: Partial<AnnotationListItem> = {}): AnnotationListItem {
  return {
    uid: fakeUid(),
    documentUid: fakeUid(),
    documentTitle: 'Untitled',
    outlet: null,
    published: null,
    passage: { start: 0, end: 10, exact: 'A quote', prefix: '', suffix: '', state: 'anchored' },
    note: '',
    labelUids: [],
    createdAt: '2024-03-05T10:00:00.000Z',
    updatedAt: '2024-03-05T10:00:00.000Z',
    ...overrides,
  };
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Annotations held in memory behind a fake transport: filtered (a label includes its children) and
 * paged lists, relabel/update with `previous`, delete and restore. The cursor is an offset in disguise.
 * Pass a transport (e.g. fakeNotebook's) to add these channels to a notebook of documents.
 */
export function fakeAnnotations(initial: AnnotationListItem[], labels: Label[] = [], transport = new FakeTransport()) {
  let items = initial.map((item) => ({ ...item, deleted: false }));
  const live = () => items.filter((item) => !item.deleted);
  const base = ({ deleted: _deleted, documentTitle: _title, outlet: _outlet, published: _published, ...rest }: (typeof items)[number]): Annotation => rest;

  function matches(item: AnnotationListItem, filter: AnnotationFilter): boolean {
    const family = filter.labelUid === undefined ? null : [filter.labelUid, ...labels.filter((l) => l.parentUid === filter.labelUid).map((l) => l.uid)];
    const text = fold(`${item.passage?.exact ?? ''} ${item.note}`);
    return (
      (family === null || item.labelUids.some((uid) => family.includes(uid))) &&
      (filter.documentUid === undefined || item.documentUid === filter.documentUid) &&
      (filter.outlet === undefined || item.outlet === filter.outlet) &&
      (filter.state === undefined || item.passage?.state === filter.state) &&
      (filter.query === undefined || fold(filter.query).split(/\s+/).every((word) => text.includes(word)))
    );
  }

  function edit(edits: { uid: string; note?: string; labelUids?: string[] }[]) {
    const previous = edits.map((change) => {
      const item = items.find((candidate) => candidate.uid === change.uid)!;
      return { uid: change.uid, ...(change.note !== undefined && { note: item.note }), ...(change.labelUids !== undefined && { labelUids: item.labelUids }) };
    });
    items = items.map((item) => {
      const change = edits.find((candidate) => candidate.uid === item.uid);
      return change ? { ...item, ...(change.note !== undefined && { note: change.note }), ...(change.labelUids && { labelUids: change.labelUids }) } : item;
    });
    return { items: edits.map((change) => base(items.find((item) => item.uid === change.uid)!)), previous };
  }

  transport
    .handle('labels.list', () => ({ labels }))
    .handle('annotations.list', (input) => {
      const matching = live().filter((item) => matches(item, input.filter ?? {}));
      const start = input.cursor ? Number(input.cursor.slice('after:'.length)) : 0;
      const end = start + (input.limit ?? 200);
      return {
        items: matching.slice(start, end).map(({ deleted: _deleted, ...item }) => item),
        nextCursor: end < matching.length ? `after:${end}` : null,
        total: input.cursor ? null : matching.length,
      };
    })
    .handle('annotations.relabel', (input) =>
      edit(
        input.uids.map((uid) => {
          const current = items.find((item) => item.uid === uid)!.labelUids;
          const kept = current.filter((labelUid) => !(input.remove ?? []).includes(labelUid));
          return { uid, labelUids: [...kept, ...(input.add ?? []).filter((labelUid) => !kept.includes(labelUid))] };
        }),
      ),
    )
    .handle('annotations.update', (input) => edit(input.edits))
    .handle('annotations.delete', (input) => {
      items = items.map((item) => (input.uids.includes(item.uid) ? { ...item, deleted: true } : item));
      return { count: input.uids.length };
    })
    .handle('annotations.restore', (input) => {
      items = items.map((item) => (input.uids.includes(item.uid) ? { ...item, deleted: false } : item));
      return { count: input.uids.length };
    })
    .handle('annotations.forDocument', (input) => ({ items: live().filter((item) => item.documentUid === input.documentUid).map(base) }));
  return { transport, items: live };
}

/** A small notebook: two documents, a label with a child, highlights, a document note, a lost passage. */
export function sampleNotebook() {
  const security = label({ name: 'Security', color: 'blue' });
  const fentanyl = label({ name: 'Fentanyl', color: 'vermillion', parentUid: security.uid });
  const migration = label({ name: 'Migration', color: 'green' });
  const budget = { documentUid: fakeUid(), documentTitle: 'Council approves budget', outlet: 'El Diario' };
  const unions = { documentUid: fakeUid(), documentTitle: 'Mayor meets unions', outlet: 'The Herald' };
  const passage = (exact: string, state: 'anchored' | 'orphaned' = 'anchored') => ({ start: 0, end: exact.length, exact, prefix: '', suffix: '', state });
  const annotations = [
    listItem({ ...budget, passage: passage('Funds for fentanyl testing in every clinic'), note: '**Key** point, see [the memo](https://example.org/memo)', labelUids: [fentanyl.uid] }),
    listItem({ ...budget, passage: passage('Border crossings rose by a third'), labelUids: [migration.uid, security.uid] }),
    listItem({ ...unions, passage: null, note: 'Follow up with the unions in _March_', createdAt: '2024-04-01T09:00:00.000Z' }),
    listItem({ ...unions, passage: passage('A sentence that was removed', 'orphaned'), labelUids: [security.uid] }),
  ];
  return { labels: { security, fentanyl, migration }, documents: { budget, unions }, annotations, ...fakeAnnotations(annotations, [security, fentanyl, migration]) };
}

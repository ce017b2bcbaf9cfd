import { describe, expect, it } from 'vitest';
import type { DocumentSort } from '../../../shared/model/document';
import { openTestNotebook, runImport } from '../../helpers/notebook';

const OUTLETS = ['El Universal', 'EL UNIVERSAL', 'Reforma', 'La Jornada', null];

async function generatedNotebook(count: number) {
  const notebook = openTestNotebook();
  const sources = Array.from({ length: count }, (_, i) => {
    const outlet = OUTLETS[i % OUTLETS.length];
    const title = `${['Ebrard', 'bárcena', 'Mayorkas', 'Zúñiga'][i % 4]} meeting on migration ${String((i * 7919) % count).padStart(4, '0')}${outlet ? ` – ${outlet}` : ''}`;
    const body = `${title}\n\nThe delegations met for round ${i}.${' More words.'.repeat(i % 13)}`;
    return { kind: 'bytes' as const, name: `a${i}.txt`, size: body.length, data: Buffer.from(body).toString('base64') };
  });
  const summary = await runImport(notebook.core, sources);
  expect(summary.imported).toHaveLength(count);
  return notebook;
}

describe('paging the Library by keyset', () => {
  it.each<[DocumentSort, 'asc' | 'desc']>([
    ['title', 'asc'],
    ['title', 'desc'],
    ['outlet', 'asc'],
    ['outlet', 'desc'],
    ['words', 'asc'],
    ['importedAt', 'desc'],
    ['published', 'asc'],
  ])('walks every document exactly once, in order, sorted by %s %s', async (sort, direction) => {
    const notebook = await generatedNotebook(230);
    const all = await notebook.call('documents.list', { sort, direction, limit: 500 });
    expect(all.total).toBe(230);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof notebook.call<'documents.list'>>> = await notebook.call('documents.list', { sort, direction, limit: 37, cursor });
      seen.push(...page.items.map((item) => item.uid));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((item) => item.uid));
    expect(new Set(seen).size).toBe(230);
    if (sort === 'title') {
      const titles = all.items.map((item) => item.title.toLowerCase());
      const sorted = [...titles].sort();
      expect(titles).toEqual(direction === 'asc' ? sorted : sorted.reverse());
    }
  });

  it('refuses a cursor from another sort instead of returning a wrong page', async () => {
    const notebook = await generatedNotebook(20);
    const page = await notebook.call('documents.list', { sort: 'title', direction: 'asc', limit: 5 });
    const envelope = await notebook.core.invoke('documents.list', { sort: 'words', direction: 'asc', limit: 5, cursor: page.nextCursor });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/reload the list/) } });
    const garbage = await notebook.core.invoke('documents.list', { cursor: 'not-a-cursor' });
    expect(garbage).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('filters by outlet, language and a published-date range', async () => {
    const notebook = await generatedNotebook(40);
    const reforma = await notebook.call('documents.list', { filter: { outlet: 'Reforma' } });
    expect(reforma.total).toBe(8);
    expect(reforma.items.every((item) => item.outlet === 'Reforma')).toBe(true);
    const { items } = await notebook.call('documents.list', { sort: 'words', direction: 'asc' });
    const dates = ['2021-08-11', '2021-08', '2021-12-31', '2022-01-01', '--08-20', '2021'];
    for (const [i, published] of dates.entries()) await notebook.call('documents.update', { uid: items[i]!.uid, patch: { published } });
    const august = await notebook.call('documents.list', { filter: { publishedFrom: '2021-08', publishedTo: '2021-08' }, sort: 'published', direction: 'asc' });
    expect(august.items.map((item) => item.published)).toEqual(['2021-08', '2021-08-11']);
    const year = await notebook.call('documents.list', { filter: { publishedFrom: '2021', publishedTo: '2021' }, sort: 'published', direction: 'asc' });
    expect(year.items.map((item) => item.published)).toEqual(['2021', '2021-08', '2021-08-11', '2021-12-31']);
    const facets = await notebook.call('documents.facets', {});
    expect(facets.outlets.find((o) => o.name.toLowerCase() === 'el universal')?.count).toBe(16);
  });
});

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../shared/contract/channels';
import { openTestNotebook, type TestNotebook } from '../../helpers/notebook';
import { errorOf, official } from './fixture';

async function titles(notebook: TestNotebook, input: ChannelInput<'meetings.list'>): Promise<string[]> {
  return (await notebook.call('meetings.list', input)).items.map((item) => item.title);
}

/** Meetings of every date precision, with sides, topics (one a sub-label) and places. */
async function agenda() {
  const notebook = openTestNotebook();
  const ebrard = await official(notebook, 'Marcelo Ebrard', 'mx');
  const mayorkas = await official(notebook, 'Alejandro Mayorkas', 'us');
  const migration = await notebook.call('labels.create', { name: 'Migration' });
  const asylum = await notebook.call('labels.create', { name: 'Asylum', parentUid: migration.uid });
  const security = await notebook.call('labels.create', { name: 'Security' });
  const add = async (title: string, start: string | null, details: { city?: string; venue?: string; topics?: string[]; people?: string[] } = {}) => {
    const { uid } = await notebook.call('meetings.create', {
      title,
      start,
      place: { city: details.city ?? null, venue: details.venue ?? null },
      topics: details.topics ?? [],
    });
    for (const person of details.people ?? []) await notebook.call('meetings.setParticipant', { meetingUid: uid, officialUid: person });
    return uid;
  };
  await add('Undated', null);
  await add('Lunch in Mexico City', '2021-08-11', { city: 'Ciudad de México', venue: 'Secretaría de Relaciones Exteriores', topics: [asylum.uid], people: [ebrard, mayorkas] });
  await add('Washington talks', '2022-05-03', { city: 'Washington', topics: [security.uid], people: [ebrard] });
  await add('October, year unknown', '--10-03');
  await add('Summit year', '2021', { topics: [migration.uid] });
  await add('Palacio Nacional', '2023-12-27', { city: 'Mexico City', venue: 'Palacio Nacional', people: [mayorkas] });
  await add('August 2021', '2021-08');
  return { notebook, ebrard, mayorkas, labels: { migration, asylum, security } };
}

describe('the meetings list', () => {
  it('sorts by date both ways: dated first, then without a year, then undated', async () => {
    const { notebook } = await agenda();
    expect(await titles(notebook, {})).toEqual([
      'Summit year',
      'August 2021',
      'Lunch in Mexico City',
      'Washington talks',
      'Palacio Nacional',
      'October, year unknown',
      'Undated',
    ]);
    expect(await titles(notebook, { direction: 'desc' })).toEqual([
      'Palacio Nacional',
      'Washington talks',
      'Lunch in Mexico City',
      'August 2021',
      'Summit year',
      'October, year unknown',
      'Undated',
    ]);
  });

  it('filters by participant, side, topic (a label with its sub-labels), place and date range', async () => {
    const { notebook, ebrard, mayorkas, labels } = await agenda();
    expect(await titles(notebook, { filter: { officialUid: ebrard } })).toEqual(['Lunch in Mexico City', 'Washington talks']);
    expect(await titles(notebook, { filter: { side: 'us' } })).toEqual(['Lunch in Mexico City', 'Palacio Nacional']);
    expect(await titles(notebook, { filter: { side: 'other' } })).toEqual([]);
    expect(await titles(notebook, { filter: { topicUid: labels.migration.uid } })).toEqual(['Summit year', 'Lunch in Mexico City']);
    expect(await titles(notebook, { filter: { topicUid: labels.asylum.uid } })).toEqual(['Lunch in Mexico City']);
    expect(await titles(notebook, { filter: { place: 'mexico' } })).toEqual(['Lunch in Mexico City', 'Palacio Nacional']);
    expect(await titles(notebook, { filter: { place: 'RELACIONES' } })).toEqual(['Lunch in Mexico City']);
    expect(await titles(notebook, { filter: { from: '2021-08', to: '2022' } })).toEqual(['August 2021', 'Lunch in Mexico City', 'Washington talks']);
    expect(await titles(notebook, { filter: { from: '2023' } })).toEqual(['Palacio Nacional']);
    expect(await titles(notebook, { filter: { officialUid: mayorkas, from: '2022' } })).toEqual(['Palacio Nacional']);

    const { items, total } = await notebook.call('meetings.list', { filter: { officialUid: mayorkas } });
    expect(total).toBe(2);
    expect(items[0]).toMatchObject({
      place: { city: 'Ciudad de México', venue: 'Secretaría de Relaciones Exteriores' },
      topics: [labels.asylum.uid],
      participants: [
        { name: 'Marcelo Ebrard', side: 'mx', role: null },
        { name: 'Alejandro Mayorkas', side: 'us', role: null },
      ],
    });
  });

  it('pages by keyset in either direction, counting on the first page only', async () => {
    const { notebook } = await agenda();
    for (const direction of ['asc', 'desc'] as const) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: Awaited<ReturnType<typeof notebook.call<'meetings.list'>>> = await notebook.call('meetings.list', { direction, limit: 2, cursor });
        expect(page.total).toBe(pages === 0 ? 7 : null);
        seen.push(...page.items.map((item) => item.title));
        cursor = page.nextCursor;
        pages++;
      } while (cursor !== null);
      expect(pages).toBe(4);
      expect(seen).toEqual(await titles(notebook, { direction }));
    }
    const { nextCursor } = await notebook.call('meetings.list', { limit: 2 });
    expect(await errorOf(notebook, 'meetings.list', { direction: 'desc', cursor: nextCursor })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await errorOf(notebook, 'meetings.list', { cursor: 'not a cursor' })).toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('stays fast with 5,000 meetings', async () => {
    const notebook = openTestNotebook();
    const mayorkas = await official(notebook, 'Alejandro Mayorkas', 'us');
    const seed = await notebook.call('meetings.create', { title: 'Seed', start: '2020-01-01' });
    await notebook.core.close();
    const db = new Database(notebook.path);
    try {
      const insert = db.prepare(
        `INSERT INTO meetings (uid, title, start_date, city, place_folded, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '2024-01-01', '2024-01-01')`,
      );
      const participant = db.prepare("INSERT INTO meeting_participants (meeting_id, official_id, side) VALUES (?, (SELECT id FROM officials WHERE uid = ?), 'us')");
      const link = db.prepare("INSERT INTO meeting_links (uid, kind, from_id, to_id, created_at) VALUES (?, 'prepares', ?, ?, '2024-01-01')");
      db.transaction(() => {
        for (let i = 1; i < 5_000; i++) {
          const day = new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
          const uid = `01J${String(i).padStart(23, '0')}`;
          const id = Number(insert.run(uid, `Meeting ${i}`, day, i % 2 ? 'Washington' : 'Ciudad de México', i % 2 ? 'washington' : 'ciudad de mexico').lastInsertRowid);
          if (i % 3 === 0) participant.run(id, mayorkas);
          if (i > 1) link.run(`01K${String(i).padStart(23, '0')}`, id - 1, id);
        }
      })();
    } finally {
      db.close();
    }
    const reopened = openTestNotebook(notebook.path);
    const started = performance.now();
    const all = await reopened.call('meetings.list', { limit: 5_000 });
    const filtered = await reopened.call('meetings.list', { filter: { officialUid: mayorkas, place: 'mexico', from: '2005' }, direction: 'desc', limit: 200 });
    const elapsed = performance.now() - started;
    expect(all.items).toHaveLength(5_000);
    expect(all.items.some((item) => item.uid === seed.uid)).toBe(true);
    expect(all.items[2]!.links.map((link) => link.label)).toEqual(['Prepared by', 'Prepares']);
    expect(filtered.items.every((item) => item.participants.some((p) => p.officialUid === mayorkas) && item.place.city === 'Ciudad de México')).toBe(true);
    expect(elapsed).toBeLessThan(2_000);
  });
});

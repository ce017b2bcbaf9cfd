import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../main/core/api/in-process-core';
import type { ChannelName } from '../../../shared/contract/channels';
import { openTestNotebook, runImport, type TestNotebook } from '../../helpers/notebook';

const BODY = [
  'Talks in Mexico City',
  '',
  'Alicia Bárcena opened the meeting. Bárcena Ibarra, as she signs her letters, spoke first.',
  '',
  'Later Bárcena said the talks went well, and BARCENA repeated it to reporters. Bárcena left at noon, and Bárcena came back.',
  '',
  'Antony Blinken answered Alicia Bárcena on migration.',
].join('\n');

async function briefing(notebook: TestNotebook) {
  const source = { kind: 'bytes' as const, name: 'talks.txt', size: Buffer.byteLength(BODY), data: Buffer.from(BODY).toString('base64') };
  const documentUid = (await runImport(notebook.core, [source])).imported[0]!.uid;
  const { text } = await notebook.call('documents.get', { uid: documentUid });
  /** The `nth` place (from 0) the words are written at, as a span a person can be confirmed at. */
  const at = (words: string, nth = 0) => {
    let start = -1;
    for (let i = 0; i <= nth; i++) start = text.indexOf(words, start + 1);
    if (start < 0) throw new Error(`"${words}" #${nth} is not in the briefing`);
    return { documentUid, start, end: start + words.length, text: words };
  };
  return { documentUid, at };
}

/** Where the standalone "Bárcena" is written: #0 and #5 are in "Alicia Bárcena", #1 in "Bárcena Ibarra". */
const LATER = 2;
const LEFT = 3;
const CAME_BACK = 4;

type Span = ReturnType<Awaited<ReturnType<typeof briefing>>['at']>;

interface Row {
  uid: string;
  officialUid: string;
  text: string;
  state: string;
}

function decide(notebook: TestNotebook, state: 'confirm' | 'reject', officialUid: string, ...spans: Span[]) {
  return notebook.call(state === 'confirm' ? 'mentions.confirm' : 'mentions.reject', { spans: spans.map((span) => ({ ...span, officialUid, rule: 'alias' })) });
}

/** Every stored row of the registry, mentions and merge records: what "nothing changed" means. */
function snapshot(notebook: TestNotebook, tables = ['officials', 'official_aliases', 'official_offices', 'mentions', 'official_merges']) {
  const db = new Database(notebook.path, { readonly: true });
  try {
    return Object.fromEntries(tables.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()]));
  } finally {
    db.close();
  }
}

/** The mention rows as a reader of the table sees them, whoever they belong to, by uid. */
function mentionRows(notebook: TestNotebook): Row[] {
  const db = new Database(notebook.path, { readonly: true });
  try {
    return db
      .prepare('SELECT m.uid, o.uid AS officialUid, m.start_offset, m.end_offset, m.text, m.state, m.rule, m.role, m.created_at, m.updated_at FROM mentions m JOIN officials o ON o.id = m.official_id ORDER BY m.uid')
      .all() as Row[];
  } finally {
    db.close();
  }
}

async function errorOf(notebook: TestNotebook, channel: ChannelName, input: unknown) {
  const envelope = await notebook.core.invoke(channel, input);
  return envelope.ok ? null : envelope.error;
}

/** Alicia Bárcena entered twice: once as herself, once under her full name, each with mentions. */
async function duplicates() {
  const notebook = openTestNotebook();
  const doc = await briefing(notebook);
  const alicia = await notebook.call('officials.create', {
    name: 'Alicia Bárcena',
    aliases: ['Bárcena'],
    country: 'mx',
    offices: [{ title: 'Secretary of Foreign Affairs', start: '2023-07' }],
  });
  const full = await notebook.call('officials.create', {
    name: 'Alicia Barcena Ibarra',
    aliases: ['Barcena', 'Bárcena Ibarra'],
    country: 'mx',
    offices: [
      { title: 'Executive Secretary of ECLAC', start: '2008-07', end: '2022-03' },
      { title: 'Secretary of Foreign Affairs', start: '2023-07' },
    ],
  });
  await decide(notebook, 'confirm', alicia.uid, doc.at('Alicia Bárcena'), doc.at('Bárcena', LATER));
  await decide(notebook, 'reject', alicia.uid, doc.at('Bárcena', LEFT));
  await decide(notebook, 'confirm', full.uid, doc.at('Bárcena Ibarra'), doc.at('Alicia Bárcena'), doc.at('Bárcena', LATER), doc.at('Bárcena', LEFT));
  await decide(notebook, 'reject', full.uid, doc.at('BARCENA'));
  const mentionUid = async (officialUid: string, span: Span) => {
    const db = new Database(notebook.path, { readonly: true });
    try {
      return db
        .prepare('SELECT m.uid FROM mentions m JOIN officials o ON o.id = m.official_id WHERE o.uid = ? AND m.start_offset = ?')
        .pluck()
        .get(officialUid, span.start) as string;
    } finally {
      db.close();
    }
  };
  // The full-name entry knows she is quoted where both have her; Alicia's own mention has no role.
  await notebook.call('mentions.setRole', { uid: await mentionUid(full.uid, doc.at('Bárcena', LATER)), role: 'quoted' });
  return { notebook, doc, alicia: await notebook.call('officials.get', { uid: alicia.uid }), full: await notebook.call('officials.get', { uid: full.uid }) };
}

describe('merging duplicate officials', () => {
  it('moves forms, offices and mentions to the person kept, a mention both had counted once', async () => {
    const { notebook, doc, alicia, full } = await duplicates();
    expect(alicia).toMatchObject({ mentions: 2, documents: 1 });

    const { official, merged } = await notebook.call('officials.merge', { keepUid: alicia.uid, mergeUids: [full.uid] });
    expect(merged).toBe(1);
    expect(official).toMatchObject({
      uid: alicia.uid,
      name: 'Alicia Bárcena',
      // "Barcena" is written like her "Bárcena" once folded: it is not a new form.
      aliases: ['Bárcena', 'Alicia Barcena Ibarra', 'Bárcena Ibarra'],
      offices: [
        { title: 'Secretary of Foreign Affairs', start: '2023-07', end: null },
        { title: 'Executive Secretary of ECLAC', start: '2008-07', end: '2022-03' },
      ],
      // Alicia Bárcena and the later Bárcena (both had them), and Bárcena Ibarra; hers stays rejected where she left.
      mentions: 3,
      documents: 1,
    });
    expect(await notebook.call('officials.get', { uid: alicia.uid })).toEqual(official);
    expect((await notebook.call('officials.list', {})).items.map((item) => item.uid)).toEqual([alicia.uid]);
    expect(await errorOf(notebook, 'officials.get', { uid: full.uid })).toMatchObject({ code: 'NOT_FOUND' });

    const tagged = (await notebook.call('mentions.forDocument', { documentUid: doc.documentUid })).items;
    expect(tagged.map(({ officialUid, text, role }) => ({ officialUid, text, role }))).toEqual([
      { officialUid: alicia.uid, text: 'Alicia Bárcena', role: null },
      { officialUid: alicia.uid, text: 'Bárcena Ibarra', role: null },
      // The kept mention had no role: it takes the duplicate's.
      { officialUid: alicia.uid, text: 'Bárcena', role: 'quoted' },
    ]);
    const rows = mentionRows(notebook).filter((row) => row.officialUid === alicia.uid);
    expect(rows.map((row) => row.state).sort()).toEqual(['confirmed', 'confirmed', 'confirmed', 'rejected', 'rejected']);
    const change = notebook.events.filter((event) => event.event === 'notebook.changed').at(-1);
    expect(change?.payload).toEqual({ tables: ['officials', 'mentions'] });
  });

  it('keeps the kept decision on a span both had, unless it was only a suggestion', async () => {
    const { notebook, doc, alicia, full } = await duplicates();
    // No channel stores a suggestion (the review queue computes them); the matcher's index may.
    const db = new Database(notebook.path);
    const later = doc.at('Bárcena', CAME_BACK);
    db.prepare(
      `INSERT INTO mentions (uid, official_id, document_id, start_offset, end_offset, text, state, rule, created_at, updated_at)
       SELECT '01J0000000000000000000SUGG', o.id, d.id, ?, ?, ?, 'suggested', 'alias', '2024-01-01', '2024-01-01'
       FROM officials o, documents d WHERE o.uid = ? AND d.uid = ?`,
    ).run(later.start, later.end, later.text, alicia.uid, doc.documentUid);
    db.close();
    await decide(notebook, 'confirm', full.uid, later);
    const before = mentionRows(notebook);

    await notebook.call('officials.merge', { keepUid: alicia.uid, mergeUids: [full.uid] });
    expect(mentionRows(notebook).find((row) => row.uid === '01J0000000000000000000SUGG')).toMatchObject({ state: 'confirmed', officialUid: alicia.uid });
    // Alicia's rejection where she left stands against the other entry's confirmation.
    const confirmed = (await notebook.call('mentions.forDocument', { documentUid: doc.documentUid })).items.map((item) => item.start);
    expect(confirmed).not.toContain(doc.at('Bárcena', LEFT).start);

    expect(await notebook.call('officials.unmerge', { uids: [full.uid] })).toEqual({ count: 1 });
    expect(mentionRows(notebook)).toEqual(before);
  });

  it('undoes a merge exactly: both people, their forms, offices and every mention as before', async () => {
    const { notebook, doc, alicia, full } = await duplicates();
    const tagged = await notebook.call('mentions.forDocument', { documentUid: doc.documentUid });
    const rows = mentionRows(notebook);
    const list = await notebook.call('officials.list', {});
    await notebook.call('officials.merge', { keepUid: alicia.uid, mergeUids: [full.uid] });

    expect(await notebook.call('officials.unmerge', { uids: [full.uid] })).toEqual({ count: 1 });
    expect(await notebook.call('officials.get', { uid: alicia.uid })).toEqual(alicia);
    expect(await notebook.call('officials.get', { uid: full.uid })).toEqual(full);
    expect(await notebook.call('officials.list', {})).toEqual(list);
    expect(await notebook.call('mentions.forDocument', { documentUid: doc.documentUid })).toEqual(tagged);
    expect(mentionRows(notebook)).toEqual(rows);
    expect(snapshot(notebook, ['official_merges'])).toEqual({ official_merges: [] });
    // Undoing again brings nobody back.
    expect(await notebook.call('officials.unmerge', { uids: [full.uid, alicia.uid] })).toEqual({ count: 0 });
  });

  it('undoes one of two merges into the same person, leaving the other in place', async () => {
    const { notebook, doc, alicia, full } = await duplicates();
    const third = await notebook.call('officials.create', { name: 'A. Bárcena Ibarra', aliases: ['Barcena Ibarra'], offices: [{ title: 'Ambassador to Chile' }] });
    await decide(notebook, 'confirm', third.uid, doc.at('Bárcena Ibarra'), doc.at('Bárcena', CAME_BACK));
    const thirdRows = mentionRows(notebook).filter((row) => row.officialUid === third.uid);

    await notebook.call('officials.merge', { keepUid: alicia.uid, mergeUids: [full.uid] });
    await notebook.call('officials.merge', { keepUid: alicia.uid, mergeUids: [third.uid] });
    expect(await notebook.call('officials.unmerge', { uids: [full.uid] })).toEqual({ count: 1 });

    expect(await notebook.call('officials.get', { uid: full.uid })).toEqual(full);
    const kept = await notebook.call('officials.get', { uid: alicia.uid });
    // "Barcena Ibarra" came with both; it stays, brought by the merge still in place.
    expect(kept.aliases).toEqual(['Bárcena', 'A. Bárcena Ibarra', 'Barcena Ibarra']);
    expect(kept.offices.map((office) => office.title)).toEqual(['Secretary of Foreign Affairs', 'Ambassador to Chile']);
    const tagged = (await notebook.call('mentions.forDocument', { documentUid: doc.documentUid })).items;
    expect(tagged.map(({ officialUid, text }) => [officialUid === alicia.uid ? 'alicia' : officialUid === full.uid ? 'full' : 'third', text])).toEqual([
      ['alicia', 'Alicia Bárcena'],
      ['full', 'Alicia Bárcena'],
      // The third entry's, which moved to Alicia when it was merged.
      ['full', 'Bárcena Ibarra'],
      ['alicia', 'Bárcena Ibarra'],
      ['alicia', 'Bárcena'],
      ['full', 'Bárcena'],
      ['full', 'Bárcena'],
      ['alicia', 'Bárcena'],
    ]);

    expect(await notebook.call('officials.unmerge', { uids: [third.uid] })).toEqual({ count: 1 });
    expect(await notebook.call('officials.get', { uid: alicia.uid })).toEqual(alicia);
    expect(mentionRows(notebook).filter((row) => row.officialUid === third.uid)).toEqual(thirdRows);
  });

  it('moves meeting participation to the person kept, one meeting both attended counted once with both passages, and back', async () => {
    const { notebook, doc, alicia, full } = await duplicates();
    const cite = async (words: string) =>
      (await notebook.call('annotations.create', { documentUid: doc.documentUid, selection: { start: doc.at(words).start, end: doc.at(words).end, exact: words } })).uid;
    const talks = (await notebook.call('meetings.create', { title: 'Talks in Mexico City', start: '2023-09', fromDocumentUid: doc.documentUid })).uid;
    const forum = (await notebook.call('meetings.create', { title: 'ECLAC forum', start: '2019' })).uid;
    const opened = await cite('Alicia Bárcena opened the meeting');
    const signs = await cite('Bárcena Ibarra, as she signs her letters');
    await notebook.call('meetings.addEvidence', { meetingUid: talks, annotationUid: opened, supports: 'participant', officialUid: alicia.uid });
    await notebook.call('meetings.addEvidence', { meetingUid: talks, annotationUid: signs, supports: 'participant', officialUid: full.uid });
    await notebook.call('meetings.setParticipant', { meetingUid: talks, officialUid: full.uid, role: 'head-of-delegation' });
    await notebook.call('meetings.setParticipant', { meetingUid: forum, officialUid: full.uid, side: 'other', role: 'host' });
    const before = { talks: await notebook.call('meetings.get', { uid: talks }), forum: await notebook.call('meetings.get', { uid: forum }) };
    const rows = snapshot(notebook, ['meeting_participants', 'meeting_evidence']);

    await notebook.call('officials.merge', { keepUid: alicia.uid, mergeUids: [full.uid] });
    expect((await notebook.call('meetings.get', { uid: talks })).participants).toEqual([
      // Alicia had no role at the talks: she takes the one the other entry had, and its passage.
      { officialUid: alicia.uid, name: 'Alicia Bárcena', side: 'mx', role: 'head-of-delegation', evidence: [opened, signs] },
    ]);
    expect((await notebook.call('meetings.get', { uid: forum })).participants).toMatchObject([{ officialUid: alicia.uid, side: 'other', role: 'host' }]);
    expect((await notebook.call('officials.profile', { uid: alicia.uid })).meetings).toEqual([
      { uid: talks, title: 'Talks in Mexico City', start: '2023-09', role: 'head-of-delegation', side: 'mx' },
      { uid: forum, title: 'ECLAC forum', start: '2019', role: 'host', side: 'other' },
    ]);
    expect((await notebook.call('meetings.list', { filter: { officialUid: alicia.uid } })).total).toBe(2);

    expect(await notebook.call('officials.unmerge', { uids: [full.uid] })).toEqual({ count: 1 });
    expect(snapshot(notebook, ['meeting_participants', 'meeting_evidence'])).toEqual(rows);
    expect(await notebook.call('meetings.get', { uid: talks })).toEqual(before.talks);
    expect(await notebook.call('meetings.get', { uid: forum })).toEqual(before.forum);
    expect((await notebook.call('officials.profile', { uid: alicia.uid })).meetings.map((meeting) => meeting.title)).toEqual(['Talks in Mexico City']);
  });
});

describe('splitting an alias off', () => {
  it('makes the form a person of its own with exactly the mentions written in it; merging back restores', async () => {
    const notebook = openTestNotebook();
    const doc = await briefing(notebook);
    const alicia = await notebook.call('officials.create', { name: 'Alicia Bárcena', aliases: ['Bárcena', 'Bárcena Ibarra'], country: 'mx', offices: [{ title: 'Secretary of Foreign Affairs' }] });
    await decide(notebook, 'confirm', alicia.uid, doc.at('Alicia Bárcena'), doc.at('Bárcena Ibarra'), doc.at('Bárcena', LATER), doc.at('BARCENA'), doc.at('Bárcena', CAME_BACK));
    await decide(notebook, 'reject', alicia.uid, doc.at('Bárcena', LEFT));
    const before = await notebook.call('officials.get', { uid: alicia.uid });
    const rows = mentionRows(notebook);

    const { official, moved } = await notebook.call('officials.splitAlias', { uid: alicia.uid, alias: 'barcena' });
    expect(moved).toBe(3);
    expect(official).toMatchObject({ name: 'Bárcena', aliases: [], country: 'mx', offices: [], mentions: 3, documents: 1 });
    expect(await notebook.call('officials.get', { uid: alicia.uid })).toMatchObject({ aliases: ['Bárcena Ibarra'], mentions: 2 });
    const tagged = (await notebook.call('mentions.forDocument', { documentUid: doc.documentUid })).items;
    expect(tagged.filter((item) => item.officialUid === official.uid).map((item) => item.text)).toEqual(['Bárcena', 'BARCENA', 'Bárcena']);
    // The rejection said the span is not Alicia: it stays hers.
    expect(mentionRows(notebook).filter((row) => row.state === 'rejected')).toEqual([
      expect.objectContaining({ officialUid: alicia.uid, text: 'Bárcena' }),
    ]);

    const { official: back } = await notebook.call('officials.merge', { keepUid: alicia.uid, mergeUids: [official.uid] });
    // The form comes back after the others: the order of forms is not kept.
    expect({ ...back, aliases: [...back.aliases].sort() }).toEqual({ ...before, aliases: [...before.aliases].sort() });
    expect(mentionRows(notebook)).toEqual(rows);
  });

  it('refuses the name itself and a form the person does not have, changing nothing', async () => {
    const notebook = openTestNotebook();
    const alicia = await notebook.call('officials.create', { name: 'Alicia Bárcena', aliases: ['Bárcena'] });
    const before = snapshot(notebook);
    expect(await errorOf(notebook, 'officials.splitAlias', { uid: alicia.uid, alias: 'ALICIA BARCENA' })).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/name, not an alias/),
    });
    expect(await errorOf(notebook, 'officials.splitAlias', { uid: alicia.uid, alias: 'Ibarra' })).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/no alias “Ibarra”/) });
    expect(await errorOf(notebook, 'officials.splitAlias', { uid: '01HZZZZZZZZZZZZZZZZZZZZZZZ', alias: 'Bárcena' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(snapshot(notebook)).toEqual(before);
  });
});

describe('refused merges and purging', () => {
  it('refuses an unknown or deleted official and keeping one merged away, changing nothing', async () => {
    const { notebook, alicia, full } = await duplicates();
    const gone = await notebook.call('officials.create', { name: 'Marcelo Ebrard' });
    await notebook.call('officials.delete', { uids: [gone.uid] });
    const before = snapshot(notebook);
    for (const [input, code] of [
      [{ keepUid: alicia.uid, mergeUids: [full.uid, '01HZZZZZZZZZZZZZZZZZZZZZZZ'] }, 'NOT_FOUND'],
      [{ keepUid: alicia.uid, mergeUids: [full.uid, gone.uid] }, 'NOT_FOUND'],
      [{ keepUid: gone.uid, mergeUids: [full.uid] }, 'NOT_FOUND'],
      [{ keepUid: alicia.uid, mergeUids: [full.uid, alicia.uid] }, 'INVALID_INPUT'],
    ] as const) {
      expect(await errorOf(notebook, 'officials.merge', input)).toMatchObject({ code });
    }
    expect(snapshot(notebook)).toEqual(before);
  });

  it('will not restore a merged official as if deleted: only undoing the merge brings them back', async () => {
    const { notebook, alicia, full } = await duplicates();
    await notebook.call('officials.merge', { keepUid: alicia.uid, mergeUids: [full.uid] });
    const before = snapshot(notebook);
    expect(await errorOf(notebook, 'officials.restore', { uids: [full.uid] })).toMatchObject({ code: 'CONFLICT' });
    expect(snapshot(notebook)).toEqual(before);
  });

  it('purges the merged official and its merge record when the next session starts', async () => {
    const { notebook, alicia, full } = await duplicates();
    const { official } = await notebook.call('officials.merge', { keepUid: alicia.uid, mergeUids: [full.uid] });
    const records = ['official_merges', 'official_merge_aliases', 'official_merge_offices', 'official_merge_moves', 'official_merge_duplicates'];
    expect(Object.values(snapshot(notebook, records)).map((rows) => rows.length > 0)).toEqual(records.map(() => true));
    await notebook.core.close();

    const session = openCore({ notebookPath: notebook.path, startsSession: true });
    expect(snapshot(notebook, records)).toEqual(Object.fromEntries(records.map((table) => [table, []])));
    expect(await session.invoke('officials.unmerge', { uids: [full.uid] })).toEqual({ ok: true, value: { count: 0 } });
    expect(await session.invoke('officials.get', { uid: alicia.uid })).toEqual({ ok: true, value: official });
    await session.close();
  });
});

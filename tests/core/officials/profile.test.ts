import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OfficialProfile } from '../../../shared/model/mention';
import { corpusFile, corpusFiles } from '../../helpers/corpus';
import { openTestNotebook, type TestNotebook } from '../../helpers/notebook';

const registry = JSON.parse(readFileSync(join(__dirname, '../../fixtures/officials/registry.json'), 'utf8')) as {
  people: Array<{ name: string; aliases?: string[] }>;
};

/**
 * The corpus with every suggestion of the registry's people confirmed. 001 is imported on its own,
 * before the others, so that it is the older import of two articles published the same day.
 */
async function reviewedCorpus() {
  const notebook = openTestNotebook();
  const imported = [
    ...(await notebook.importPaths(corpusFile('001'))).imported,
    ...(await notebook.importPaths(...corpusFiles.filter((path) => path !== corpusFile('001')))).imported,
  ];
  const uidOf = (prefix: string) => imported.find((item) => item.file.split(/[\\/]/).at(-1)!.startsWith(prefix))!.uid;
  const people = new Map<string, string>();
  for (const person of registry.people) people.set(person.name, (await notebook.call('officials.create', { name: person.name, aliases: person.aliases ?? [] })).uid);
  const queue = await notebook.call('officials.suggestions', {});
  const spans = queue.known.flatMap((group) =>
    group.mentions.map(({ documentUid, start, end, text, rule }) => ({ officialUid: group.officialUid, documentUid, start, end, text, rule })),
  );
  await notebook.call('mentions.confirm', { spans });
  const profile = (name: string) => notebook.call('officials.profile', { uid: people.get(name)! });
  return { notebook, uidOf, people, profile };
}

/** Who is tagged in each of the profile's documents, counted per person: namedWith read another way. */
async function namedWithByReading(notebook: TestNotebook, profile: OfficialProfile) {
  const counts = new Map<string, { uid: string; name: string; documents: number }>();
  for (const { documentUid } of profile.documents) {
    const { items } = await notebook.call('mentions.forDocument', { documentUid });
    const others = new Map(items.filter((mention) => mention.officialUid !== profile.official.uid).map((mention) => [mention.officialUid, mention.name]));
    for (const [uid, name] of others) counts.set(uid, { uid, name, documents: (counts.get(uid)?.documents ?? 0) + 1 });
  }
  return [...counts.values()]
    .sort((a, b) => b.documents - a.documents || (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1))
    .slice(0, 10);
}

describe('an official’s profile', () => {
  it('groups the mentions by document, newest published first then newest imported, each in text order with its context', async () => {
    const { notebook, uidOf, profile } = await reviewedCorpus();
    const dates: Record<string, string | null> = { '000': null, '001': '2021-08-11', '002': '2023-12-27', '004': '2021-08-11' };
    for (const [prefix, published] of Object.entries(dates)) await notebook.call('documents.update', { uid: uidOf(prefix), patch: { published } });

    const mayorkas = await profile('Alejandro Mayorkas');
    expect(mayorkas.official).toEqual(await notebook.call('officials.get', { uid: mayorkas.official.uid }));
    expect(mayorkas.documents.map((document) => document.documentUid)).toEqual(['002', '004', '001', '000'].map(uidOf));
    expect(mayorkas.documents.map((document) => document.published)).toEqual(['2023-12-27', '2021-08-11', '2021-08-11', null]);
    expect(mayorkas.documents.reduce((sum, document) => sum + document.mentions.length, 0)).toBe(mayorkas.official.mentions);

    for (const document of mayorkas.documents) {
      const { text, title } = await notebook.call('documents.get', { uid: document.documentUid });
      expect(document.title).toBe(title);
      const starts = document.mentions.map((mention) => mention.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      const flat = text.replace(/\s+/g, ' ');
      for (const mention of document.mentions) {
        expect(text.slice(mention.start, mention.end)).toBe(mention.text);
        expect(flat).toContain(`${mention.before}${mention.text}${mention.after}`);
      }
    }
    const reported = mayorkas.documents.at(-1)!.mentions.find((mention) => mention.before.endsWith('reported on his meeting with '))!;
    expect(reported).toMatchObject({ text: 'Alejandro Mayorkas', role: null });
    expect(reported.after.startsWith(', Secretary of Homeland Security')).toBe(true);
  });

  it('names the people tagged in the same documents, most shared documents first, at most ten', async () => {
    const { notebook, profile } = await reviewedCorpus();
    const mayorkas = await profile('Alejandro Mayorkas');
    expect(mayorkas.namedWith).toHaveLength(10);
    expect(mayorkas.namedWith).toEqual(await namedWithByReading(notebook, mayorkas));
    expect(mayorkas.namedWith[0]).toMatchObject({ name: 'Andrés Manuel López Obrador', documents: 4 });
    expect(mayorkas.namedWith.map((person) => person.name)).not.toContain('Alejandro Mayorkas');
  });

  it('leaves out documents in the Trash and deleted officials, and refuses the profile of a deleted one', async () => {
    const { notebook, uidOf, people, profile } = await reviewedCorpus();
    await notebook.call('documents.trash', { uids: [uidOf('002')] });
    await notebook.call('officials.delete', { uids: [people.get('Andrés Manuel López Obrador')!] });

    const mayorkas = await profile('Alejandro Mayorkas');
    expect(mayorkas.documents.map((document) => document.documentUid).sort()).toEqual(['000', '001', '004'].map(uidOf).sort());
    const names = mayorkas.namedWith.map((person) => person.name);
    expect(names).not.toContain('Andrés Manuel López Obrador');
    expect(names).not.toContain('Rafael Ojeda');
    expect(mayorkas.namedWith).toEqual(await namedWithByReading(notebook, mayorkas));
    expect(mayorkas.namedWith.find((person) => person.name === 'Antony Blinken')).toMatchObject({ documents: 2 });

    await notebook.call('documents.restore', { uids: [uidOf('002')] });
    expect((await profile('Alejandro Mayorkas')).namedWith.find((person) => person.name === 'Antony Blinken')).toMatchObject({ documents: 3 });
    const deleted = await notebook.core.invoke('officials.profile', { uid: people.get('Andrés Manuel López Obrador')! });
    expect(deleted).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

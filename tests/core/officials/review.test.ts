import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFiles } from '../../helpers/corpus';
import { openTestNotebook } from '../../helpers/notebook';

const registry = JSON.parse(readFileSync(join(__dirname, '../../fixtures/officials/registry.json'), 'utf8')) as {
  people: Array<{ name: string; aliases?: string[] }>;
};

async function reviewed() {
  const notebook = openTestNotebook();
  await notebook.importPaths(...corpusFiles);
  for (const person of registry.people) await notebook.call('officials.create', { name: person.name, aliases: person.aliases ?? [] });
  const queue = await notebook.call('officials.suggestions', { limit: 500 });
  const spansOf = (name: string) => {
    const person = queue.known.find((candidate) => candidate.name === name)!;
    return person.mentions.map(({ documentUid, start, end, text, rule }) => ({ officialUid: person.officialUid, documentUid, start, end, text, rule }));
  };
  return { notebook, queue, spansOf };
}

describe('reviewing suggestions', () => {
  it('accepts all of a person’s suggestions at once: the profile counts four documents for Mayorkas', async () => {
    const { notebook, spansOf } = await reviewed();
    const spans = spansOf('Alejandro Mayorkas');
    expect(await notebook.call('mentions.confirm', { spans })).toEqual({ count: spans.length });
    const mayorkas = (await notebook.call('officials.list', { query: 'mayorkas' })).items[0]!;
    expect(mayorkas).toMatchObject({ mentions: spans.length, documents: 4 });
    const after = await notebook.call('officials.suggestions', {});
    expect(after.known.map((person) => person.name)).not.toContain('Alejandro Mayorkas');
    // Confirming again changes nothing.
    expect(await notebook.call('mentions.confirm', { spans })).toEqual({ count: 0 });
  });

  it('accepts all of a person in one call, those the queue did not show too; forgetting the spans it returns undoes it', async () => {
    const { notebook, queue } = await reviewed();
    const mayorkas = queue.known.find((person) => person.name === 'Alejandro Mayorkas')!;
    const firstOnly = (await notebook.call('officials.suggestions', { limit: 1 })).known.find((person) => person.name === 'Alejandro Mayorkas')!;
    expect(firstOnly).toMatchObject({ total: mayorkas.total, mentions: [mayorkas.mentions[0]] });
    expect(mayorkas.total).toBeGreaterThan(1);

    const decided = await notebook.call('mentions.confirmAllOf', { officialUid: mayorkas.officialUid });
    expect(decided.count).toBe(mayorkas.total);
    expect(decided.spans).toEqual(
      mayorkas.mentions.map(({ documentUid, start, end, text, rule }) => ({ officialUid: mayorkas.officialUid, documentUid, start, end, text, rule })),
    );
    expect(notebook.events.at(-1)).toEqual({ event: 'notebook.changed', payload: { tables: ['mentions'] } });
    expect((await notebook.call('officials.list', { query: 'mayorkas' })).items[0]).toMatchObject({ mentions: mayorkas.total, documents: 4 });
    expect((await notebook.call('officials.suggestions', {})).known.map((person) => person.name)).not.toContain('Alejandro Mayorkas');
    expect(await notebook.call('mentions.confirmAllOf', { officialUid: mayorkas.officialUid })).toEqual({ count: 0, spans: [] });

    expect(await notebook.call('mentions.forget', { spans: decided.spans })).toEqual({ count: mayorkas.total });
    expect((await notebook.call('officials.suggestions', {})).known.find((person) => person.name === 'Alejandro Mayorkas')).toEqual(mayorkas);
  });

  it('rejects all of a person, leaving what was already decided as it was', async () => {
    const { notebook, spansOf } = await reviewed();
    const [first, ...rest] = spansOf('Alejandro Mayorkas');
    await notebook.call('mentions.confirm', { spans: [first!] });
    const { officialUid } = first!;
    expect(await notebook.call('mentions.rejectAllOf', { officialUid })).toEqual({ count: rest.length, spans: rest });
    expect((await notebook.call('officials.list', { query: 'mayorkas' })).items[0]).toMatchObject({ mentions: 1 });
    expect(await notebook.core.invoke('mentions.rejectAllOf', { officialUid: '01HZZZZZZZZZZZZZZZZZZZZZZZ' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('gives more of a person or a new name a page at a time, after the last mention shown', async () => {
    const { notebook, queue } = await reviewed();
    const person = queue.known.find((group) => group.total >= 5)!;
    const pages = [];
    let page = await notebook.call('officials.suggestionsOf', { officialUid: person.officialUid, limit: 2 });
    while (page.mentions.length > 0) {
      pages.push(page.mentions);
      const last = page.mentions.at(-1)!;
      page = await notebook.call('officials.suggestionsOf', { officialUid: person.officialUid, after: { documentUid: last.documentUid, start: last.start }, limit: 2 });
    }
    expect(pages.slice(0, -1).every((mentions) => mentions.length === 2)).toBe(true);
    expect(pages.flat()).toEqual(person.mentions);
    expect(page).toMatchObject({ officialUid: person.officialUid, name: person.name, total: person.total });

    // A mention decided meanwhile moves nothing: the next page starts after the last one shown.
    const [one, two, three] = person.mentions;
    const { documentUid, start, end, text, rule } = two!;
    await notebook.call('mentions.reject', { spans: [{ officialUid: person.officialUid, documentUid, start, end, text, rule }] });
    const next = await notebook.call('officials.suggestionsOf', { officialUid: person.officialUid, after: { documentUid: one!.documentUid, start: one!.start }, limit: 1 });
    expect(next).toMatchObject({ total: person.total - 1, mentions: [three] });

    expect(await notebook.core.invoke('officials.suggestionsOf', { officialUid: '01HZZZZZZZZZZZZZZZZZZZZZZZ' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const unregistered = openTestNotebook();
    await unregistered.importPaths(...corpusFiles);
    const [name] = (await unregistered.call('officials.suggestions', { limit: 500 })).candidates.filter((candidate) => candidate.total > 2);
    const [first, ...others] = name!.mentions;
    expect(others.length).toBeGreaterThan(1);
    const rest = await unregistered.call('officials.suggestionsOf', { candidateName: name!.name, after: { documentUid: first!.documentUid, start: first!.start } });
    expect(rest).toEqual({ ...name, mentions: others });
    await unregistered.call('officials.rejectCandidate', { name: name!.name });
    expect(await unregistered.core.invoke('officials.suggestionsOf', { candidateName: name!.name })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('remembers a rejected suggestion and never suggests it again, until the decision is undone', async () => {
    const { notebook, spansOf } = await reviewed();
    const [typo] = spansOf('Rosa Icela Rodríguez').filter((span) => span.rule === 'typo');
    expect(typo).toBeDefined();
    await notebook.call('mentions.reject', { spans: [typo!] });
    const again = await notebook.call('officials.suggestions', {});
    const rosa = again.known.find((person) => person.name === 'Rosa Icela Rodríguez');
    expect(rosa?.mentions ?? []).not.toContainEqual(expect.objectContaining({ start: typo!.start, documentUid: typo!.documentUid }));
    expect((await notebook.call('officials.list', { query: 'rosa icela' })).items[0]).toMatchObject({ mentions: 0 });
    await notebook.call('mentions.forget', { spans: [typo!] });
    const restored = await notebook.call('officials.suggestions', {});
    expect(restored.known.find((person) => person.name === 'Rosa Icela Rodríguez')!.mentions).toContainEqual(expect.objectContaining({ start: typo!.start }));
  });

  it('rejects an unknown name for good, and can take that back', async () => {
    const notebook = openTestNotebook();
    await notebook.importPaths(...corpusFiles);
    const names = async () => (await notebook.call('officials.suggestions', {})).candidates.map((candidate) => candidate.name);
    expect(await names()).toContain('Uzra Zeya');
    await notebook.call('officials.rejectCandidate', { name: 'uzra zeya' });
    expect(await names()).not.toContain('Uzra Zeya');
    await notebook.call('officials.rejectCandidate', { name: 'Uzra Zeya', rejected: false });
    expect(await names()).toContain('Uzra Zeya');
  });

  it('refuses a suggestion whose text no longer matches the document, recording nothing', async () => {
    const { notebook, spansOf } = await reviewed();
    const [span] = spansOf('Alejandro Mayorkas');
    const stale = { ...span!, text: 'Someone Else' };
    expect(await notebook.core.invoke('mentions.confirm', { spans: [span!, stale] })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await notebook.call('officials.list', { query: 'mayorkas' })).items[0]).toMatchObject({ mentions: 0 });
  });
});

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
  const queue = await notebook.call('officials.suggestions', {});
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

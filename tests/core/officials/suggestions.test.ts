import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFiles } from '../../helpers/corpus';
import { openTestNotebook } from '../../helpers/notebook';

const registry = JSON.parse(readFileSync(join(__dirname, '../../fixtures/officials/registry.json'), 'utf8')) as {
  people: Array<{ name: string; aliases?: string[] }>;
};

describe('the review queue', () => {
  it('from an empty registry, proposes the people the articles name, with their titles and mentions', async () => {
    const notebook = openTestNotebook();
    await notebook.importPaths(...corpusFiles);
    const queue = await notebook.call('officials.suggestions', {});
    expect(queue.known).toEqual([]);
    const names = queue.candidates.map((candidate) => candidate.name);
    expect(names).toEqual(expect.arrayContaining(['Marcelo Ebrard', 'Antony Blinken', 'Alicia Bárcena', 'Uzra Zeya']));
    expect(names).not.toContain('Mexico');
    const zeya = queue.candidates.find((candidate) => candidate.name === 'Uzra Zeya')!;
    expect(zeya.mentions[0]).toMatchObject({ text: 'Uzra Zeya', documentTitle: expect.any(String) });
    expect(`${zeya.mentions[0]!.before}${zeya.mentions[0]!.text}${zeya.mentions[0]!.after}`).toContain('Uzra Zeya');
  });

  it('with the people registered, groups their mentions by person across documents, Mayorkas in all but 003', async () => {
    const notebook = openTestNotebook();
    const imported = (await notebook.importPaths(...corpusFiles)).imported;
    for (const person of registry.people) await notebook.call('officials.create', { name: person.name, aliases: person.aliases ?? [] });
    const queue = await notebook.call('officials.suggestions', {});
    const mayorkas = queue.known.find((person) => person.name === 'Alejandro Mayorkas')!;
    const documents = new Set(mayorkas.mentions.map((mention) => mention.documentUid));
    const uid003 = imported.find((item) => item.file.includes('003_'))!.uid;
    expect(documents.size).toBe(4);
    expect(documents.has(uid003)).toBe(false);
    expect(mayorkas.mentions.map((mention) => mention.rule)).toContain('glued');
    const rosa = queue.known.find((person) => person.name === 'Rosa Icela Rodríguez')!;
    expect(rosa.mentions).toContainEqual(expect.objectContaining({ text: 'Rosa Aisela Rodríguez', rule: 'typo' }));
    // Everyone in the registry is known now, so none of them is proposed again as a new name.
    const candidateNames = queue.candidates.map((candidate) => candidate.name);
    for (const person of registry.people) expect(candidateNames).not.toContain(person.name);
  });
});

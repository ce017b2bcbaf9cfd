import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useDossierCli } from '../helpers/cli';
import { corpusFile } from '../helpers/corpus';
import { tempDir } from '../helpers/notebook';

const { dossier } = useDossierCli();

describe('dossier officials', () => {
  it('adds officials with aliases, a country and offices, and lists them as JSON', () => {
    const notebook = join(tempDir(), 'officials.sqlite');
    const added = dossier('officials', 'add', '--notebook', notebook, '--json', 'Alicia', 'Bárcena', '--alias', 'Bárcena Ibarra', '--alias', 'la canciller Bárcena', '--country', 'mx', '--office', 'Secretary of Foreign Affairs');
    expect(added.status).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ name: 'Alicia Bárcena', aliases: ['Bárcena Ibarra', 'la canciller Bárcena'], country: 'mx' });
    dossier('officials', 'add', '--notebook', notebook, 'Antony Blinken', '--country', 'us');
    const { status, stdout } = dossier('officials', '--notebook', notebook, '--json');
    expect(status).toBe(0);
    const { officials } = JSON.parse(stdout);
    expect(officials.map((o: { name: string }) => o.name)).toEqual(['Alicia Bárcena', 'Antony Blinken']);
    expect(officials[0]).toMatchObject({ offices: [{ title: 'Secretary of Foreign Affairs', start: null, end: null }], mentions: 0, documents: 0 });
    expect(dossier('officials', '--notebook', notebook).stdout).toContain('also: Bárcena Ibarra; la canciller Bárcena');
  });

  it('explains a wrong country and a wrong subcommand', () => {
    const notebook = join(tempDir(), 'officials.sqlite');
    const wrong = dossier('officials', 'add', '--notebook', notebook, 'Ken Salazar', '--country', 'france');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/country/);
    expect(dossier('officials', 'frob', '--notebook', notebook).status).toBe(2);
    expect(dossier('officials', 'add', '--notebook', notebook).status).toBe(2);
    expect(JSON.parse(dossier('officials', '--notebook', notebook, '--json').stdout)).toEqual({ officials: [] });
  });

  it('prints the review queue: known officials with document, offsets, text and rule; new names with their mentions', () => {
    const notebook = join(tempDir(), 'suggest.sqlite');
    const { uid } = JSON.parse(dossier('import', '--notebook', notebook, '--json', corpusFile('004')).stdout).imported[0];
    dossier('officials', 'add', '--notebook', notebook, 'Alejandro Mayorkas', '--country', 'us');
    const { status, stdout } = dossier('officials', 'suggest', '--notebook', notebook, '--json');
    expect(status).toBe(0);
    const queue = JSON.parse(stdout);
    expect(queue.known).toHaveLength(1);
    expect(queue.known[0].name).toBe('Alejandro Mayorkas');
    expect(queue.known[0].mentions).toContainEqual(expect.objectContaining({ documentUid: uid, text: 'Alejandro Mayorkas', rule: 'glued', start: expect.any(Number), end: expect.any(Number) }));
    expect(queue.candidates.map((candidate: { name: string }) => candidate.name)).toContain('Antony Blinken');
    expect(dossier('officials', 'suggest', '--notebook', notebook).stdout).toMatch(/^Alejandro Mayorkas: \d+ suggested mentions?/);
  });

  it('proposes the handle a tweet signature gives a registry person as their alias', () => {
    const notebook = join(tempDir(), 'aliases.sqlite');
    const { uid } = JSON.parse(dossier('import', '--notebook', notebook, '--json', corpusFile('000')).stdout).imported[0];
    dossier('officials', 'add', '--notebook', notebook, 'Marcelo Ebrard');
    const { status, stdout } = dossier('officials', 'suggest', '--notebook', notebook, '--json');
    expect(status).toBe(0);
    const [proposal, ...others] = JSON.parse(stdout).aliases;
    expect(others).toEqual([]);
    expect(proposal).toMatchObject({ name: 'Marcelo Ebrard', alias: '@m_ebrard', total: 2 });
    expect(proposal.mentions).toEqual([
      expect.objectContaining({ documentUid: uid, text: '@m_ebrard' }),
      expect.objectContaining({ documentUid: uid, text: '@m_ebrard' }),
    ]);
    expect(dossier('officials', 'suggest', '--notebook', notebook).stdout).toContain('Alias: @m_ebrard — alias of Marcelo Ebrard: 2 mentions\n');
  });

  it('prints every suggested mention of a person, more than one page of the queue holds', () => {
    const folder = tempDir();
    const notebook = join(folder, 'busy.sqlite');
    const article = join(folder, 'hearing.txt');
    const paragraphs = Array.from({ length: 1_200 }, (_, index) => `Secretary Alejandro Mayorkas answered question ${index + 1}.`);
    writeFileSync(article, `Hearing on border security\n\n${paragraphs.join('\n\n')}\n`);
    dossier('import', '--notebook', notebook, article);
    dossier('officials', 'add', '--notebook', notebook, 'Alejandro Mayorkas');
    const { status, stdout } = dossier('officials', 'suggest', '--notebook', notebook, '--json');
    expect(status).toBe(0);
    const [mayorkas] = JSON.parse(stdout).known;
    expect(mayorkas.total).toBe(1_200);
    expect(mayorkas.mentions).toHaveLength(1_200);
    expect(new Set(mayorkas.mentions.map((mention: { start: number }) => mention.start)).size).toBe(1_200);
    expect(mayorkas.mentions.at(-1).after).toBe(' answered question 1200.');
  });
});

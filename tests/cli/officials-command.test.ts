import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useDossierCli } from '../helpers/cli';
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
});

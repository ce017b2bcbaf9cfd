import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useDossierCli } from '../helpers/cli';
import { corpusDir, corpusFile, corpusFiles } from '../helpers/corpus';
import { tempDir } from '../helpers/notebook';

const { dossier, script } = useDossierCli();

describe('the dossier command', () => {
  it('imports files and folders and prints the summary as JSON', () => {
    const notebook = join(tempDir(), 'cli.sqlite');
    const first = dossier('import', '--notebook', notebook, '--json', corpusFile('000'), corpusFile('003'));
    expect(first.status).toBe(0);
    const summary = JSON.parse(first.stdout);
    expect(Object.keys(summary)).toEqual(['imported', 'skipped', 'failed']);
    expect(summary.imported).toEqual([
      { file: corpusFile('000'), uid: expect.stringMatching(/^[0-9A-Z]{26}$/), title: expect.stringMatching(/^Mexico and the US hold a meeting/) },
      { file: corpusFile('003'), uid: expect.any(String), title: 'Mexico and U.S. meet on security, trade and migration' },
    ]);
    const second = JSON.parse(dossier('import', '--notebook', notebook, '--json', corpusDir).stdout);
    expect(second.imported).toHaveLength(4);
    expect(second.skipped).toEqual([
      { file: join(corpusDir, '000_20bfc48c463543ef.txt'), reason: expect.stringMatching(/^duplicate of/) },
      { file: join(corpusDir, '003_935f35c332d393ca.txt'), reason: expect.stringMatching(/^duplicate of/) },
    ]);
  });

  it('lists every document outside the Trash as JSON', () => {
    const notebook = join(tempDir(), 'list.sqlite');
    dossier('import', '--notebook', notebook, ...corpusFiles);
    const { status, stdout } = dossier('list', '--notebook', notebook, '--json');
    expect(status).toBe(0);
    const { documents } = JSON.parse(stdout);
    expect(documents).toHaveLength(5);
    expect(Object.keys(documents[0])).toEqual(['uid', 'title', 'outlet', 'published', 'language', 'words']);
    expect(documents.find((d: { outlet: string | null }) => d.outlet === 'El Sol de México').title).toBe(
      'US advance prepares details in the SRE for high-level meeting with AMLO on migration',
    );
  });

  it('exits 1 when a file failed, and prints why', () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, Buffer.from([0xc3, 0x28]));
    const { status, stdout } = dossier('import', '--notebook', join(dir, 'n.sqlite'), '--json', bad, corpusFile('001'));
    expect(status).toBe(1);
    const summary = JSON.parse(stdout);
    expect(summary.imported).toHaveLength(1);
    expect(summary.failed).toEqual([{ file: bad, code: 'UNSUPPORTED_FORMAT', message: expect.stringContaining('not UTF-8') }]);
  });

  it('exits 2 for a usage error', () => {
    expect(dossier('import', '--notebook', join(tempDir(), 'n.sqlite')).status).toBe(2);
    expect(dossier('frobnicate').status).toBe(2);
    expect(dossier('list', '--colour').status).toBe(2);
    expect(dossier('web', '--port', 'eighty').status).toBe(2);
  });

  it('refuses a file that is not a notebook and leaves it untouched', () => {
    const path = join(tempDir(), 'essay.sqlite');
    writeFileSync(path, 'My essay draft');
    const { status, stderr } = dossier('list', '--notebook', path);
    expect(status).toBe(1);
    expect(stderr).toBe('dossier: essay.sqlite is not a Dossier notebook; it was left untouched.\n');
    expect(readFileSync(path, 'utf8')).toBe('My essay draft');
  });

  it('creates a missing notebook and explains an empty one', () => {
    const { status, stdout } = dossier('list', '--notebook', join(tempDir(), 'fresh', 'new.sqlite'));
    expect(status).toBe(0);
    expect(stdout).toMatch(/no documents yet/);
  });

  it('serves the notebook over the loopback host until stopped', async () => {
    const notebook = join(tempDir(), 'web.sqlite');
    const child = spawn(process.execPath, [script(), 'web', '--notebook', notebook, '--no-open'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          const match = /^Dossier web: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/m.exec(out);
          if (match) resolve(match[1]!);
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      const { origin, searchParams } = new URL(url);
      const response = await fetch(`${origin}/api/notebook.info`, { method: 'POST', headers: { 'x-dossier-token': searchParams.get('token')! }, body: '{}' });
      expect(await response.json()).toMatchObject({ ok: true, value: { path: notebook, documents: 0 } });
      expect((await fetch(`${origin}/api/notebook.info`, { method: 'POST', body: '{}' })).status).toBe(401);
    } finally {
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    }
  });
});

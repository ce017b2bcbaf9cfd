import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useDossierCli } from '../helpers/cli';
import { corpusFile } from '../helpers/corpus';
import { openTestNotebook, tempDir } from '../helpers/notebook';
import { reviewedCorpus } from '../core/meetings/suggest/reviewed-corpus';

const { dossier } = useDossierCli();

async function reviewedNotebook() {
  const path = join(tempDir(), 'reviewed.sqlite');
  const { notebook, docs } = await reviewedCorpus(path);
  const reported = await notebook.call('meetings.create', { title: 'High-level meeting on migration', start: '2023-12-27', fromDocumentUid: docs['002']! });
  const advance = await notebook.call('meetings.create', { title: 'US advance team at the SRE', start: '2023-12-26', fromDocumentUid: docs['004']! });
  await notebook.core.close();
  return { path, docs, reported, advance };
}

describe('dossier meetings suggest', () => {
  it('prints per document the date with its precision and sentence, the place and the participants, then the candidates with evidence', async () => {
    const { path, docs } = await reviewedNotebook();
    const { status, stdout } = dossier('meetings', 'suggest', '--notebook', path);
    expect(status).toBe(0);
    const block = (prefix: string) => stdout.split('\n\n').find((part) => part.includes(`[${docs[prefix]}]`))!;
    expect(block('000')).toContain('  date: 2022-05-03 (day), from “Later, Foreign Minister Marcelo Ebrard met at the White House');
    expect(block('000')).toContain('  place: Washington, from');
    expect(block('000')).toMatch(/ {2}participants: (Marcelo Ebrard, Alejandro Mayorkas|Alejandro Mayorkas, Marcelo Ebrard)/);
    expect(block('004')).toContain('  date: --12-27 (day, year unknown), from “The meeting will take place this December 27');
    expect(stdout).toMatch(/Candidates:\nmeeting “US advance team at the SRE” \[\w+\] \(2023-12-26\) prepares meeting “High-level meeting on migration” \[\w+\] \(2023-12-27\)/);
    expect(stdout).toMatch(/\n {2}link \[\w+ \d+–\d+\]: “An Aadvance of US officials met this Tuesday/);
  });

  it('prints the same as JSON, for one document with --document', async () => {
    const { path, docs, advance } = await reviewedNotebook();
    const { status, stdout } = dossier('meetings', 'suggest', '--notebook', path, '--json', '--document', docs['004']!);
    expect(status).toBe(0);
    const { documents, candidates } = JSON.parse(stdout);
    expect(documents.map((document: { documentUid: string }) => document.documentUid)).toEqual([docs['004']]);
    expect(candidates).toEqual([expect.objectContaining({ kind: 'prepares', from: expect.objectContaining({ uid: advance.uid }) })]);
  });

  it('leaves out a candidate dismissed in the app, says so, and lists it apart in the JSON', async () => {
    const path = join(tempDir(), 'dismissed.sqlite');
    const notebook = openTestNotebook(path);
    const [report, advanceReport] = (await notebook.importPaths(corpusFile('002'), corpusFile('004'))).imported.map((item) => item.uid);
    const reported = await notebook.call('meetings.create', { title: 'High-level meeting on migration', start: '2023-12-27', fromDocumentUid: report! });
    const advance = await notebook.call('meetings.create', { title: 'US advance team at the SRE', start: '2023-12-26', fromDocumentUid: advanceReport! });
    await notebook.call('meetings.dismissSuggestion', { kind: 'prepares', from: { kind: 'meeting', uid: advance.uid }, to: { kind: 'meeting', uid: reported.uid } });
    await notebook.core.close();

    const text = dossier('meetings', 'suggest', '--notebook', path);
    expect(text.status).toBe(0);
    expect(text.stdout).not.toContain('prepares meeting');
    expect(text.stdout).toContain('No same-meeting or link candidates.\n(1 dismissed candidate is not shown; --json lists them under "dismissed".)');
    const { candidates, dismissed } = JSON.parse(dossier('meetings', 'suggest', '--notebook', path, '--json').stdout);
    expect(candidates).toEqual([]);
    expect(dismissed).toEqual([expect.objectContaining({ kind: 'prepares', from: expect.objectContaining({ uid: advance.uid }), to: expect.objectContaining({ uid: reported.uid }) })]);
  });

  it('explains a wrong subcommand and an unknown document', async () => {
    const path = join(tempDir(), 'empty.sqlite');
    expect(dossier('meetings', 'frob', '--notebook', path).status).toBe(2);
    expect(dossier('meetings', 'suggest', 'extra', '--notebook', path).status).toBe(2);
    const unknown = dossier('meetings', 'suggest', '--notebook', path, '--document', '01HZZZZZZZZZZZZZZZZZZZZZZZ');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/not in this notebook/);
    expect(dossier('meetings', 'suggest', '--notebook', path).stdout).toMatch(/^No documents to read/);
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useDossierCli } from '../helpers/cli';
import { corpusFile } from '../helpers/corpus';
import { openTestNotebook, tempDir } from '../helpers/notebook';

const { dossier } = useDossierCli();

async function annotatedNotebook() {
  const path = join(tempDir(), 'annotated.sqlite');
  const notebook = openTestNotebook(path);
  const { uid } = (await notebook.importPaths(corpusFile('004'))).imported[0]!;
  const { text } = await notebook.call('documents.get', { uid });
  const security = await notebook.call('labels.create', { name: 'Security' });
  const border = await notebook.call('labels.create', { name: 'Border', parentUid: security.uid });
  const legal = await notebook.call('labels.create', { name: 'Legal pathways' });
  const at = (exact: string) => ({ start: text.indexOf(exact), end: text.indexOf(exact) + exact.length, exact });
  const first = await notebook.call('annotations.create', { documentUid: uid, selection: at('legal avenues for migration'), note: 'A **key** phrase', labelUids: [legal.uid] });
  const second = await notebook.call('annotations.create', { documentUid: uid, selection: at('border crossing'), labelUids: [border.uid] });
  const whole = await notebook.call('annotations.create', { documentUid: uid, note: 'Read with 003' });
  await notebook.core.close();
  return { path, uid, first, second, whole };
}

describe('dossier annotations', () => {
  it('lists annotations as JSON with document, quote, note, labels, offsets and anchor state', async () => {
    const { path, uid, first, second, whole } = await annotatedNotebook();
    const { status, stdout } = dossier('annotations', '--notebook', path, '--json');
    expect(status).toBe(0);
    const { annotations } = JSON.parse(stdout);
    expect(annotations.map((a: { uid: string }) => a.uid)).toEqual([whole.uid, second.uid, first.uid]);
    expect(annotations[2]).toEqual({
      uid: first.uid,
      documentUid: uid,
      documentTitle: 'US advance prepares details in the SRE for high-level meeting with AMLO on migration',
      quote: 'legal avenues for migration',
      note: 'A **key** phrase',
      labels: ['Legal pathways'],
      start: first.passage!.start,
      end: first.passage!.end,
      anchor: 'anchored',
      createdAt: first.createdAt,
    });
    expect(annotations[1].labels).toEqual(['Security/Border']);
    expect(annotations[0]).toMatchObject({ quote: null, start: null, anchor: 'document', note: 'Read with 003' });
  });

  it('filters by label name (children included), by Parent/Child, and by document', async () => {
    const { path, uid, second } = await annotatedNotebook();
    const uids = (...args: string[]) => JSON.parse(dossier('annotations', '--notebook', path, '--json', ...args).stdout).annotations.map((a: { uid: string }) => a.uid);
    expect(uids('--label', 'security')).toEqual([second.uid]);
    expect(uids('--label', 'Security/Border')).toEqual([second.uid]);
    expect(uids('--document', uid)).toHaveLength(3);
    const unknown = dossier('annotations', '--notebook', path, '--label', 'Fentanyl');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/No label is named "Fentanyl". Labels: Security, Security\/Border, Legal pathways/);
  });

  it('prints a readable list without --json', async () => {
    const { path } = await annotatedNotebook();
    const { status, stdout } = dossier('annotations', '--notebook', path);
    expect(status).toBe(0);
    expect(stdout).toContain('“legal avenues for migration”');
    expect(stdout).toContain('labels: Security/Border');
    expect(stdout).toContain('[whole document]');
  });
});

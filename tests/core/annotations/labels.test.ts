import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../helpers/corpus';
import { openTestNotebook, type TestNotebook } from '../../helpers/notebook';

async function failure(notebook: TestNotebook, channel: Parameters<TestNotebook['core']['invoke']>[0], input: unknown) {
  const envelope = await notebook.core.invoke(channel, input);
  expect(envelope.ok).toBe(false);
  return envelope.ok ? null : envelope.error;
}

async function annotated(notebook: TestNotebook, labelUids: string[]) {
  const { uid } = (await notebook.importPaths(corpusFile('004'))).imported[0]!;
  const annotation = await notebook.call('annotations.create', { documentUid: uid, note: 'whole document', labelUids });
  return { documentUid: uid, annotation };
}

describe('the codebook', () => {
  it('creates labels with a palette colour, nests one level and lists parents before their children', async () => {
    const notebook = openTestNotebook();
    const security = await notebook.call('labels.create', { name: 'Security', color: 'blue' });
    const fentanyl = await notebook.call('labels.create', { name: 'Fentanyl', parentUid: security.uid });
    const migration = await notebook.call('labels.create', { name: 'Migration' });
    expect(fentanyl.parentUid).toBe(security.uid);
    expect(fentanyl.color).not.toBe('blue');
    const { labels } = await notebook.call('labels.list', {});
    expect(labels.map((label) => label.name)).toEqual(['Security', 'Fentanyl', 'Migration']);

    const tooDeep = await failure(notebook, 'labels.create', { name: 'Precursors', parentUid: fentanyl.uid });
    expect(tooDeep).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/one level/) });
    const parentWithChildren = await failure(notebook, 'labels.update', { uid: security.uid, patch: { parentUid: migration.uid } });
    expect(parentWithChildren?.code).toBe('INVALID_INPUT');
  });

  it('refuses a second label with the same name at the same level, whatever its case', async () => {
    const notebook = openTestNotebook();
    const security = await notebook.call('labels.create', { name: 'Security' });
    expect(await failure(notebook, 'labels.create', { name: 'security' })).toMatchObject({ code: 'CONFLICT' });
    // The same name under another parent is a different label.
    await notebook.call('labels.create', { name: 'Security', parentUid: (await notebook.call('labels.create', { name: 'Trade' })).uid });
    const renamed = await notebook.call('labels.update', { uid: security.uid, patch: { name: 'SECURITY', color: 'vermillion' } });
    expect(renamed).toMatchObject({ name: 'SECURITY', color: 'vermillion' });
  });

  it('renames, recolours and reorders siblings', async () => {
    const notebook = openTestNotebook();
    const a = await notebook.call('labels.create', { name: 'A' });
    const b = await notebook.call('labels.create', { name: 'B' });
    const c = await notebook.call('labels.create', { name: 'C' });
    await notebook.call('labels.reorder', { uids: [c.uid, a.uid, b.uid] });
    expect((await notebook.call('labels.list', {})).labels.map((label) => label.name)).toEqual(['C', 'A', 'B']);
    const child = await notebook.call('labels.create', { name: 'A1', parentUid: a.uid });
    expect(await failure(notebook, 'labels.reorder', { uids: [child.uid, b.uid] })).toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('merges two labels so that annotations keep one copy, and counts follow', async () => {
    const notebook = openTestNotebook();
    const border = await notebook.call('labels.create', { name: 'Border' });
    const frontier = await notebook.call('labels.create', { name: 'Frontier' });
    const { documentUid, annotation } = await annotated(notebook, [border.uid, frontier.uid]);
    await notebook.call('annotations.create', { documentUid, labelUids: [frontier.uid] });
    const merged = await notebook.call('labels.merge', { sourceUid: frontier.uid, targetUid: border.uid });
    expect(merged.label).toMatchObject({ uid: border.uid, count: 2 });
    expect(merged.annotations).toBe(2);
    const after = (await notebook.call('annotations.forDocument', { documentUid })).items.find((item) => item.uid === annotation.uid)!;
    expect(after.labelUids).toEqual([border.uid]);
    expect((await notebook.call('labels.list', {})).labels.map((label) => label.name)).toEqual(['Border']);
  });

  it('deletes a label in use: its annotations stay, without it, and its children move up', async () => {
    const notebook = openTestNotebook();
    const security = await notebook.call('labels.create', { name: 'Security' });
    const fentanyl = await notebook.call('labels.create', { name: 'Fentanyl', parentUid: security.uid });
    const { documentUid } = await annotated(notebook, [security.uid, fentanyl.uid]);
    expect(await notebook.call('labels.delete', { uid: security.uid })).toEqual({ annotations: 1 });
    const [annotation] = (await notebook.call('annotations.forDocument', { documentUid })).items;
    expect(annotation?.labelUids).toEqual([fentanyl.uid]);
    expect((await notebook.call('labels.list', {})).labels).toEqual([expect.objectContaining({ name: 'Fentanyl', parentUid: null, count: 1 })]);
  });

  it('exports the codebook as JSON and imports it into another notebook without duplicating labels', async () => {
    const source = openTestNotebook();
    const security = await source.call('labels.create', { name: 'Security', color: 'blue', description: 'Anything on security' });
    await source.call('labels.create', { name: 'Fentanyl', color: 'purple', parentUid: security.uid });
    const codebook = await source.call('labels.export', {});
    expect(codebook).toEqual({
      format: 'dossier-codebook',
      version: 1,
      labels: [{ name: 'Security', color: 'blue', description: 'Anything on security', children: [{ name: 'Fentanyl', color: 'purple', description: '' }] }],
    });

    const target = openTestNotebook();
    await target.call('labels.create', { name: 'security', color: 'grey' });
    expect(await target.call('labels.import', { codebook: JSON.parse(JSON.stringify(codebook)) })).toEqual({ created: 1, updated: 1 });
    expect(await target.call('labels.import', { codebook })).toEqual({ created: 0, updated: 0 });
    const { labels } = await target.call('labels.list', {});
    expect(labels.map((label) => [label.name, label.color])).toEqual([
      ['security', 'blue'],
      ['Fentanyl', 'purple'],
    ]);
  });

  it('refuses a malformed codebook and changes nothing', async () => {
    const notebook = openTestNotebook();
    for (const codebook of [{}, { format: 'other', version: 1, labels: [] }, { format: 'dossier-codebook', version: 1, labels: [{ name: '', color: 'blue' }] }, { format: 'dossier-codebook', version: 1, labels: [{ name: 'X', color: '#ff0000' }] }]) {
      expect(await failure(notebook, 'labels.import', { codebook })).toMatchObject({ code: 'INVALID_INPUT' });
    }
    expect((await notebook.call('labels.list', {})).labels).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { corpusFile, corpusFiles } from '../../helpers/corpus';
import { openTestNotebook, type TestNotebook } from '../../helpers/notebook';

async function corpusNotebook(): Promise<TestNotebook & { uidOf: (prefix: string) => string }> {
  const notebook = openTestNotebook();
  const summary = await notebook.importPaths(...corpusFiles);
  const uidOf = (prefix: string) => summary.imported.find((item) => item.file === corpusFile(prefix))!.uid;
  return Object.assign(notebook, { uidOf });
}

describe('full-text search', () => {
  it('finds "Bárcena" when the researcher types "barcena", with the match highlighted in the snippet', async () => {
    const notebook = await corpusNotebook();
    const { results, total } = await notebook.call('search.query', { query: 'barcena' });
    expect(total).toBe(1);
    expect(results[0]!.uid).toBe(notebook.uidOf('002'));
    const { snippet, highlights } = results[0]!;
    expect(highlights.length).toBeGreaterThan(0);
    for (const [start, end] of highlights) expect(snippet.slice(start, end)).toBe('Bárcena');
  });

  it('finds "López Obrador" from "lopez obrador", ranking documents that say it more first', async () => {
    const notebook = await corpusNotebook();
    const { results } = await notebook.call('search.query', { query: 'lopez obrador' });
    expect(results.map((r) => r.uid)).toEqual(expect.arrayContaining(['000', '001', '002', '004'].map(notebook.uidOf)));
    expect(results.map((r) => r.uid)).not.toContain(notebook.uidOf('003'));
    const scores = results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('weights the title: a word in a title ranks that document first', async () => {
    const notebook = await corpusNotebook();
    const { results } = await notebook.call('search.query', { query: 'trade' });
    expect(results[0]!.uid).toBe(notebook.uidOf('003'));
  });

  it('understands phrases, prefixes, OR and exclusions', async () => {
    const notebook = await corpusNotebook();
    const uids = async (query: string) => (await notebook.call('search.query', { query })).results.map((r) => r.uid).sort();
    expect(await uids('"working group"')).toEqual(['002'].map(notebook.uidOf));
    expect(await uids('Sherwood*')).toEqual(['002', '004'].map(notebook.uidOf).sort());
    expect(await uids('fentanyl OR Summit')).toEqual(['000', '003'].map(notebook.uidOf).sort());
    // 004 glues "Mayorkasand", which only a prefix finds.
    expect(await uids('Mayorkas* -Summit')).toEqual(['001', '002', '004'].map(notebook.uidOf).sort());
  });

  it('never fails on malformed queries', async () => {
    const notebook = await corpusNotebook();
    for (const query of ['"unbalanced', '*', 'AND', 'NEAR(', 'title:migration', '(((', '-', '"', '**Ebrard**', 'ebrard"']) {
      const envelope = await notebook.core.invoke('search.query', { query });
      expect(envelope.ok, query).toBe(true);
    }
    const literal = await notebook.call('search.query', { query: '"Ebrard' });
    expect(literal.total).toBe(3);
  });

  it('leaves the Trash out, and applies the Library filters', async () => {
    const notebook = await corpusNotebook();
    await notebook.call('documents.trash', { uids: [notebook.uidOf('000')] });
    const ebrard = await notebook.call('search.query', { query: 'Ebrard' });
    expect(ebrard.results.map((r) => r.uid)).not.toContain(notebook.uidOf('000'));
    const sol = await notebook.call('search.query', { query: 'Mayorkas*', filter: { outlet: 'El Sol de México' } });
    expect(sol.results.map((r) => r.uid)).toEqual([notebook.uidOf('004')]);
    await notebook.call('documents.update', { uid: notebook.uidOf('001'), patch: { published: '2021-08-11' } });
    const dated = await notebook.call('search.query', { query: 'Mayorkas', filter: { publishedFrom: '2021-08', publishedTo: '2021' } });
    expect(dated.results.map((r) => r.uid)).toEqual([notebook.uidOf('001')]);
  });

  it('follows corrections: a retitled document is found by its new title', async () => {
    const notebook = await corpusNotebook();
    await notebook.call('documents.update', { uid: notebook.uidOf('003'), patch: { title: 'Congressional delegation visits Tlatelolco' } });
    const { results } = await notebook.call('search.query', { query: 'tlatelolco' });
    expect(results.map((r) => r.uid)).toEqual([notebook.uidOf('003')]);
  });
});

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openCore } from '../../main/core/api/in-process-core';
import { insertBaseline } from './library/baseline';
import { firstPageInBrowser } from './library/browser-open';
import { generateCorpus } from './library/generate-corpus';
import { mixedQueries } from './library/queries';
import { percentile, printTable, timed } from './library/stats';

type ImportRow = {
  documents: number;
  importDocsPerSec: number;
  importMBPerSec: number;
  baselineDocsPerSec: number;
  ratioToBaseline: number;
  peakRssMB: number | null;
};

/** `npm run bench -- library`: import, search, paging and open-to-first-page at 10k and 100k documents. */
export async function run({ root }: { root: string }) {
  const sizes = (process.env.DOSSIER_BENCH_SIZES ?? '10000,100000').split(',').map(Number);
  const corpusDir = resolve(root, '..', 'shared', 'corpus');
  const cli = join(root, 'out/main/cli.cjs');
  const work = mkdtempSync(join(tmpdir(), 'dossier-library-bench-'));
  const report: Record<string, unknown> = { sizes };
  try {
    const imports: ImportRow[] = [];
    let largest = '';
    for (const size of sizes) {
      const corpus = generateCorpus(corpusDir, join(work, `corpus-${size}`), size);
      const baselineMs = insertBaseline(corpus.dir, join(work, `baseline-${size}.sqlite`));
      const notebook = join(work, `notebook-${size}.sqlite`);
      const { ms, peakRssMB } = await importWithCli(cli, notebook, corpus.dir);
      imports.push({
        documents: size,
        importDocsPerSec: Math.round((size / ms) * 1000),
        importMBPerSec: Math.round((corpus.bytes / 1024 / 1024 / (ms / 1000)) * 10) / 10,
        baselineDocsPerSec: Math.round((size / baselineMs) * 1000),
        ratioToBaseline: Math.round((baselineMs / ms) * 100) / 100,
        peakRssMB,
      });
      largest = notebook;
      rmSync(corpus.dir, { recursive: true, force: true });
    }
    printTable('Import (targets: ≥ 2,000 docs/s, ≥ 0.5 of the bare-insert baseline, peak RSS ≤ 300 MB)', imports);
    report.import = imports;

    const core = openCore({ notebookPath: largest });
    const call = async (channel: string, payload: unknown) => {
      const envelope = await core.invoke(channel, payload);
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value;
    };
    const queries = mixedQueries();
    const searchMs: number[] = [];
    for (const query of queries) searchMs.push((await timed(() => call('search.query', { query, limit: 50 }))).ms);
    // The naive alternative: a LIKE scan that finds and counts every match, as a result count needs.
    const likeMs: number[] = [];
    const db = (await import('better-sqlite3')).default(largest, { readonly: true });
    const like = db.prepare(
      'SELECT count(*) FROM documents d JOIN document_texts t ON t.document_id = d.id WHERE d.trashed_at IS NULL AND (d.title LIKE ? OR t.text LIKE ?)',
    );
    for (const query of queries.slice(0, 20)) {
      const term = `%${query.replace(/["*-]|\bOR\b/g, '').trim().split(/\s+/)[0]}%`;
      likeMs.push((await timed(async () => like.get(term, term))).ms);
    }
    db.close();
    const search = {
      documents: sizes.at(-1),
      queries: queries.length,
      p50Ms: percentile(searchMs, 50),
      p95Ms: percentile(searchMs, 95),
      maxMs: Math.round(Math.max(...searchMs) * 100) / 100,
      naiveLikeScanP50Ms: percentile(likeMs, 50),
      ratioToLike: Math.round((percentile(searchMs, 50) / percentile(likeMs, 50)) * 1000) / 1000,
    };
    printTable('Search, top 50 with snippets (target: p95 ≤ 25 ms)', [search]);
    report.search = search;

    const pageMs: number[] = [];
    const sortMs: number[] = [];
    for (let i = 0; i < 20; i++) {
      pageMs.push((await timed(() => call('documents.list', { limit: 200 }))).ms);
      sortMs.push((await timed(() => call('documents.list', { limit: 200, sort: i % 2 ? 'title' : 'published', direction: 'asc' }))).ms);
    }
    await core.close();
    const paging = { documents: sizes.at(-1), firstPageP50Ms: percentile(pageMs, 50), firstPageP95Ms: percentile(pageMs, 95), sortChangeP50Ms: percentile(sortMs, 50), sortChangeP95Ms: percentile(sortMs, 95) };
    printTable('Library first page and sort change in the core (target: ≤ 10 ms)', [paging]);
    report.paging = paging;

    const openMs = await firstPageInBrowser(cli, largest);
    const browser = { documents: sizes.at(-1), openToFirstPageMs: openMs };
    printTable('Notebook open to first Library page in the browser host (target: ≤ 1 s)', [browser]);
    report.browser = browser;
    console.log(`\nJSON ${JSON.stringify(report)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Imports with the real CLI in a child process, sampling its peak RSS (VmHWM) where /proc exists. */
function importWithCli(cli: string, notebook: string, folder: string): Promise<{ ms: number; peakRssMB: number | null }> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, 'import', '--notebook', notebook, folder], { stdio: ['ignore', 'ignore', 'inherit'] });
    let peakKb: number | null = null;
    const sample = setInterval(() => {
      try {
        const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (match) peakKb = Math.max(peakKb ?? 0, Number(match[1]));
      } catch {
        // No /proc on this system, or the process just ended.
      }
    }, 50);
    child.on('error', fail);
    child.on('exit', (code) => {
      clearInterval(sample);
      if (code !== 0) fail(new Error(`dossier import exited with ${code}`));
      else done({ ms: performance.now() - started, peakRssMB: peakKb === null ? null : Math.round(peakKb / 1024) });
    });
  });
}

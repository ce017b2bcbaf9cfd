import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { normalizeText } from '../../shared/text/normalize';
import type { SuggestionQueue } from '../../shared/model/suggestion';
import { openCore } from '../../main/core/api/in-process-core';
import { findingsIn } from '../../main/core/officials/document-findings';
import { buildMatcher } from '../../main/core/officials/matching/matcher';
import { generateCorpus } from './library/generate-corpus';
import { percentile, printTable, timed } from './library/stats';
import { call, importFile, importFolder } from './officials/notebook';
import { plantMentions } from './officials/plant-mentions';
import { regexBaseline } from './officials/regex-baseline';
import { syntheticRegistry } from './officials/synthetic-registry';

const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;
const BASELINE_SAMPLE = 1_000;

/**
 * `npm run bench -- officials`: the review queue over 10,000 articles and 500 officials with three
 * aliases each — the full pass from a cold index, and the queue after importing one more article —
 * against one case-insensitive regular expression per alias run over every article.
 */
export async function run({ root }: { root: string }) {
  const documents = Number(process.env.DOSSIER_BENCH_DOCUMENTS ?? 10_000);
  const officials = Number(process.env.DOSSIER_BENCH_OFFICIALS ?? 500);
  const additions = 50;
  const work = mkdtempSync(join(tmpdir(), 'dossier-officials-bench-'));
  try {
    const people = syntheticRegistry(officials);
    const articles = join(work, 'articles');
    const later = join(work, 'later');
    generateCorpus(resolve(root, '..', 'shared', 'corpus'), articles, documents + additions);
    const planted = plantMentions(articles, people);
    mkdirSync(later);
    for (const name of readdirSync(articles).sort().slice(documents)) renameSync(join(articles, name), join(later, name));
    const notebook = join(work, 'notebook.sqlite');
    importFolder(join(root, 'out/main/cli.cjs'), notebook, articles);

    const core = openCore({ notebookPath: notebook });
    for (const person of people) await call(core, 'officials.create', { name: person.name, aliases: person.aliases });
    const cold = await timed(() => call(core, 'officials.suggestions', {}) as Promise<SuggestionQueue>);
    const unchanged: number[] = [];
    for (let i = 0; i < 10; i++) unchanged.push((await timed(() => call(core, 'officials.suggestions', {}))).ms);

    const importMs: number[] = [];
    const queueMs: number[] = [];
    const laterFiles = readdirSync(later).sort().map((name) => join(later, name));
    for (const path of laterFiles) {
      importMs.push((await timed(() => importFile(core, path))).ms);
      queueMs.push((await timed(() => call(core, 'officials.suggestions', {}))).ms);
    }
    await core.close();

    const registry = people.map((person, id) => ({ id, name: person.name, aliases: person.aliases }));
    const matcher = buildMatcher(registry);
    const scans: number[] = [];
    for (const path of laterFiles) {
      const text = normalizeText(readFileSync(path, 'utf8'));
      scans.push((await timed(() => findingsIn(text, matcher))).ms);
    }

    // The baseline reads every text for every form: its rate is measured on a sample, or it alone would take minutes.
    const db = new Database(notebook, { readonly: true });
    const texts = db.prepare('SELECT t.text FROM document_texts t JOIN documents d ON d.id = t.document_id ORDER BY d.id LIMIT ?').pluck().all(BASELINE_SAMPLE) as string[];
    db.close();
    const forms = people.flatMap((person) => [person.name, ...person.aliases]);
    const baseline = regexBaseline(texts, forms);
    const baselineDocsPerSec = (texts.length / baseline.ms) * 1000;
    const oneDocument = laterFiles.map((path) => regexBaseline([normalizeText(readFileSync(path, 'utf8'))], forms).ms);

    const queue = cold.value;
    const fullPass = {
      documents,
      officials,
      forms: forms.length,
      plantedMentions: planted,
      knownMentions: queue.known.reduce((sum, person) => sum + person.mentions.length, 0),
      peopleFound: queue.known.length,
      candidates: queue.candidates.length,
      fullPassMs: Math.round(cold.ms),
      fullPassDocsPerSec: Math.round((documents / cold.ms) * 1000),
      baselineSample: texts.length,
      baselineDocsPerSec: Math.round(baselineDocsPerSec),
      ratioToBaseline: round((documents / cold.ms) * 1000 / baselineDocsPerSec, 2),
      unchangedQueueP50Ms: percentile(unchanged, 50),
    };
    printTable('Full suggestion pass from a cold index (target: ≥ 1,000 docs/s); baseline: one /alias/gi per form over every text', [fullPass]);
    const incremental = {
      additions,
      importP50Ms: percentile(importMs, 50),
      queueAfterImportP50Ms: percentile(queueMs, 50),
      queueAfterImportP95Ms: percentile(queueMs, 95),
      scanAloneP50Ms: percentile(scans, 50),
      scanAloneP95Ms: percentile(scans, 95),
      baselineOneDocumentP50Ms: percentile(oneDocument, 50),
      scanRatioToBaseline: round(percentile(oneDocument, 50) / percentile(scans, 50), 2),
    };
    printTable('One newly imported document (target: ≤ 20 ms): officials.suggestions after its import, and its scan alone', [incremental]);
    console.log(`\nJSON ${JSON.stringify({ fullPass, incremental })}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { normalizeText } from '../../shared/text/normalize';
import type { MentionSpan, SuggestionQueue } from '../../shared/model/suggestion';
import { openCore } from '../../main/core/api/in-process-core';
import { createSharedFindings, findingsIn } from '../../main/core/officials/document-findings';
import { buildMatcher } from '../../main/core/officials/matching/matcher';
import { caller, importPaths } from '../helpers/core-calls';
import { generateCorpus } from './library/generate-corpus';
import { percentile, printTable, timed } from './library/stats';
import { retainedHeapMb } from './officials/heap';
import { importFolder } from './officials/notebook';
import { plantMentions } from './officials/plant-mentions';
import { regexBaseline } from './officials/regex-baseline';
import { syntheticRegistry } from './officials/synthetic-registry';

const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;
const BASELINE_SAMPLE = 1_000;
const DECISIONS = 20;
const ALL_OF = 5;

type KnownGroup = SuggestionQueue['known'][number];
const spanOf = (group: KnownGroup, { documentUid, start, end, text, rule }: KnownGroup['mentions'][number]): MentionSpan => ({
  officialUid: group.officialUid,
  documentUid,
  start,
  end,
  text,
  rule,
});

/**
 * `npm run bench -- officials`: the review queue over 10,000 articles and 500 officials with three
 * aliases each — the full pass from a cold index, the queue after importing one more article, and
 * deciding on suggestions (one, or all of a person) with the queue asked again after each — against
 * one case-insensitive regular expression per alias run over every article. Also what the index
 * and the queue keep in memory, and how much one queue call sends.
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
    const call = caller(core);
    for (const person of people) await call('officials.create', { name: person.name, aliases: person.aliases });
    const heapBefore = retainedHeapMb();
    const cold = await timed(() => call('officials.suggestions', {}));
    const heapKept = retainedHeapMb() - heapBefore;
    const sent = await timed(() => JSON.stringify(cold.value));
    const unchanged: number[] = [];
    for (let i = 0; i < 10; i++) unchanged.push((await timed(() => call('officials.suggestions', {}))).ms);

    const importMs: number[] = [];
    const queueMs: number[] = [];
    const laterFiles = readdirSync(later).sort().map((name) => join(later, name));
    for (const path of laterFiles) {
      importMs.push((await timed(() => importPaths(core, [path]))).ms);
      queueMs.push((await timed(() => call('officials.suggestions', {}))).ms);
    }

    const decideMs: number[] = [];
    const queueAfterDecideMs: number[] = [];
    let queue = await call('officials.suggestions', {});
    for (let i = 0; i < DECISIONS; i++) {
      const group = queue.known[i % queue.known.length]!;
      const spans = [spanOf(group, group.mentions[0]!)];
      decideMs.push((await timed(() => call(i % 2 === 0 ? 'mentions.confirm' : 'mentions.reject', { spans }))).ms);
      const after = await timed(() => call('officials.suggestions', {}));
      queueAfterDecideMs.push(after.ms);
      queue = after.value;
    }
    const allOfMs: number[] = [];
    const allOfMentions: number[] = [];
    const queueAfterAllOfMs: number[] = [];
    for (let i = 0; i < ALL_OF; i++) {
      const group = queue.known[0]!;
      allOfMentions.push(group.total);
      allOfMs.push((await timed(() => call('mentions.confirmAllOf', { officialUid: group.officialUid }))).ms);
      const after = await timed(() => call('officials.suggestions', {}));
      queueAfterAllOfMs.push(after.ms);
      queue = after.value;
    }
    await core.close();

    const registry = people.map((person, id) => ({ id, name: person.name, aliases: person.aliases }));
    const matcher = buildMatcher(registry);
    const shared = createSharedFindings();
    const scans: number[] = [];
    for (const path of laterFiles) {
      const text = normalizeText(readFileSync(path, 'utf8'));
      scans.push((await timed(() => findingsIn(text, matcher, shared))).ms);
    }

    // The baseline reads every text for every form: its rate is measured on a sample, or it alone would take minutes.
    const db = new Database(notebook, { readonly: true });
    const texts = db.prepare('SELECT t.text FROM document_texts t JOIN documents d ON d.id = t.document_id ORDER BY d.id LIMIT ?').pluck().all(BASELINE_SAMPLE) as string[];
    db.close();
    const forms = people.flatMap((person) => [person.name, ...person.aliases]);
    const baseline = regexBaseline(texts, forms);
    const baselineDocsPerSec = (texts.length / baseline.ms) * 1000;
    const oneDocument = laterFiles.map((path) => regexBaseline([normalizeText(readFileSync(path, 'utf8'))], forms).ms);

    const fullPass = {
      documents,
      officials,
      forms: forms.length,
      plantedMentions: planted,
      knownMentions: cold.value.known.reduce((sum, person) => sum + person.total, 0),
      peopleFound: cold.value.known.length,
      candidates: cold.value.candidates.length,
      candidateMentions: cold.value.candidates.reduce((sum, candidate) => sum + candidate.total, 0),
      fullPassMs: Math.round(cold.ms),
      fullPassDocsPerSec: Math.round((documents / cold.ms) * 1000),
      baselineSample: texts.length,
      baselineDocsPerSec: Math.round(baselineDocsPerSec),
      ratioToBaseline: round((documents / cold.ms) * 1000 / baselineDocsPerSec, 2),
      unchangedQueueP50Ms: percentile(unchanged, 50),
    };
    printTable('Full suggestion pass from a cold index (target: ≥ 1,000 docs/s); baseline: one /alias/gi per form over every text', [fullPass]);
    const kept = {
      indexAndQueueHeapMb: round(heapKept),
      queueCallMb: round(sent.value.length / 1e6, 2),
      queueToJsonMs: round(sent.ms),
      mentionsSent: cold.value.known.reduce((sum, person) => sum + person.mentions.length, 0) + cold.value.candidates.reduce((sum, candidate) => sum + candidate.mentions.length, 0),
    };
    printTable('What the full pass keeps (heap after a collection, less before) and what one officials.suggestions call sends', [kept]);
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
    const decisions = {
      decisions: DECISIONS,
      decideOneP50Ms: percentile(decideMs, 50),
      decideOneP95Ms: percentile(decideMs, 95),
      queueAfterOneP50Ms: percentile(queueAfterDecideMs, 50),
      queueAfterOneP95Ms: percentile(queueAfterDecideMs, 95),
      allOf: ALL_OF,
      allOfMentionsP50: percentile(allOfMentions, 50),
      acceptAllOfP50Ms: percentile(allOfMs, 50),
      queueAfterAllOfP50Ms: percentile(queueAfterAllOfMs, 50),
    };
    printTable('Deciding at 10,000 documents: accept or reject one mention, or accept all of the most named person, then officials.suggestions', [decisions]);
    console.log(`\nJSON ${JSON.stringify({ fullPass, kept, incremental, decisions })}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

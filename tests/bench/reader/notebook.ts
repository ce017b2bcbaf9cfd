import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCore } from '../../../main/core/api/in-process-core';
import { caller, importPaths } from '../../helpers/core-calls';
import { percentile } from '../library/stats';
import { generateArticle, planSpans, type Span } from './article';

export interface Prepared {
  notebook: string;
  /** The annotated article, its unannotated copy and a short document to navigate away to. */
  articleUid: string;
  copyUid: string;
  shortUid: string;
  text: string;
  words: number;
  spans: Span[];
  fresh: Span[];
  labels: number;
  setupMs: number;
  /** The annotations.create calls alone, per call. */
  createEachMs: number;
}

/** Writes and imports the documents, then creates 8 labels and the planned annotations on the article. */
export async function prepareNotebook(work: string): Promise<Prepared> {
  const started = performance.now();
  const article = generateArticle();
  const files = {
    article: join(work, 'article.txt'),
    copy: join(work, 'article-copy.txt'),
    short: join(work, 'short.txt'),
  };
  writeFileSync(files.article, article.content);
  // One character differs, so the copy is not refused as a duplicate.
  writeFileSync(files.copy, article.content.replace('(reader benchmark)', '(reader benchmark, copy)').replace(' the ', ' thé '));
  writeFileSync(files.short, 'A short note on the benchmark\n\nThis document exists so that the reader has somewhere else to go.\n');
  const notebook = join(work, 'notebook.sqlite');
  const core = openCore({ notebookPath: notebook });
  try {
    const call = caller(core);
    await importPaths(core, [files.article, files.copy, files.short]);
    const { items } = await call('documents.list', { limit: 10 });
    const find = (fragment: string) => {
      const found = items.find((item) => item.title.includes(fragment));
      if (!found) throw new Error(`"${fragment}" was not imported; documents: ${items.map((item) => item.title).join(' | ')}`);
      return found.uid;
    };
    const articleUid = find('(reader benchmark)');
    const copyUid = find('(reader benchmark, copy)');
    const shortUid = find('short note');
    const { text } = await call('documents.get', { uid: articleUid });
    const plan = planSpans(text);
    const labels: string[] = [];
    const names = ['Migración', 'Security', 'Trade', 'Actors', 'Quotes', 'Figures', 'Dates', 'Follow up'];
    for (const name of names) labels.push((await call('labels.create', { name })).uid);
    const creating = performance.now();
    for (const [index, span] of plan.spans.entries()) {
      await call('annotations.create', {
        documentUid: articleUid,
        selection: { start: span.start, end: span.end, exact: text.slice(span.start, span.end) },
        note: index % 9 === 0 ? `Nota ${index}: revisar la fuente y comparar con el comunicado.` : '',
        labelUids: index % 13 === 0 ? [labels[index % 8]!, labels[(index + 3) % 8]!] : [labels[index % 8]!],
      });
    }
    const createEachMs = Math.round(((performance.now() - creating) / plan.spans.length) * 100) / 100;
    const setupMs = Math.round(performance.now() - started);
    return { notebook, articleUid, copyUid, shortUid, text, words: article.words, ...plan, labels: labels.length, setupMs, createEachMs };
  } finally {
    await core.close();
  }
}

/**
 * Splits (then re-joins) the first word of 4+ letters at or after `from`: every call changes the
 * text once, and the annotations over that word see their passage change.
 */
function edits(text: string, from: number, count: number): string[] {
  const word = /\p{L}{4,}/u.exec(text.slice(from));
  if (!word) throw new Error(`no word to split after offset ${from}`);
  const at = from + word.index + 2;
  const split = `${text.slice(0, at)} ${text.slice(at)}`;
  return Array.from({ length: count }, (_, index) => (index % 2 === 0 ? split : text));
}

export interface EditTiming {
  p50Ms: number;
  p95Ms: number;
  reanchored: string;
}

/**
 * Times the reads behind opening the article, then `documents.editText` on the article and on its
 * unannotated copy, editing both at the same offset: inside the first annotated span past the middle.
 */
export async function timeCore(notebook: string, prepared: Pick<Prepared, 'articleUid' | 'copyUid' | 'spans' | 'text'>, repeats = 12) {
  if (repeats % 2 !== 0) throw new Error('an even number of edits leaves the text as it was');
  const from = prepared.spans.find((span) => span.start >= prepared.text.length / 2)?.start ?? prepared.text.length >> 1;
  const core = openCore({ notebookPath: notebook });
  try {
    const call = caller(core);
    const measure = async (uid: string): Promise<EditTiming> => {
      const { text } = await call('documents.get', { uid });
      const times: number[] = [];
      const counts: Record<string, number[]> = {};
      for (const next of edits(text, from, repeats)) {
        const started = performance.now();
        const { reanchored } = await call('documents.editText', { uid, text: next });
        times.push(performance.now() - started);
        for (const [state, n] of Object.entries(reanchored)) (counts[state] ??= []).push(n);
      }
      const summary = Object.entries(counts).map(([state, ns]) => `${state} ${Math.min(...ns)}–${Math.max(...ns)}`);
      return { p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), reanchored: summary.join(', ') || 'none' };
    };
    const reads = [];
    for (const [channel, input] of [
      ['documents.get', { uid: prepared.articleUid }],
      ['annotations.forDocument', { documentUid: prepared.articleUid }],
    ] as const) {
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < repeats; i++) {
        const started = performance.now();
        const envelope = await core.invoke(channel, input);
        times.push(performance.now() - started);
        bytes = JSON.stringify(envelope).length;
      }
      reads.push({ channel, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), responseKB: Math.round(bytes / 1024) });
    }
    const where = async () => (await call('annotations.forDocument', { documentUid: prepared.articleUid })).items;
    const before = new Map((await where()).map((item) => [item.uid, `${item.passage?.start}:${item.passage?.end}`]));
    const annotated = await measure(prepared.articleUid);
    const bare = await measure(prepared.copyUid);
    const items = await where();
    return {
      reads,
      annotated,
      bare,
      annotations: items.length,
      orphaned: items.filter((item) => item.passage?.state === 'orphaned').length,
      /** The text is back as it was, so every passage should be too. */
      displaced: items.filter((item) => before.get(item.uid) !== `${item.passage?.start}:${item.passage?.end}`).length,
    };
  } finally {
    await core.close();
  }
}

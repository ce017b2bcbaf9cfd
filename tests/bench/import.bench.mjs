// Import throughput: `dossier import` of a generated folder of articles, against a baseline that
// only reads and hashes the same files (the I/O floor any importer pays).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ARTICLES = 2_000;

export async function run({ root }) {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  const folder = join(dir, 'articles');
  mkdirSync(folder);
  const corpus = resolve(root, '..', 'shared', 'corpus');
  const samples = readdirSync(corpus).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(corpus, n), 'utf8'));
  for (let i = 0; i < ARTICLES; i++) {
    writeFileSync(join(folder, `article-${String(i).padStart(5, '0')}.txt`), `${samples[i % samples.length]}\n\nClipping ${i}.\n`);
  }
  try {
    const baselineStart = performance.now();
    for (const name of readdirSync(folder)) createHash('sha256').update(readFileSync(join(folder, name), 'utf8').normalize('NFC')).digest('hex');
    const baselineMs = performance.now() - baselineStart;

    const start = performance.now();
    const result = spawnSync(process.execPath, [join(root, 'out/main/cli.cjs'), 'import', '--json', '--notebook', join(dir, 'bench.sqlite'), folder], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const importMs = performance.now() - start;
    const summary = JSON.parse(result.stdout);
    console.log(`articles:            ${ARTICLES} (${summary.imported.length} imported, ${summary.failed.length} failed)`);
    console.log(`baseline read+hash:  ${baselineMs.toFixed(0)} ms`);
    console.log(`dossier import:      ${importMs.toFixed(0)} ms (${((ARTICLES / importMs) * 1000).toFixed(0)} articles/s, process start included)`);
    console.log(`ratio to baseline:   ${(importMs / baselineMs).toFixed(1)}×`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

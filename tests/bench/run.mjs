// `npm run bench [-- NAME]`: benchmarks print figures and their ratio to a baseline measured in
// the same run. They are not tests: nothing here passes or fails on timing.
import { build as bundle } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const wanted = process.argv[2];

const build = spawnSync(process.execPath, [join(root, 'main/build/build.mjs'), '--if-stale'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);

const isBench = (name) => /\.bench\.(mjs|ts)$/.test(name);
const benches = readdirSync(here).filter(isBench).filter((name) => !wanted || name.startsWith(wanted));
if (benches.length === 0) {
  console.error(`No benchmark matches "${wanted}". Available: ${readdirSync(here).filter(isBench).join(', ')}`);
  process.exit(2);
}
for (const name of benches) {
  console.log(`\n# ${name.replace(/\.bench\.(mjs|ts)$/, '')}`);
  const { run } = await import(await loadable(name));
  await run({ root });
}

/** TypeScript benchmarks use the core's sources, so they are bundled like the app first. */
async function loadable(name) {
  if (name.endsWith('.mjs')) return join(here, name);
  const outfile = join(root, 'out', 'bench', name.replace(/\.ts$/, '.mjs'));
  await bundle({
    entryPoints: [join(here, name)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    loader: { '.sql': 'text' },
    packages: 'external',
    logLevel: 'error',
  });
  return outfile;
}

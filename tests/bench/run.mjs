// `npm run bench [-- NAME]`: benchmarks print figures and their ratio to a baseline measured in
// the same run. They are not tests: nothing here passes or fails on timing.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const wanted = process.argv[2];

const build = spawnSync(process.execPath, [join(root, 'main/build/build.mjs'), '--if-stale'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);

const benches = readdirSync(here)
  .filter((name) => name.endsWith('.bench.mjs'))
  .filter((name) => !wanted || name.startsWith(wanted));
if (benches.length === 0) {
  console.error(`No benchmark matches "${wanted}". Available: ${readdirSync(here).filter((n) => n.endsWith('.bench.mjs')).join(', ')}`);
  process.exit(2);
}
for (const name of benches) {
  console.log(`\n# ${name.replace('.bench.mjs', '')}`);
  const { run } = await import(join(here, name));
  await run({ root });
}

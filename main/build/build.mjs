// Builds every runnable piece into out/: the Node bundles (Electron main, preload, core worker, CLI
// with the browser host) with esbuild, and the renderer with Vite. `--if-stale` skips the work when
// nothing under the source folders is newer than the last build, so `npm start` stays quick.
import { build as esbuild } from 'esbuild';
import { existsSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(root, 'out');
const stamp = join(out, '.build-stamp');
const sourceDirs = ['main', 'renderer', 'shared'].map((d) => join(root, d));

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

export function isStale() {
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  return sourceDirs.some((dir) => newestMtime(dir) > built) || statSync(join(root, 'package.json')).mtimeMs > built;
}

export async function buildAll({ quiet = false } = {}) {
  const log = quiet ? () => {} : (msg) => console.log(msg);
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    logLevel: 'warning',
    loader: { '.sql': 'text' },
    external: ['electron', 'better-sqlite3'],
  };
  log('dossier build: main, preload, worker, cli');
  await esbuild({
    ...common,
    entryPoints: {
      electron: join(root, 'main/electron/main.ts'),
      preload: join(root, 'main/preload/preload.ts'),
      worker: join(root, 'main/core/worker.ts'),
      'parse-worker': join(root, 'main/core/import/parse-worker.ts'),
      cli: join(root, 'main/cli/main.ts'),
    },
    outdir: join(out, 'main'),
    outExtension: { '.js': '.cjs' },
  });
  log('dossier build: renderer');
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: join(root, 'renderer/vite.config.ts'), logLevel: quiet ? 'error' : 'warn' });
  mkdirSync(out, { recursive: true });
  writeFileSync(stamp, new Date().toISOString());
}

const invokedDirectly = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const ifStale = process.argv.includes('--if-stale');
  if (ifStale && !isStale()) process.exit(0);
  buildAll().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

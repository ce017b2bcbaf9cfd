import { build } from 'esbuild';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './corpus';

/**
 * Bundles the Node entry points the way `npm run build` does, into a fresh folder, so tests of the
 * worker and the CLI run the real artefacts without depending on a previous build. The folder is
 * inside the project so that the bundles resolve better-sqlite3 from its node_modules.
 */
export async function bundleNodeEntries(): Promise<{ dir: string; worker: string; cli: string; parseWorker: string }> {
  const parent = join(projectRoot, 'out', 'test-bundles');
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'bundle-'));
  await build({
    entryPoints: {
      worker: join(projectRoot, 'main/core/worker.ts'),
      cli: join(projectRoot, 'main/cli/main.ts'),
      'parse-worker': join(projectRoot, 'main/core/import/parse-worker.ts'),
    },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outdir: dir,
    outExtension: { '.js': '.cjs' },
    loader: { '.sql': 'text' },
    external: ['electron', 'better-sqlite3'],
    logLevel: 'error',
  });
  return { dir, worker: join(dir, 'worker.cjs'), cli: join(dir, 'cli.cjs'), parseWorker: join(dir, 'parse-worker.cjs') };
}

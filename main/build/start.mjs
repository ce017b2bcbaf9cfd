// `npm start`: build what is stale, make sure the Electron build of the SQLite module exists, then
// run Electron on the project with that module named in DOSSIER_NATIVE_BINDING.
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll, isStale } from './build.mjs';
import { electronBinaryPath, ensureElectronNative } from './electron-native.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

try {
  if (isStale()) await buildAll();
  const electron = electronBinaryPath();
  if (!electron) {
    console.error(
      'The Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD was set?) — run `npm install` without it, or use `npm run web`.',
    );
    process.exit(1);
  }
  const nativeBinding = ensureElectronNative();
  const env = { ...process.env, DOSSIER_NATIVE_BINDING: nativeBinding };
  // Inherited from some shells and tools, it would make Electron behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(electron, [root, ...process.argv.slice(2)], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { electronBinary, projectRoot, SKIP_REASON } from './electron-app';

/**
 * Brings out/ up to date and provides the Electron build of the SQLite module, whose path the
 * tests inherit through the environment. Says once, plainly, when there is no Electron to run.
 */
export default async function globalSetup(): Promise<void> {
  if (!electronBinary()) {
    console.log(`Electron tests skipped: ${SKIP_REASON}.`);
    return;
  }
  // Loaded by URL: the build scripts are plain .mjs and carry no types for this project.
  const build = await import(pathToFileURL(resolve(projectRoot, 'main/build/build.mjs')).href);
  const native = await import(pathToFileURL(resolve(projectRoot, 'main/build/electron-native.mjs')).href);
  if (build.isStale()) await build.buildAll({ quiet: true });
  process.env.DOSSIER_NATIVE_BINDING = native.ensureElectronNative();
}

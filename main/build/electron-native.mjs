// Provides a better-sqlite3 binary built for Electron's ABI, for development only. The module in
// node_modules stays built for Node (the tests load it there), so the Electron build lives in a
// cache keyed by Electron version, platform and architecture, and is made once: a prebuilt binary
// when one is published, else a compile with node-gyp in a temporary copy of the module.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const requireFromRoot = createRequire(join(root, 'package.json'));
const sqliteDir = dirname(requireFromRoot.resolve('better-sqlite3/package.json'));
const MODULE_PARTS = ['package.json', 'binding.gyp', 'src', 'deps', 'lib'];

export function electronVersion() {
  return JSON.parse(readFileSync(requireFromRoot.resolve('electron/package.json'), 'utf8')).version;
}

/** The Electron executable, or undefined when it was never downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD). */
export function electronBinaryPath() {
  try {
    const path = requireFromRoot('electron');
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export function electronNativeBindingPath(version = electronVersion(), arch = process.arch) {
  const key = `${version}-${process.platform}-${arch}`;
  return join(root, 'node_modules/.cache/dossier-electron-native', key, 'better_sqlite3.node');
}

/** Returns the cached Electron build of better_sqlite3.node, making it first if needed. */
export function ensureElectronNative({ log = (line) => console.log(line), arch = process.arch } = {}) {
  const version = electronVersion();
  const target = electronNativeBindingPath(version, arch);
  if (existsSync(target)) return target;

  log(`Building the SQLite module for Electron ${version} (first start only)…`);
  const workDir = mkdtempSync(join(tmpdir(), 'dossier-sqlite-electron-'));
  try {
    for (const part of MODULE_PARTS) cpSync(join(sqliteDir, part), join(workDir, part), { recursive: true });
    if (!downloadPrebuilt(workDir, version, arch)) {
      log('No prebuilt binary could be fetched; compiling it with node-gyp instead (this takes a few minutes)…');
      compile(workDir, version, arch);
    }
    const built = join(workDir, 'build/Release/better_sqlite3.node');
    if (!existsSync(built)) throw new Error(`the build finished without producing ${built}`);
    mkdirSync(dirname(target), { recursive: true });
    // Copy beside the target, then rename: a start interrupted mid-copy never leaves a broken cache.
    const partial = `${target}.${process.pid}.partial`;
    copyFileSync(built, partial);
    renameSync(partial, target);
    return target;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not build the SQLite module for Electron ${version}: ${reason}`);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function downloadPrebuilt(workDir, version, arch) {
  const bin = join(dirname(requireFromRoot.resolve('prebuild-install/package.json', { paths: [sqliteDir] })), 'bin.js');
  const result = spawnSync(process.execPath, [bin, '--runtime=electron', `--target=${version}`, `--arch=${arch}`], {
    cwd: workDir,
    stdio: 'pipe',
  });
  return result.status === 0 && existsSync(join(workDir, 'build/Release/better_sqlite3.node'));
}

function compile(workDir, version, arch) {
  const nodeGyp = findNodeGyp();
  if (!nodeGyp) throw new Error('node-gyp was not found (it ships with npm); run `npm start` through npm');
  const args = [
    nodeGyp,
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${version}`,
    `--arch=${arch}`,
    '--dist-url=https://electronjs.org/headers',
  ];
  const result = spawnSync(process.execPath, args, { cwd: workDir, stdio: 'inherit' });
  if (result.status !== 0) {
    const code = result.status ?? result.signal;
    throw new Error(`node-gyp failed (exit code ${code}); the first build needs internet access once, for Electron's headers`);
  }
}

/** node-gyp as npm would run it: the one npm names, else the one inside npm's own installation. */
function findNodeGyp() {
  const candidates = [process.env.npm_config_node_gyp, ...npmNodeGypPaths(dirname(process.execPath))];
  const found = candidates.find((path) => path && existsSync(path));
  if (found) return found;
  const prefix = globalNpmPrefix();
  return prefix ? npmNodeGypPaths(prefix).find((path) => existsSync(path)) : undefined;
}

// Global npm lives in <prefix>/lib/node_modules on Unix and <prefix>/node_modules on Windows; the
// node executable sits in <prefix>/bin on Unix and in <prefix> itself on Windows.
function npmNodeGypPaths(binOrPrefix) {
  const tail = ['npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'];
  return [join(binOrPrefix, '..', 'lib', 'node_modules', ...tail), join(binOrPrefix, 'lib', 'node_modules', ...tail), join(binOrPrefix, 'node_modules', ...tail)];
}

function globalNpmPrefix() {
  try {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    return execFileSync(npm, ['prefix', '-g'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], shell: process.platform === 'win32' }).trim();
  } catch {
    return undefined;
  }
}


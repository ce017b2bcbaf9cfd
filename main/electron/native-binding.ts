import { existsSync } from 'node:fs';
import { isAbsolute } from 'node:path';

/**
 * Which better-sqlite3 binary the core worker loads. Packaged builds use the module electron-builder
 * rebuilt for Electron. In development node_modules/better-sqlite3 is built for Node (the tests
 * run there), so `npm start` builds a copy for Electron and names it in DOSSIER_NATIVE_BINDING.
 */
export function selectNativeBinding(isPackaged: boolean, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (isPackaged) return undefined;
  const path = env.DOSSIER_NATIVE_BINDING;
  if (!path) return undefined;
  if (!isAbsolute(path) || !path.endsWith('.node') || !existsSync(path)) {
    console.warn(`DOSSIER_NATIVE_BINDING is not an existing absolute path to a .node file: ${path}`);
    return undefined;
  }
  return path;
}

export const DEVELOPMENT_HINT =
  'In development, start Dossier with `npm start`: it provides the SQLite module built for Electron.';

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const SKIP_REASON = 'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD); the smoke test runs where it is';

/** The Electron executable; `require('electron')` throws, or names a missing file, when it was never downloaded. */
export function electronBinary(): string | undefined {
  try {
    const path: unknown = createRequire(resolve(projectRoot, 'package.json'))('electron');
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

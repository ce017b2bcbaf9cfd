import { readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { ImportSource } from '../../../shared/model/import';
import { importableExtensions } from './detect-format';

/** One file to import: either on disk or already in memory (sent by the renderer). */
export type ImportCandidate =
  | { kind: 'path'; file: string; path: string; size: number }
  | { kind: 'bytes'; file: string; size: number; data: string | null };

export type Expansion = { candidate: ImportCandidate } | { unreadable: { file: string; message: string } } | { ignored: { file: string; reason: string } };

/**
 * Expands folders recursively into the article files they hold, in a stable order. Hidden files
 * are passed over; other files of a format Dossier does not read are reported, not silently lost.
 */
export function* expandSources(sources: readonly ImportSource[]): Generator<Expansion> {
  const visited = new Set<string>();
  for (const source of sources) {
    if (source.kind === 'bytes') {
      yield { candidate: { kind: 'bytes', file: source.name, size: source.size, data: source.data } };
      continue;
    }
    yield* expandPath(resolve(source.path), source.path, visited, true);
  }
}

function* expandPath(path: string, shown: string, visited: Set<string>, explicit: boolean): Generator<Expansion> {
  let isDirectory: boolean;
  let size: number;
  try {
    const stat = statSync(path);
    isDirectory = stat.isDirectory();
    size = stat.size;
  } catch (error) {
    yield { unreadable: { file: shown, message: unreadableMessage(shown, error) } };
    return;
  }
  if (!isDirectory) {
    if (explicit || importableExtensions.has(extname(path).toLowerCase())) {
      yield { candidate: { kind: 'path', file: shown, path, size } };
    } else {
      yield { ignored: { file: shown, reason: `not an article format Dossier reads (${[...importableExtensions].join(', ')})` } };
    }
    return;
  }
  const real = realpathSync(path);
  if (visited.has(real)) return;
  visited.add(real);
  let entries: string[];
  try {
    entries = readdirSync(path).filter((name) => !name.startsWith('.')).sort((a, b) => a.localeCompare(b));
  } catch (error) {
    yield { unreadable: { file: shown, message: unreadableMessage(shown, error) } };
    return;
  }
  for (const name of entries) yield* expandPath(join(path, name), join(shown, name), visited, false);
}

export function unreadableMessage(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `${file} does not exist.`;
  if (code === 'EACCES' || code === 'EPERM') return `Dossier is not allowed to read ${file}; check its permissions.`;
  if (code === 'EISDIR') return `${file} is a folder.`;
  return `${file} could not be read (${error instanceof Error ? error.message : String(error)}).`;
}

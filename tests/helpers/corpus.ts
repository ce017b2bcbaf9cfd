import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The shared sample articles live beside the project, never copied into it. */
export const corpusDir = resolve(projectRoot, '..', 'shared', 'corpus');

export const corpusFiles = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => join(corpusDir, name));

export function corpusFile(prefix: string): string {
  const file = corpusFiles.find((path) => path.split(/[\\/]/).at(-1)?.startsWith(prefix));
  if (!file) throw new Error(`no corpus file starts with ${prefix}`);
  return file;
}

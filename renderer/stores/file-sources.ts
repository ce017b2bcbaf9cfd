import type { ImportSource } from '../../shared/model/import';
import { ARTICLE_EXTENSIONS, MAX_IMPORT_BYTES } from '../../shared/model/limits';

/** A picked or dropped file with the name the summary should show (its path inside a dropped folder). */
export interface NamedFile {
  name: string;
  file: File;
  /** Found by walking a folder rather than chosen one by one; such files are filtered by extension. */
  inFolder: boolean;
}

export const NOT_AN_ARTICLE = 'not an article format Dossier reads (.txt, .md)';

/**
 * Files picked one by one always go to the core, which explains any refusal; files found inside a
 * folder are skipped here unless they look like articles, as the core does when it walks a folder.
 */
export function isWorthSending({ name, inFolder }: NamedFile): boolean {
  if (!inFolder) return true;
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

type BytesSource = Extract<ImportSource, { kind: 'bytes' }>;

/** Keeps each request well under the browser host's body limit once base64 adds its third. */
const BATCH_BYTES = 48 * 1024 * 1024;

/** Oversized files travel without bytes so that the core refuses them in the same summary. */
export async function toSource({ name, file }: NamedFile): Promise<BytesSource> {
  const data = file.size > MAX_IMPORT_BYTES ? null : await readBase64(file);
  return { kind: 'bytes', name, size: file.size, data };
}

export function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/** Groups files into batches of at most BATCH_BYTES (a larger single file gets a batch of its own). */
export function batchBySize(files: readonly NamedFile[]): NamedFile[][] {
  const batches: NamedFile[][] = [];
  let current: NamedFile[] = [];
  let bytes = 0;
  for (const entry of files) {
    const size = entry.file.size > MAX_IMPORT_BYTES ? 0 : entry.file.size;
    if (current.length > 0 && bytes + size > BATCH_BYTES) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(entry);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

import { extname } from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import type { Importer } from './importer';
import { markdownImporter } from './markdown-importer';
import { textImporter } from './text-importer';

/** The importer registry: one module per format. */
export const importers: readonly Importer[] = [textImporter, markdownImporter];

export const importableExtensions = new Set(importers.flatMap((importer) => importer.extensions).filter((ext) => ext !== ''));

const MAGIC: ReadonlyArray<{ bytes: number[]; what: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a Word document or another zip archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Microsoft Office document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], what: 'an SQLite database' },
];

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decides by content first (binary signatures, UTF-8 validity, HTML markup), then by extension
 * among the text formats, so a renamed file is refused for what it is.
 */
export function detectFormat(fileName: string, bytes: Uint8Array): { importer: Importer; text: string } {
  const known = MAGIC.find(({ bytes: magic }) => magic.every((byte, i) => bytes[i] === byte));
  if (known) throw unsupported(`${fileName} is ${known.what}; Dossier imports plain text (.txt) and Markdown (.md) articles.`);
  if (bytes.subarray(0, 8192).includes(0)) throw unsupported(`${fileName} is a binary file, not a text article.`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw unsupported(`${fileName} is not UTF-8 text. Save it as UTF-8 (most editors offer this under “Save as…”) and import it again.`);
  }
  if (/^\s*<(!doctype html|html[\s>])/i.test(text.slice(0, 1024).replace(/^\uFEFF/, ''))) {
    throw unsupported(`${fileName} is a web page (HTML); Dossier imports .txt and .md articles for now. Copy the article text into a .txt file.`);
  }
  const extension = extname(fileName).toLowerCase();
  const importer = importers.find((candidate) => candidate.extensions.includes(extension));
  if (!importer) throw unsupported(`${fileName} is not a format Dossier imports (.txt or .md).`);
  return { importer, text };
}

function unsupported(message: string): AppError {
  return new AppError('UNSUPPORTED_FORMAT', message);
}

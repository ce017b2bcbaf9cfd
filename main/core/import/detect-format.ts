import { extname } from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { docxImporter } from './docx-importer';
import { htmlImporter } from './html-importer';
import type { Importer } from './importer';
import { markdownImporter } from './markdown-importer';
import { pdfImporter } from './pdf-importer';
import { textImporter } from './text-importer';
import { decodeUtf8 } from './utf8';
import { isZip, zipEntries } from './zip-entries';

/** The importer registry: one module per format. Binary formats are recognised by content only. */
const binaryImporters: readonly Importer[] = [pdfImporter, docxImporter];
const textImporters: readonly Importer[] = [htmlImporter, textImporter, markdownImporter];
export const importers: readonly Importer[] = [...binaryImporters, ...textImporters];

export const importableExtensions = new Set(importers.flatMap((importer) => importer.extensions).filter((ext) => ext !== ''));

const FORMATS_READ = 'text (.txt), Markdown (.md), web pages (.html), PDF and Word (.docx)';

const OTHER_BINARIES: ReadonlyArray<{ bytes: number[]; what: string }> = [
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Microsoft Office document (.doc); save it as .docx' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document; save it as .docx' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], what: 'an SQLite database' },
];

/** What a zip that is not a Word document most likely is, by the entries its kind always has. */
const OTHER_ZIPS: ReadonlyArray<{ entry: string; what: string }> = [
  { entry: 'xl/workbook.xml', what: 'an Excel spreadsheet' },
  { entry: 'ppt/presentation.xml', what: 'a PowerPoint presentation' },
  { entry: 'content.xml', what: 'an OpenDocument file; save it as .docx' },
  { entry: 'META-INF/container.xml', what: 'an EPUB book' },
];

/**
 * Picks the importer by content first (binary signatures, UTF-8 validity, HTML markup), then by
 * extension among the text formats, so a renamed file is read or refused for what it is.
 */
export function detectFormat(fileName: string, bytes: Uint8Array): Importer {
  const binary = binaryImporters.find((importer) => importer.sniff?.(bytes));
  if (binary) return binary;
  if (isZip(bytes)) throw unsupported(`${fileName} is ${zipKind(bytes)}; Dossier imports ${FORMATS_READ}.`);
  const known = OTHER_BINARIES.find(({ bytes: magic }) => magic.every((byte, i) => bytes[i] === byte));
  if (known) throw unsupported(`${fileName} is ${known.what}; Dossier imports ${FORMATS_READ}.`);
  decodeUtf8({ name: fileName, bytes });
  if (htmlImporter.sniff?.(bytes)) return htmlImporter;
  const extension = extname(fileName).toLowerCase();
  const claimed = binaryImporters.find((importer) => importer.extensions.includes(extension));
  if (claimed) throw unsupported(`${fileName} is named like a ${claimed.format.toUpperCase()} file but holds plain text, not a ${claimed.format.toUpperCase()} document.`);
  const importer = textImporters.find((candidate) => candidate.extensions.includes(extension));
  if (!importer) throw unsupported(`${fileName} is not a format Dossier imports (${FORMATS_READ}).`);
  return importer;
}

function zipKind(bytes: Uint8Array): string {
  const entries = zipEntries(bytes);
  if (!entries) return 'a damaged zip archive';
  return OTHER_ZIPS.find(({ entry }) => entries.has(entry))?.what ?? 'a zip archive';
}

function unsupported(message: string): AppError {
  return new AppError('UNSUPPORTED_FORMAT', message);
}

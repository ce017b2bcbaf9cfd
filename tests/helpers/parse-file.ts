import { detectFormat } from '../../main/core/import/detect-format';
import type { ParsedArticle, SourceFormat } from '../../main/core/import/importer';

/** Runs a file through format detection and its importer, as an import does before storing it. */
export async function parseFile(name: string, bytes: Uint8Array | string): Promise<ParsedArticle & { format: SourceFormat }> {
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  const importer = detectFormat(name, data);
  const article = await importer.parse({ name, bytes: data }, name.replace(/\.[^.]+$/, ''));
  return { format: importer.format, ...article };
}

import { createHash } from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import { countWords } from '../../../shared/text/normalize';
import { articleMetadata, type Extracted } from './article-metadata';
import { detectFormat } from './detect-format';
import type { ParsedArticle, SourceFormat } from './importer';
import { displayName, readCandidate } from './read-candidate';
import type { ImportCandidate } from './sources';

/**
 * A file read, parsed and measured: what the writer stores, and no more, since it crosses from a
 * parse worker by copy.
 */
export interface PreparedFile {
  file: string;
  name: string;
  bytes: Uint8Array;
  format: SourceFormat;
  /** The article body, without its title line. */
  text: string;
  metadata: Extracted & { title: { value: string; source: string } };
  contentHash: string;
  words: number;
}

/** A file's bytes read as an article by the importer its content calls for. */
export async function parseFile(name: string, bytes: Uint8Array): Promise<{ format: SourceFormat; article: ParsedArticle }> {
  const importer = detectFormat(name, bytes);
  return { format: importer.format, article: await importer.parse({ name, bytes }, name.replace(/\.[^.]+$/, '')) };
}

/** The CPU-bound half of importing a file; pure, so it can run on any thread. */
export async function prepareFile(candidate: ImportCandidate): Promise<PreparedFile> {
  const name = displayName(candidate);
  const bytes = readCandidate(candidate);
  const { format, article } = await parseFile(name, bytes);
  if (article.content.trim() === '') throw new AppError('EMPTY', `${candidate.file} has no text to import.`);
  return {
    file: candidate.file,
    name,
    bytes,
    format,
    text: article.text,
    metadata: articleMetadata(article),
    contentHash: createHash('sha256').update(article.content).digest('hex'),
    words: countWords(article.content),
  };
}

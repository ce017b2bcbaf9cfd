import type { ParsedArticle } from './article';

export type SourceFormat = 'txt' | 'md';

/** One file format Dossier reads. Importers are pure: text in, article out. */
export interface Importer {
  format: SourceFormat;
  /** Lower-case extensions with the dot; '' matches a file without one. */
  extensions: readonly string[];
  parse(text: string, fallbackTitle: string): ParsedArticle;
}

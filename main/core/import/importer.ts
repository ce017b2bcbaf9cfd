export type SourceFormat = 'txt' | 'md' | 'html' | 'pdf' | 'docx';

/**
 * A value with where it came from, shown to the researcher so they can judge it: 'line 3',
 * 'title suffix', 'meta og:site_name', 'JSON-LD NewsArticle.datePublished', 'PDF info Title'.
 */
export interface Stated {
  value: string;
  source: string;
}

export type StatedField = 'title' | 'outlet' | 'author' | 'url' | 'published' | 'language';

/** What an importer makes of a file, before the notebook gives it an identity. */
export interface ParsedArticle {
  title: string;
  outlet: string | null;
  /** The article body in normalised form, without the title line and page furniture. */
  text: string;
  /** The cleaned article including its title: what a duplicate is recognised by. */
  content: string;
  /**
   * Everything the file states about itself, each with its source. Always has the title.
   * `published` is an ISO date as precise as stated: YYYY, YYYY-MM or YYYY-MM-DD.
   */
  stated: Partial<Record<StatedField, Stated>> & { title: Stated };
}

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/** One file format Dossier reads. Importers are pure: bytes in, article out, nothing run or fetched. */
export interface Importer {
  format: SourceFormat;
  /** Lower-case extensions with the dot; '' matches a file without one. */
  extensions: readonly string[];
  /** Recognises the format by content: its first bytes or, for a zip, the names of its entries. */
  sniff?(bytes: Uint8Array): boolean;
  /** Throws an AppError (UNSUPPORTED_FORMAT or EMPTY) with a message in plain words. */
  parse(file: ImportFile, fallbackTitle: string): ParsedArticle | Promise<ParsedArticle>;
}

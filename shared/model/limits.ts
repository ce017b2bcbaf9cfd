/**
 * Limits both sides enforce, kept free of zod so that the renderer can import them without
 * bundling the schema library (whose eval probe trips the renderer's CSP).
 */

/** 20 MB: larger files are refused before they are read. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Extensions of the article files a folder import picks up (the core's importer registry). */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.pdf', '.docx'];

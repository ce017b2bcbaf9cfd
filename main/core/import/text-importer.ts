import { articleFromLines } from './article';
import type { Importer } from './importer';
import { decodeUtf8 } from './utf8';

/** Every kind of line end an editor would show as one, so 'line N' matches what the researcher sees. */
const LINE_END = /\r\n|\r|\n|\u2028|\u2029/;

export const textImporter: Importer = {
  format: 'txt',
  extensions: ['.txt', '.text', ''],
  parse: (file, fallbackTitle) => articleFromLines(decodeUtf8(file).split(LINE_END), fallbackTitle),
};

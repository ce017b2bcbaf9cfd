import { articleFromLines } from './article';
import type { Importer } from './importer';

export const textImporter: Importer = {
  format: 'txt',
  extensions: ['.txt', '.text', ''],
  parse: (text, fallbackTitle) => articleFromLines(text.split('\n'), fallbackTitle),
};

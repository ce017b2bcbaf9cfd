import { AppError } from '../../../shared/contract/errors';
import type { ImportFile } from './importer';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The file as text, or a refusal that tells the researcher how to fix it. */
export function decodeUtf8(file: ImportFile): string {
  if (file.bytes.subarray(0, 8192).includes(0)) {
    throw new AppError('UNSUPPORTED_FORMAT', `${file.name} is a binary file, not a text article.`);
  }
  try {
    return strictUtf8.decode(file.bytes);
  } catch {
    throw new AppError(
      'UNSUPPORTED_FORMAT',
      `${file.name} is not UTF-8 text. Save it as UTF-8 (most editors offer this under “Save as…”) and import it again.`,
    );
  }
}

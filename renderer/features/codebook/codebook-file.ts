export const CODEBOOK_FILE_NAME = 'codebook.json';
export const CODEBOOK_ACCEPT = '.json,application/json';

/** Saves data as a JSON file through the browser's download, which Chromium and Electron both honour. */
export function downloadJson(fileName: string, data: unknown): void {
  const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download before the browser has read the blob.
  window.setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

export function readFileText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(file);
  });
}

export type ParsedCodebook = { ok: true; value: unknown } | { ok: false; message: string };

/** Only the JSON step: whether it is a codebook is the core's to judge, with its own schema. */
export function parseCodebookText(text: string): ParsedCodebook {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, message: 'This file is not a Dossier codebook (it is not JSON).' };
  }
}

const INVALID_REQUEST = /^Invalid request — (?:codebook\.?)?/;

/**
 * The core refuses a malformed codebook with INVALID_INPUT, worded for the request ("Invalid
 * request — codebook.labels.0.color: …"); say instead that the file is the problem. The store
 * passes on only the message, so the wording is how the refusal is recognised.
 */
export function importErrorMessage(message: string): string {
  if (!INVALID_REQUEST.test(message)) return message;
  const reason = message.replace(INVALID_REQUEST, '').replace(/^: /, '').replace(/\.$/, '');
  return `This file is not a Dossier codebook: ${reason}.`;
}

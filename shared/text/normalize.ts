/**
 * The one text form Dossier stores: no BOM, NFC, `\n` line ends, no spaces at either end of a
 * line, and paragraphs separated by exactly one blank line. Annotation offsets are UTF-16 offsets
 * into this form, so everything that stores text must pass through here.
 */
export function normalizeText(raw: string): string {
  const lines = raw
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .split('\n')
    .map((line) => line.replace(/^[\s\u00A0]+|[\s\u00A0]+$/g, ''));
  return joinParagraphs(lines);
}

/** Joins lines, collapsing runs of blank lines into one and dropping blank lines at the ends. */
export function joinParagraphs(lines: readonly string[]): string {
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out.at(-1) === '')) continue;
    out.push(line);
  }
  while (out.at(-1) === '') out.pop();
  return out.join('\n');
}

/** Paragraphs of normalised text, in order. */
export function paragraphsOf(text: string): string[] {
  return text === '' ? [] : text.split('\n\n');
}

const wordSegmenter = new Intl.Segmenter('und', { granularity: 'word' });

export function countWords(text: string): number {
  let words = 0;
  for (const segment of wordSegmenter.segment(text)) if (segment.isWordLike) words += 1;
  return words;
}

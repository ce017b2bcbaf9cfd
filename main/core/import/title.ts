import { isFurnitureLine } from './furniture';

const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo';
const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
  'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
const DATE_WORD = new RegExp(`^(${WEEKDAYS}|${MONTHS}|\\d{1,4}(st|nd|rd|th|º)?|de|del|of|the|at|a las|\\d{1,2}:\\d{2}(\\s?[ap]\\.?m\\.?)?)$`, 'i');

/** True for a line that is only a date or a day name ("Thursday, October 3", "27 de diciembre de 2023"). */
export function isBareDate(line: string): boolean {
  const words = line
    .toLowerCase()
    .split(/[\s,./-]+/)
    .filter((word) => word !== '');
  return words.length > 0 && words.length <= 8 && words.every((word) => DATE_WORD.test(word));
}

/** The first line that is neither page furniture nor a bare date, with its index in `lines`. */
export function findTitleLine(lines: readonly string[]): { index: number; line: string } | undefined {
  for (const [index, line] of lines.entries()) {
    if (line === '' || isFurnitureLine(line) || isBareDate(line)) continue;
    return { index, line };
  }
  return undefined;
}

const OUTLET_SUFFIX = /^(.*\S)\s+[–—|]\s+(\p{Lu}[^–—|]{1,58})$/u;

/**
 * Splits a site-name suffix off a page title ("… with AMLO on migration – El Sol de México").
 * Only en/em dashes and bars count, and the outlet must be short, so titles that merely contain
 * a dash ("Mexico - US talks") stay whole.
 */
export function splitOutletSuffix(title: string): { title: string; outlet?: string } {
  const match = OUTLET_SUFFIX.exec(title);
  if (!match) return { title };
  const [, head, outlet] = match as unknown as [string, string, string];
  const outletWords = outlet.trim().split(/\s+/).length;
  const headWords = head.split(/\s+/).length;
  if (outletWords > 6 || headWords < 4 || /[.!?]$/.test(outlet)) return { title };
  return { title: head, outlet: outlet.trim() };
}

/**
 * Whether a title stored in a file's properties names the article. Word processors and PDF
 * printers fill the field with placeholders and file names, which would be worse than the text's
 * own first line.
 */
export function isMeaningfulDocumentTitle(title: string): boolean {
  const trimmed = title.trim();
  if (trimmed.length < 4 || !/\p{L}{2}/u.test(trimmed)) return false;
  if (/^(untitled|sin título|document\d*|documento\d*|microsoft word\b|title)\b/i.test(trimmed)) return false;
  return !/\.(docx?|pdf|txt|rtf|odt|html?|indd|qxp)$/i.test(trimmed);
}

/**
 * A stored partial date shown at the precision it has, in the reader's locale:
 * "3 May 2022", "May 2022", "2022", "3 Oct, year unknown", or "—" when unknown.
 */
export function formatPartialDate(date: string | null, locale?: string): string {
  if (date === null) return '—';
  const yearless = /^--(\d{2})-(\d{2})$/.exec(date);
  if (yearless) {
    // Any leap year will do: only day and month are printed, and 29 February must exist.
    const dayMonth = format(locale, { day: 'numeric', month: 'short' }, 2000, Number(yearless[1]), Number(yearless[2]));
    return `${dayMonth}, year unknown`;
  }
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return date;
  if (month === undefined) return format(locale, { year: 'numeric' }, year, 1, 1);
  if (day === undefined) return format(locale, { month: 'short', year: 'numeric' }, year, month, 1);
  return format(locale, { day: 'numeric', month: 'short', year: 'numeric' }, year, month, day);
}

function format(locale: string | undefined, options: Intl.DateTimeFormatOptions, year: number, month: number, day: number): string {
  const utc = new Date(Date.UTC(2000, month - 1, day));
  // setUTCFullYear keeps years below 100 literal, which Date.UTC would shift into the 1900s.
  utc.setUTCFullYear(year);
  return dateFormat(locale, { ...options, timeZone: 'UTC' }).format(utc);
}

/**
 * Intl formatters are slow to build and cheap to use, and a list formats a date or a count per
 * row on every render: one formatter per locale and options, kept for the session.
 */
const formatters = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  if (!formatters.has(key)) formatters.set(key, make());
  return formatters.get(key) as T;
}

const dateFormat = (locale: string | undefined, options: Intl.DateTimeFormatOptions) =>
  cached(`date|${locale ?? ''}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

export function formatCount(count: number, locale?: string): string {
  return cached(`number|${locale ?? ''}`, () => new Intl.NumberFormat(locale)).format(count);
}

export function formatWords(count: number, locale?: string): string {
  return plural(count, 'word', 'words', locale);
}

/** "1 link", "3 links": the count with the noun that agrees with it. */
export function plural(count: number, one: string, many: string, locale?: string): string {
  return `${formatCount(count, locale)} ${count === 1 ? one : many}`;
}

/** "English" for `en`, or the code itself where the browser has no name for it. */
export function languageName(code: string, locale?: string): string {
  try {
    return cached(`language|${locale ?? ''}`, () => new Intl.DisplayNames(locale, { type: 'language' })).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The local day of a stored timestamp (when a document was imported), e.g. "3 May 2022". */
export function formatDay(timestamp: string, locale?: string): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  return dateFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}

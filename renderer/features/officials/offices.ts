import type { Office } from '../../../shared/model/official';
import { formatPartialDate } from '../../components/format';

/**
 * Stored partial dates (`2021`, `2021-08`, `2021-08-11`) compare as strings; a year-less day
 * (`--08-11`) and an unknown date say nothing about order, so they sort as the earliest.
 */
const dated = (date: string | null) => (date === null || date.startsWith('--') ? '' : date);

const isCurrent = (office: Office) => office.end === null;

/** Current offices first (latest taken up first), then past ones, the most recently left first. */
export function officeTimeline(offices: readonly Office[]): Office[] {
  return [...offices].sort((a, b) => {
    if (isCurrent(a) !== isCurrent(b)) return isCurrent(a) ? -1 : 1;
    const byEnd = dated(b.end).localeCompare(dated(a.end));
    return byEnd !== 0 ? byEnd : dated(b.start).localeCompare(dated(a.start));
  });
}

/** The office without an end date, else the one left last. */
export function currentOffice(offices: readonly Office[]): Office | null {
  return officeTimeline(offices)[0] ?? null;
}

/** "since May 2020", "2016 – 2018", "until 2019", or "" when neither end is known. */
export function officePeriod(office: Office, locale?: string): string {
  const start = office.start === null ? null : formatPartialDate(office.start, locale);
  const end = office.end === null ? null : formatPartialDate(office.end, locale);
  if (start && end) return `${start} – ${end}`;
  if (start) return `since ${start}`;
  if (end) return `until ${end}`;
  return '';
}

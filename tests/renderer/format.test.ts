// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import './helpers/dom-setup';
import { formatPartialDate } from '../../renderer/components/format';

describe('formatPartialDate', () => {
  it('shows each precision the date has, and no more', () => {
    expect(formatPartialDate('2022-05-03', 'en-GB')).toBe('3 May 2022');
    expect(formatPartialDate('2022-05', 'en-GB')).toBe('May 2022');
    expect(formatPartialDate('2022', 'en-GB')).toBe('2022');
    expect(formatPartialDate('--10-03', 'en-GB')).toBe('3 Oct, year unknown');
  });

  it('shows a dash when the date is unknown', () => {
    expect(formatPartialDate(null, 'en-GB')).toBe('—');
  });

  it('follows the locale', () => {
    expect(formatPartialDate('2022-05-03', 'en-US')).toBe('May 3, 2022');
    expect(formatPartialDate('2022-05-03', 'es')).toMatch(/^3 may 2022$/);
  });

  it('keeps dates at the edges of the calendar exact', () => {
    expect(formatPartialDate('--02-29', 'en-GB')).toBe('29 Feb, year unknown');
    expect(formatPartialDate('2021-12-31', 'en-GB')).toBe('31 Dec 2021');
    expect(formatPartialDate('2021-01-01', 'en-GB')).toBe('1 Jan 2021');
    expect(formatPartialDate('0050', 'en-GB')).toBe('50');
  });
});

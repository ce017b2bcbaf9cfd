import { describe, expect, it } from 'vitest';
import { toPartialDate } from '../../../main/core/metadata';

describe('toPartialDate', () => {
  it.each([
    ['2023-12-27T10:00:00-06:00', '2023-12-27', 'day'],
    ['2023-12-27T23:30:00Z', '2023-12-27', 'day'],
    ['2023-12-27 10:00', '2023-12-27', 'day'],
    ['2023-12-27', '2023-12-27', 'day'],
    ['2023-12', '2023-12', 'month'],
    ['2023', '2023', 'year'],
    ['--12-27', '--12-27', 'day'],
    [' 2024-02-29 ', '2024-02-29', 'day'],
  ])('reads %j as %s', (input, value, precision) => {
    expect(toPartialDate(input)).toEqual({ value, precision });
  });

  it.each(['2023-02-29', '2023-13', '--02-30', '2023-12-32T10:00:00Z', 'yesterday', '27/12/2023', ''])('refuses %j', (input) => {
    expect(toPartialDate(input)).toBeNull();
  });
});

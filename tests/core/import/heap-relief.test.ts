import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../../main/core/import/heap-relief';

describe('collectGarbage', () => {
  it('frees what nothing refers to any more', () => {
    let garbage: string[] | null = Array.from({ length: 200_000 }, (_, index) => `parsed file ${index} `.repeat(8));
    const holding = process.memoryUsage().heapUsed;
    expect(garbage.length).toBe(200_000);
    garbage = null;
    collectGarbage();
    expect(process.memoryUsage().heapUsed).toBeLessThan(holding / 2);
  });
});

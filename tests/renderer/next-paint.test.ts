// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { afterNextPaint, nextPaint } from '../../renderer/components/after-paint';

describe('nextPaint', () => {
  it('resolves after the next frame', async () => {
    let painted = false;
    afterNextPaint(() => (painted = true));
    await nextPaint(10_000);
    expect(painted).toBe(true);
  });

  it('resolves anyway when no frame comes, as in a hidden window', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    try {
      const started = performance.now();
      await nextPaint(30);
      expect(performance.now() - started).toBeGreaterThanOrEqual(25);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

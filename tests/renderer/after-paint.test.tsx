// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import './helpers/dom-setup';
import { afterNextPaint, useValueAfterPaint } from '../../renderer/components/after-paint';

const nextPaint = () => new Promise<void>((resolve) => afterNextPaint(resolve));

function Late({ value }: { value: string }) {
  return <output>{useValueAfterPaint(value)}</output>;
}

describe('useValueAfterPaint', () => {
  it('shows a new value only after the frame that showed the change', async () => {
    const { rerender } = render(<Late value="first" />);
    expect(screen.getByRole('status').textContent).toBe('first');
    rerender(<Late value="second" />);
    expect(screen.getByRole('status').textContent).toBe('first');
    await act(nextPaint);
    expect(screen.getByRole('status').textContent).toBe('second');
  });

  it('skips values replaced before they were shown', async () => {
    const seen: string[] = [];
    function Recorder({ value }: { value: string }) {
      seen.push(useValueAfterPaint(value));
      return null;
    }
    const { rerender } = render(<Recorder value="a" />);
    rerender(<Recorder value="b" />);
    rerender(<Recorder value="c" />);
    await act(nextPaint);
    expect(seen.at(-1)).toBe('c');
    expect(seen).not.toContain('b');
  });
});

describe('afterNextPaint', () => {
  it('runs callbacks in the order they were scheduled, and not once cancelled', async () => {
    const order: string[] = [];
    afterNextPaint(() => order.push('first'));
    const cancel = afterNextPaint(() => order.push('cancelled'));
    afterNextPaint(() => order.push('second'));
    cancel();
    await nextPaint();
    expect(order).toEqual(['first', 'second']);
  });
});

import { useEffect, useState } from 'react';

/**
 * Runs `callback` once the next frame has been painted: a task queued from requestAnimationFrame
 * runs after that frame. A message task rather than a timer, so it is not queued behind timers set
 * meanwhile, and callbacks scheduled in one frame run in the order they were scheduled.
 * Returns a function that cancels it.
 */
export function afterNextPaint(callback: () => void): () => void {
  let channel: MessageChannel | null = null;
  const frame = requestAnimationFrame(() => {
    channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel?.port1.close();
      channel = null;
      callback();
    };
    channel.port2.postMessage(null);
  });
  return () => {
    cancelAnimationFrame(frame);
    channel?.port1.close();
    channel = null;
  };
}

/**
 * Resolves once the next frame has been painted, or after `limitMs` where no frame comes (a hidden
 * window paints nothing), so that what waits on it is delayed, never held back.
 */
export function nextPaint(limitMs = 100): Promise<void> {
  // Without requestAnimationFrame nothing is painted (a store under test): there is no frame to wait for.
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      cancel();
      resolve();
    }, limitMs);
    const cancel = afterNextPaint(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * `value` one painted frame late: what depends on it renders after the frame that shows the rest
 * of a change, so a secondary panel never holds back the paint of the main one.
 */
export function useValueAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterNextPaint(() => setShown(() => value));
  }, [shown, value]);
  return shown;
}

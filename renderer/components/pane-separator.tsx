import type { KeyboardEvent, PointerEvent } from 'react';

interface PaneSeparatorProps {
  label: string;
  /** Width of the pane to the separator's left, in CSS pixels. */
  value: number;
  min: number;
  max: number;
  onChange: (width: number) => void;
}

const KEY_STEP = 16;

/** A vertical splitter: drag it, or focus it and use the arrow keys (Home/End for the limits). */
export function PaneSeparator({ label, value, min, max, onChange }: PaneSeparatorProps) {
  const clamp = (width: number) => Math.round(Math.min(max, Math.max(min, width)));

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    event.preventDefault();
    const handle = event.currentTarget;
    const startX = event.clientX;
    const startWidth = value;
    handle.setPointerCapture(event.pointerId);
    const move = (moveEvent: globalThis.PointerEvent) => onChange(clamp(startWidth + moveEvent.clientX - startX));
    const stop = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', stop);
      handle.removeEventListener('pointercancel', stop);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', stop);
    handle.addEventListener('pointercancel', stop);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const next =
      event.key === 'ArrowLeft' ? value - KEY_STEP
      : event.key === 'ArrowRight' ? value + KEY_STEP
      : event.key === 'Home' ? min
      : event.key === 'End' ? max
      : null;
    if (next === null) return;
    event.preventDefault();
    onChange(clamp(next));
  }

  return (
    <div
      role="separator"
      aria-label={label}
      aria-orientation="vertical"
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      className="pane-separator"
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}

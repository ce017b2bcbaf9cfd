import { useEffect, useEffectEvent, useMemo, useRef, type KeyboardEvent } from 'react';
import { useAnnotationsView, useLabels, useStores } from '../../stores/stores-context';
import { labelOptions, labelsOn } from './label-options';

export type LabelMenuMode = 'add' | 'remove';

export interface LabelMenuRequest {
  x: number;
  y: number;
  mode: LabelMenuMode;
  uids: string[];
}

/** Room kept free at the viewport's edges, and the menu's largest size (it scrolls beyond that). */
const EDGE = 8;
const MENU_WIDTH = 260;
const MENU_HEIGHT = 320;

/**
 * The codebook as a menu, to add a label to (or remove one from) several annotations at once; a
 * codebook can be long, so unlike the context menu it scrolls. Arrows move, a letter jumps, Esc closes.
 */
export function LabelMenu({ request, onClose }: { request: LabelMenuRequest; onClose: () => void }) {
  const { x, y, mode, uids } = request;
  const { annotationsView } = useStores();
  const labels = useLabels((state) => state.labels);
  const items = useAnnotationsView((state) => state.items);
  const options = useMemo(() => {
    const all = labelOptions(labels);
    if (mode === 'add') return all;
    const present = labelsOn(items, uids);
    return all.filter((option) => present.has(option.label.uid));
  }, [labels, items, mode, uids]);
  const ref = useRef<HTMLDivElement>(null);
  const close = useEffectEvent(onClose);

  useEffect(() => {
    const menu = ref.current;
    const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // With no labels to offer, the menu itself takes focus so that Esc still closes it.
    (menu?.querySelector<HTMLElement>('[role="menuitem"]') ?? menu)?.focus();
    const closeOnOutside = (event: PointerEvent) => {
      if (!menu?.contains(event.target as Node)) close();
    };
    const closeOnBlur = () => close();
    window.addEventListener('pointerdown', closeOnOutside, true);
    window.addEventListener('blur', closeOnBlur);
    return () => {
      window.removeEventListener('pointerdown', closeOnOutside, true);
      window.removeEventListener('blur', closeOnBlur);
      returnFocus?.focus();
    };
  }, []);

  function choose(uid: string, name: string) {
    onClose();
    const change = mode === 'add' ? { add: [uid] } : { remove: [uid] };
    void annotationsView.getState().relabel(uids, change, { name });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const buttons = Array.from(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
    const index = buttons.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => buttons[(to + buttons.length) % buttons.length]?.focus();
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(buttons.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') onClose();
    else if (event.key.length === 1 && /\S/.test(event.key)) {
      // Type-ahead: the next label whose name starts with the letter, after the current one.
      const letter = event.key.toLocaleLowerCase();
      const order = [...buttons.slice(index + 1), ...buttons.slice(0, index + 1)];
      order.find((button) => button.dataset.name?.toLocaleLowerCase().startsWith(letter))?.focus();
    } else return;
    event.preventDefault();
    event.stopPropagation();
  }

  const left = Math.max(EDGE, Math.min(x, window.innerWidth - MENU_WIDTH - EDGE));
  const top = Math.max(EDGE, Math.min(y, window.innerHeight - MENU_HEIGHT - EDGE));
  return (
    <div
      ref={ref}
      role="menu"
      aria-label={mode === 'add' ? 'Add label' : 'Remove label'}
      className="annotation-label-menu"
      tabIndex={-1}
      // Position only; the menu's look and size come from the stylesheet.
      style={{ left, top }}
      onKeyDown={onKeyDown}
    >
      {options.map((option) => (
        <button
          key={option.label.uid}
          type="button"
          role="menuitem"
          tabIndex={-1}
          data-name={option.label.name}
          className={`annotation-label-menu-item${option.depth > 0 ? ' is-child' : ''}`}
          onClick={() => choose(option.label.uid, option.path)}
        >
          <span className="label-swatch" data-color={option.label.color} aria-hidden />
          {option.path}
        </button>
      ))}
      {options.length === 0 && (
        <p className="annotation-label-menu-empty">
          {mode === 'add' ? 'No labels yet. Create them from a highlight in the Reader.' : 'These annotations have no labels.'}
        </p>
      )}
    </div>
  );
}

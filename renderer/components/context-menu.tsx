import { useEffect, useEffectEvent, useRef, type KeyboardEvent } from 'react';
import './context-menu.css';

export interface MenuItem {
  label: string;
  run: () => void;
}

interface ContextMenuProps {
  x: number;
  y: number;
  label: string;
  items: readonly MenuItem[];
  onClose: () => void;
}

/** A right-click menu: arrow keys move, Enter runs, Esc or a click elsewhere closes. */
export function ContextMenu({ x, y, label, items, onClose }: ContextMenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  const closeMenu = useEffectEvent(onClose);

  useEffect(() => {
    const close = () => closeMenu();
    const menu = ref.current;
    const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    menu?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const closeOnOutside = (event: PointerEvent) => {
      if (!menu?.contains(event.target as Node)) close();
    };
    window.addEventListener('pointerdown', closeOnOutside, true);
    window.addEventListener('blur', close);
    return () => {
      window.removeEventListener('pointerdown', closeOnOutside, true);
      window.removeEventListener('blur', close);
      returnFocus?.focus();
    };
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const buttons = Array.from(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
    const index = buttons.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => buttons[(to + buttons.length) % buttons.length]?.focus();
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(buttons.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  }

  return (
    <div
      ref={ref}
      role="menu"
      aria-label={label}
      className="context-menu"
      // Position only; the menu's look comes from the stylesheet.
      style={{ left: Math.min(x, window.innerWidth - 220), top: Math.min(y, window.innerHeight - 40 * items.length) }}
      onKeyDown={onKeyDown}
    >
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className="context-menu-item"
          onClick={() => {
            onClose();
            item.run();
          }}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}

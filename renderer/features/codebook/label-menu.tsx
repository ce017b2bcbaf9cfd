import { useEffect, useEffectEvent, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { ChevronRight } from 'lucide-react';
import type { LabelColor } from '../../../shared/model/label-colors';
import '../../components/context-menu.css';

export type MenuEntry =
  | { label: string; run: () => void; /** Shown as a radio item, checked or not. */ checked?: boolean; swatch?: LabelColor }
  | { label: string; submenu: readonly MenuEntry[] };

interface LabelMenuProps {
  x: number;
  y: number;
  label: string;
  entries: readonly MenuEntry[];
  onClose: () => void;
}

const ITEM_HEIGHT = 30;

/**
 * The shared ContextMenu with submenus (Colour ▸, Move into ▸), which it does not have: arrows move,
 * → or Enter opens a submenu, ← or Esc goes back, Tab or a click elsewhere closes everything.
 */
export function LabelMenu({ x, y, label, entries, onClose }: LabelMenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  const closeMenu = useEffectEvent(onClose);

  // A layout effect, so that it sees the focus before the first item's (passive) effect takes it.
  useLayoutEffect(() => {
    const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => returnFocus?.focus();
  }, []);

  useEffect(() => {
    const close = () => closeMenu();
    const closeOnOutside = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) close();
    };
    window.addEventListener('pointerdown', closeOnOutside, true);
    window.addEventListener('blur', close);
    return () => {
      window.removeEventListener('pointerdown', closeOnOutside, true);
      window.removeEventListener('blur', close);
    };
  }, []);

  // Position only; the look comes from the stylesheet.
  const position = { left: Math.min(x, window.innerWidth - 220), top: Math.max(0, Math.min(y, window.innerHeight - ITEM_HEIGHT * entries.length)) };
  return (
    // A second right-click (or the menu key) inside the menu must not raise the browser's own menu.
    <div ref={ref} onContextMenu={(event) => event.preventDefault()}>
      <MenuLevel entries={entries} label={label} className="context-menu" style={position} onDone={onClose} onBack={onClose} />
    </div>
  );
}

interface MenuLevelProps {
  entries: readonly MenuEntry[];
  label: string;
  className: string;
  style?: CSSProperties;
  /** Closes the whole menu. */
  onDone: () => void;
  /** Leaves this level: closes a submenu, or the whole menu at the top. */
  onBack: () => void;
}

function MenuLevel({ entries, label, className, style, onDone, onBack }: MenuLevelProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<number | null>(null);
  const items = () => Array.from(ref.current?.children ?? []).map((wrapper) => wrapper.firstElementChild as HTMLElement);

  useEffect(() => {
    const checked = items().findIndex((item) => item.getAttribute('aria-checked') === 'true');
    items()[Math.max(checked, 0)]?.focus();
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const list = items();
    const index = list.indexOf(event.target as HTMLElement);
    // Keys pressed in a submenu bubble through this level's element; they are not for this level.
    if (index < 0) return;
    const move = (to: number) => list[(to + list.length) % list.length]?.focus();
    const entry = entries[index];
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(list.length - 1);
    else if (event.key === 'ArrowRight' && entry && 'submenu' in entry) setOpen(index);
    else if (event.key === 'ArrowLeft' || event.key === 'Escape') onBack();
    else if (event.key === 'Tab') onDone();
    else return;
    event.preventDefault();
    event.stopPropagation();
  }

  return (
    <div ref={ref} role="menu" aria-label={label} className={className} style={style} onKeyDown={onKeyDown}>
      {entries.map((entry, index) => (
        <div key={`${index}-${entry.label}`} role="none" className="codebook-menu-entry">
          {'submenu' in entry ? (
            <>
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                aria-haspopup="menu"
                aria-expanded={open === index}
                className="context-menu-item codebook-menu-item"
                onClick={() => setOpen(open === index ? null : index)}
              >
                <span className="codebook-menu-text">{entry.label}</span>
                <ChevronRight size={14} aria-hidden />
              </button>
              {open === index && (
                <MenuLevel
                  entries={entry.submenu}
                  label={entry.label}
                  className="context-menu codebook-submenu"
                  onDone={onDone}
                  onBack={() => {
                    setOpen(null);
                    items()[index]?.focus();
                  }}
                />
              )}
            </>
          ) : (
            <button
              type="button"
              role={entry.checked === undefined ? 'menuitem' : 'menuitemradio'}
              aria-checked={entry.checked}
              tabIndex={-1}
              className="context-menu-item codebook-menu-item"
              onClick={() => {
                onDone();
                entry.run();
              }}
            >
              {entry.swatch && <span className="label-swatch" data-color={entry.swatch} aria-hidden />}
              <span className="codebook-menu-text">{entry.label}</span>
            </button>
          )}
        </div>
      ))}
    </div>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import { CircleHelp } from 'lucide-react';

export const SYNTAX_TIPS: readonly { example: string; meaning: string }[] = [
  { example: '"working group"', meaning: 'the exact phrase, in quotes' },
  { example: 'migra*', meaning: 'words starting with migra' },
  { example: 'summit -americas', meaning: 'leave out documents with a word' },
  { example: 'mexico OR méxico', meaning: 'either word' },
];

/** A small non-modal popover explaining the search syntax; Esc or a click elsewhere closes it. */
export function SearchHelp() {
  const [open, setOpen] = useState(false);
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  return (
    <div
      className="search-help"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.preventDefault();
        event.stopPropagation();
        setOpen(false);
        buttonRef.current?.focus();
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="icon-button"
        aria-label="Search syntax help"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(!open)}
      >
        <CircleHelp size={16} aria-hidden />
      </button>
      {open && (
        <div
          ref={panelRef}
          id={id}
          role="dialog"
          aria-label="Search syntax"
          className="search-help-panel"
        >
          <SyntaxTips />
          <p>Accents and capitals do not matter: Barcena finds Bárcena.</p>
        </div>
      )}
    </div>
  );
}

export function SyntaxTips() {
  return (
    <dl className="syntax-tips">
      {SYNTAX_TIPS.map((tip) => (
        <div key={tip.example}>
          <dt>
            <code>{tip.example}</code>
          </dt>
          <dd>{tip.meaning}</dd>
        </div>
      ))}
    </dl>
  );
}

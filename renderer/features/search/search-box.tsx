import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Search } from 'lucide-react';
import { SearchHelp } from './search-help';
import './search.css';

interface SearchBoxProps {
  id: string;
  /** The field's accessible name, e.g. "Search library". */
  label: string;
  placeholder: string;
  value: string;
  busy: boolean;
  /** The list the results appear in, while there are any. */
  controls?: string | undefined;
  className?: string;
  onChange: (value: string) => void;
  /** Esc with text in the field. */
  onClear: () => void;
  /** Arrow Down: move into the results. */
  onEnterResults: () => void;
}

/**
 * A type-ahead search field in the search syntax, with its help. The input is never disabled and
 * always shows what was typed; Ctrl/Cmd+F focuses it (it exists only while its view shows).
 */
export function SearchBox({ id, label, placeholder, value, busy, controls, className, onChange, onClear, onEnterResults }: SearchBoxProps) {
  const ref = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'f') return;
      event.preventDefault();
      ref.current?.focus();
      ref.current?.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape' && value !== '') onClear();
    else if (event.key === 'ArrowDown') onEnterResults();
    else return;
    event.preventDefault();
  }

  return (
    <div role="search" className={`search-bar${className ? ` ${className}` : ''}`}>
      <div className="search-field">
        <Search size={14} aria-hidden className="search-icon" />
        <label htmlFor={id} className="visually-hidden">
          {label}
        </label>
        <input
          ref={ref}
          id={id}
          type="search"
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          value={value}
          aria-controls={controls}
          aria-busy={busy || undefined}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <SearchHelp />
    </div>
  );
}

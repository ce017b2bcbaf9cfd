import { useRef, type KeyboardEvent } from 'react';
import './tabs.css';

export const tabId = (group: string, tab: string) => `${group}-tab-${tab}`;
export const panelId = (group: string, tab: string) => `${group}-panel-${tab}`;

interface TabsProps<T extends string> {
  /** Names the ids: the panel a tab controls is `panelId(group, tab)`. */
  group: string;
  label: string;
  tabs: ReadonlyArray<{ id: T; label: string }>;
  current: T;
  onSelect(tab: T): void;
}

/** A row of tabs above a view's panel; arrow keys move between them, as in a native tab strip. */
export function Tabs<T extends string>({ group, label, tabs, current, onSelect }: TabsProps<T>) {
  const refs = useRef(new Map<T, HTMLButtonElement>());

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const index = tabs.findIndex((tab) => tab.id === current);
    const next = tabs[(index + step + tabs.length) % tabs.length]!.id;
    onSelect(next);
    refs.current.get(next)?.focus();
  }

  return (
    <div role="tablist" aria-label={label} className="tabs" onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          ref={(element) => {
            if (element) refs.current.set(tab.id, element);
            else refs.current.delete(tab.id);
          }}
          type="button"
          role="tab"
          id={tabId(group, tab.id)}
          aria-selected={tab.id === current}
          aria-controls={panelId(group, tab.id)}
          tabIndex={tab.id === current ? 0 : -1}
          className="tab"
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

import type { ReactNode } from 'react';

interface ListPaneProps {
  /** The heading's id; the heading names the pane. */
  headingId: string;
  title: string;
  /** The view's own class, beside the shared list-pane layout. */
  className?: string;
  /** Buttons beside the title. */
  actions?: ReactNode;
  children: ReactNode;
}

/** A view's list pane: its title and toolbar above what it lists. */
export function ListPane({ headingId, title, className, actions, children }: ListPaneProps) {
  return (
    <section className={className ? `list-pane ${className}` : 'list-pane'} aria-labelledby={headingId}>
      <header className="pane-toolbar">
        <h1 id={headingId} className="pane-title">
          {title}
        </h1>
        {actions && <div className="toolbar-actions">{actions}</div>}
      </header>
      {children}
    </section>
  );
}

/** A failure to load what the pane lists, announced once. */
export function PaneError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p role="alert" className="pane-error">
      {error}
    </p>
  );
}

import { useId, type ReactNode } from 'react';
import type { LucideIcon } from 'lucide-react';

interface EmptyStateProps {
  title: string;
  /** One paragraph: what the view holds, or why nothing shows. */
  children: ReactNode;
  /** The ways to fill the view, each with its icon. */
  ways?: ReadonlyArray<{ icon: LucideIcon; text: ReactNode }>;
  actions?: ReactNode;
  /** A named region, for a state that stands in for a whole view (the first screen of a notebook). */
  region?: boolean;
}

/** What a view shows while it has nothing to list: what belongs here and how it gets here. */
export function EmptyState({ title, children, ways, actions, region }: EmptyStateProps) {
  const titleId = useId();
  const content = (
    <>
      <h2 id={region ? titleId : undefined}>{title}</h2>
      <p>{children}</p>
      {ways && (
        <ul className="empty-state-ways">
          {ways.map(({ icon: Icon, text }, index) => (
            <li key={index}>
              <Icon size={16} aria-hidden />
              <span>{text}</span>
            </li>
          ))}
        </ul>
      )}
      {actions && <div className="empty-state-actions">{actions}</div>}
    </>
  );
  return region ? (
    <section className="empty-state" aria-labelledby={titleId}>
      {content}
    </section>
  ) : (
    <div className="empty-state">{content}</div>
  );
}

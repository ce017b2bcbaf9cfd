import { CalendarDays, ChartGantt, Highlighter, Library, Trash2, Users } from 'lucide-react';
import type { ReactNode } from 'react';
import type { View } from '../stores/ui-store';
import { useMeetings, useNotebook, useOfficials, useStores, useUi } from '../stores/stores-context';
import { formatCount } from '../components/format';
import { CodebookSection } from '../features/codebook/codebook-section';

/** The views that exist, with their counts; the count is a description so the name stays "Library". */
export function Sidebar() {
  const name = useNotebook((state) => state.info?.name);
  const documents = useNotebook((state) => state.info?.documents);
  const trash = useNotebook((state) => state.info?.trash);
  const annotations = useNotebook((state) => state.info?.annotations);
  const officials = useOfficials((state) => state.total ?? undefined);
  const meetings = useMeetings((state) => state.count ?? undefined);

  return (
    <nav className="sidebar" aria-label="Views">
      <p className="sidebar-notebook" title={name}>
        {name ?? 'Dossier'}
      </p>
      <ul className="sidebar-list">
        <SidebarItem view="library" label="Library" icon={<Library size={16} aria-hidden />} count={documents} />
        <SidebarItem view="annotations" label="Annotations" icon={<Highlighter size={16} aria-hidden />} count={annotations} noun="annotation" />
        <SidebarItem view="officials" label="Officials" icon={<Users size={16} aria-hidden />} count={officials} noun="official" />
        <SidebarItem view="meetings" label="Meetings" icon={<CalendarDays size={16} aria-hidden />} count={meetings} noun="meeting" />
        <SidebarItem view="timeline" label="Timeline" icon={<ChartGantt size={16} aria-hidden />} count={undefined} />
        <SidebarItem view="trash" label="Trash" icon={<Trash2 size={16} aria-hidden />} count={trash} />
      </ul>
      <CodebookSection />
    </nav>
  );
}

interface SidebarItemProps {
  view: View;
  label: string;
  icon: ReactNode;
  count: number | undefined;
  noun?: string;
}

function SidebarItem({ view, label, icon, count, noun = 'document' }: SidebarItemProps) {
  const { ui } = useStores();
  const current = useUi((state) => state.view) === view;
  const countId = `sidebar-count-${view}`;
  return (
    <li>
      <button
        type="button"
        className="sidebar-item"
        aria-current={current ? 'page' : undefined}
        aria-describedby={count === undefined ? undefined : countId}
        onClick={() => ui.getState().setView(view)}
      >
        {icon}
        <span className="sidebar-label">{label}</span>
        {count !== undefined && (
          <span className="sidebar-count" aria-hidden>
            {formatCount(count)}
          </span>
        )}
      </button>
      {count !== undefined && (
        // Outside the button so the count describes it without changing its name.
        <span id={countId} hidden>
          {count === 1 ? `1 ${noun}` : `${formatCount(count)} ${noun}s`}
        </span>
      )}
    </li>
  );
}

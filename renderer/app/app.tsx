import { useEffect, type CSSProperties } from 'react';
import { ContentPaneSwitch, ListPaneSwitch } from './view-switch';
import { Sidebar } from './sidebar';
import { UnauthorisedPage } from './unauthorised-page';
import { useGlobalShortcuts } from './use-global-shortcuts';
import { PaneSeparator } from '../components/pane-separator';
import { ToastRegion } from '../components/toast-region';
import { ImportController } from '../features/import/import-controller';
import { ImportProgress } from '../features/import/import-progress';
import { ImportSummaryDialog } from '../features/import/import-summary-dialog';
import type { Client } from '../api/client';
import { connectEvents, loadInitial, type AppStores } from '../stores/app-stores';
import { PANE_LIMITS } from '../stores/layout-store';
import { StoresProvider, useLayout, useStores, useUi } from '../stores/stores-context';
import '../styles/theme.css';
import './app.css';

export function App({ client, stores }: { client: Client; stores: AppStores }) {
  useEffect(() => {
    const disconnect = connectEvents(client, stores);
    void loadInitial(stores);
    return disconnect;
  }, [client, stores]);

  return (
    <StoresProvider stores={stores}>
      <Shell />
    </StoresProvider>
  );
}

function Shell() {
  const stores = useStores();
  const unauthorised = useUi((state) => state.unauthorised);
  const widths = useLayout((state) => state.widths);
  useGlobalShortcuts(stores);

  if (unauthorised) return <UnauthorisedPage />;
  const setWidth = stores.layout.getState().setWidth;
  // Widths are data, so they travel as custom properties; the stylesheet decides the layout.
  const paneWidths = { '--sidebar-width': `${widths.sidebar}px`, '--list-width': `${widths.list}px` } as CSSProperties;

  return (
    <div className="shell" style={paneWidths}>
      <Sidebar />
      <PaneSeparator label="Resize sidebar" value={widths.sidebar} {...PANE_LIMITS.sidebar} onChange={(width) => setWidth('sidebar', width)} />
      <main className="workspace">
        <div className="list-column">
          <ListPaneSwitch />
          <ImportProgress />
        </div>
        <PaneSeparator label="Resize list" value={widths.list} {...PANE_LIMITS.list} onChange={(width) => setWidth('list', width)} />
        <ContentPaneSwitch />
      </main>
      <ImportController />
      <ImportSummaryDialog />
      <ToastRegion />
    </div>
  );
}

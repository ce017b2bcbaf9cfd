import { render } from '@testing-library/react';
import { App } from '../../../renderer/app/app';
import { createClient } from '../../../renderer/api/client';
import { createAppStores } from '../../../renderer/stores/app-stores';
import type { FakeTransport } from './fake-transport';

/** The whole renderer over a fake host, as main.tsx wires it. */
export function renderApp(transport: FakeTransport) {
  const client = createClient(transport);
  const stores = createAppStores(client, window.localStorage);
  const view = render(<App client={client} stores={stores} />);
  return { ...view, client, stores };
}

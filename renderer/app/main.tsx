import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from '../api/client';
import { pickTransport, stripTokenFromUrl } from '../api/pick-transport';
import { createAppStores } from '../stores/app-stores';
import { App } from './app';

// The host has already traded the token for a cookie when it served this page.
stripTokenFromUrl();

const client = createClient(pickTransport(), { onUnauthorised: () => stores.ui.getState().markUnauthorised() });
const stores = createAppStores(client);

const root = document.getElementById('root');
if (!root) throw new Error('index.html lost its #root element');
createRoot(root).render(
  <StrictMode>
    <App client={client} stores={stores} />
  </StrictMode>,
);

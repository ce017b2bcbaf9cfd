import { createHttpTransport } from './http-transport';
import type { Transport } from './transport';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the browser host. */
    dossier?: Transport;
  }
}

export function pickTransport(): Transport {
  return window.dossier ?? createHttpTransport();
}

/** The host trades `?token=` for a cookie on first load; keep the secret out of history and bookmarks. */
export function stripTokenFromUrl(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('token')) return;
  url.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', url);
}

import type { Envelope } from '../../shared/contract/errors';

/** How the renderer reaches the core: the Electron preload bridge or the browser host over HTTP. */
export interface Transport {
  invoke(channel: string, payload: unknown): Promise<Envelope<unknown>>;
  on(event: string, cb: (payload: unknown) => void): () => void;
}

/** Raised by a transport when the host refuses the page itself, not a single call. */
export class UnauthorisedError extends Error {
  constructor() {
    super('This Dossier page needs the link printed by `npm run web` (it carries an access token).');
    this.name = 'UnauthorisedError';
  }
}

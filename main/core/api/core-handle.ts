import type { Envelope } from '../../../shared/contract/errors';
import type { EventName } from '../../../shared/contract/events';

export type EventListener = (event: EventName, payload: unknown) => void;

/**
 * What every host (Electron, HTTP, CLI) holds: a way to call the core and hear its events. The
 * payload is untrusted: the core validates it against the contract before anything runs.
 */
export interface CoreHandle {
  readonly notebookPath: string;
  invoke(channel: string, payload: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: EventListener): () => void;
  close(): Promise<void>;
}

export interface CoreOptions {
  notebookPath: string;
  /** Path of a better-sqlite3 binary built for this runtime (Electron in development). */
  nativeBinding?: string;
  /** The built parse-worker script; bulk imports then parse files on other cores. */
  parseWorkerScript?: string;
  /**
   * An app session (Electron or the browser host) rather than a one-shot command: deleted
   * annotations that earlier sessions kept for their undo are purged.
   */
  startsSession?: boolean;
}

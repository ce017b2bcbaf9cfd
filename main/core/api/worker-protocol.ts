import type { Envelope, AppErrorShape } from '../../../shared/contract/errors';
import type { EventName } from '../../../shared/contract/events';

/** Messages between a host and the core worker over its port. */
export type HostToWorker = { type: 'call'; id: number; channel: string; payload: unknown } | { type: 'close' };

export type WorkerToHost =
  | { type: 'ready' }
  | { type: 'failed'; error: AppErrorShape }
  | { type: 'reply'; id: number; envelope: Envelope<unknown> }
  | { type: 'event'; event: EventName; payload: unknown }
  | { type: 'closed' };

import type { EventName } from '../../../shared/contract/events';
import { purgeDeletedAnnotations } from '../annotations/repository';
import { purgeDeletedOfficials } from '../officials/repository';
import { purgeDeletedMeetings } from '../meetings/repository';
import { openNotebook } from '../db/open';
import type { CoreHandle, CoreOptions, EventListener } from './core-handle';
import { dispatch } from './dispatch';
import type { CoreContext } from './handlers';
import { JobRegistry } from './jobs';

/**
 * The core on the caller's own thread: what the worker runs, and what a one-shot CLI command or a
 * test uses directly. Throws an AppError when the notebook is refused.
 */
export function openCore(options: CoreOptions): CoreHandle {
  const db = openNotebook(options.notebookPath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  // Undo lasts one session: what earlier sessions deleted goes for good, in one write at start-up.
  if (options.startsSession) {
    db.transaction(() => {
      purgeDeletedAnnotations(db);
      purgeDeletedOfficials(db);
      purgeDeletedMeetings(db);
    })();
  }
  const listeners = new Set<EventListener>();
  const emit = (event: EventName, payload: unknown) => {
    for (const listener of listeners) listener(event, payload);
  };
  const jobs = new JobRegistry(emit);
  const ctx: CoreContext = { db, notebookPath: options.notebookPath, jobs, emit, now: () => new Date().toISOString() };
  if (options.parseWorkerScript) ctx.parseWorkerScript = options.parseWorkerScript;
  let closed = false;
  return {
    notebookPath: options.notebookPath,
    invoke: (channel, payload) => dispatch(ctx, channel, payload),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      if (closed) return;
      closed = true;
      await jobs.stopAll();
      db.close();
    },
  };
}

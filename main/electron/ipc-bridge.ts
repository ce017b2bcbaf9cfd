import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Envelope } from '../../shared/contract/errors';
import type { EventName } from '../../shared/contract/events';
import type { NotebookSession } from './notebook-session';
import { isAppUrl } from './renderer-files';

// The same two names appear in main/preload/preload.ts, which may import nothing from here.
const INVOKE = 'dossier:invoke';
const EVENT = 'dossier:event';

/** Forwards the renderer's calls to the core; the core validates channel and payload itself. */
export function registerInvokeHandler(session: NotebookSession): void {
  ipcMain.handle(INVOKE, (event: IpcMainInvokeEvent, channel: unknown, payload: unknown): Promise<Envelope<unknown>> => {
    if (!isAppUrl(event.senderFrame?.url)) {
      return Promise.resolve(refusal('UNAVAILABLE', 'Calls are accepted only from the Dossier window.'));
    }
    if (typeof channel !== 'string') return Promise.resolve(refusal('INVALID_INPUT', 'The channel must be a name.'));
    return session.invoke(channel, payload);
  });
}

/** Sends a core or host event to the window, if it is showing the app's own page. */
export function sendEvent(window: BrowserWindow | undefined, event: EventName, payload: unknown): void {
  if (!window || window.isDestroyed() || !isAppUrl(window.webContents.getURL())) return;
  window.webContents.send(EVENT, event, payload);
}

function refusal(code: 'UNAVAILABLE' | 'INVALID_INPUT', message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

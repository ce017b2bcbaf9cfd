// The renderer's only door to the host. Sandboxed preloads may require nothing but `electron` and a
// few builtins, so this file is bundled with the contract's name lists inlined.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isChannelName, isEventName, type EventName } from '../../shared/contract/names';

const INVOKE = 'dossier:invoke';
const EVENT = 'dossier:event';

type EventCallback = (payload: unknown) => void;

function invoke(channel: unknown, payload: unknown): Promise<unknown> {
  if (!isChannelName(channel)) {
    return Promise.resolve({
      ok: false,
      error: { code: 'INVALID_INPUT', message: `Unknown channel ${JSON.stringify(String(channel)).slice(0, 80)}.` },
    });
  }
  return ipcRenderer.invoke(INVOKE, channel, payload);
}

function on(event: unknown, callback: unknown): () => void {
  if (!isEventName(event) || typeof callback !== 'function') return () => {};
  const wanted: EventName = event;
  const cb = callback as EventCallback;
  // The IpcRendererEvent stays here: handing it to the page would expose `sender`, i.e. ipcRenderer.
  const listener = (_ipcEvent: IpcRendererEvent, name: unknown, payload: unknown) => {
    if (name === wanted) cb(payload);
  };
  ipcRenderer.on(EVENT, listener);
  return () => {
    ipcRenderer.removeListener(EVENT, listener);
  };
}

contextBridge.exposeInMainWorld('dossier', { invoke, on });

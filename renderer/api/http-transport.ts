import type { Envelope } from '../../shared/contract/errors';
import { UnauthorisedError, type Transport } from './transport';

/**
 * The browser host: channels as `POST api/<channel>`, events as one server-sent event stream.
 * URLs stay relative so the page works wherever the host mounts it.
 */
export function createHttpTransport(): Transport {
  let source: EventSource | undefined;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  function eventSource(): EventSource {
    source ??= new EventSource('api/events', { withCredentials: true });
    return source;
  }

  return {
    async invoke(channel, payload) {
      let response: Response;
      try {
        response = await fetch(`api/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(payload ?? {}),
          credentials: 'same-origin',
        });
      } catch {
        return unavailable('Dossier could not reach its local server. Is `npm run web` still running?');
      }
      if (response.status === 401) throw new UnauthorisedError();
      if (!response.ok) return unavailable(`The local server answered ${response.status}: ${await response.text()}`);
      return (await response.json()) as Envelope<unknown>;
    },

    on(event, cb) {
      let callbacks = listeners.get(event);
      if (!callbacks) {
        const created = new Set<(payload: unknown) => void>();
        listeners.set(event, created);
        callbacks = created;
        eventSource().addEventListener(event, (message) => {
          const payload: unknown = JSON.parse((message as MessageEvent<string>).data);
          for (const callback of created) callback(payload);
        });
      }
      callbacks.add(cb);
      return () => {
        callbacks.delete(cb);
      };
    },
  };
}

function unavailable(message: string): Envelope<never> {
  return { ok: false, error: { code: 'UNAVAILABLE', message } };
}

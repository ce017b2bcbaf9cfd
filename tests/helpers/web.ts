import type { WebServer } from '../../main/server/web-server';

/** Calls a channel over the browser host as the renderer does. */
export async function postChannel(server: WebServer, channel: string, payload: unknown, init: { token?: string | null } = {}) {
  const token = init.token === undefined ? server.token : init.token;
  const response = await fetch(`http://127.0.0.1:${server.port}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { 'x-dossier-token': token } : {}) },
    body: JSON.stringify(payload),
  });
  return { status: response.status, body: response.headers.get('content-type')?.includes('json') ? await response.json() : await response.text() };
}

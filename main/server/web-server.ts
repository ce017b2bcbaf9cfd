import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Envelope } from '../../shared/contract/errors';
import type { CoreHandle } from '../core/api/core-handle';
import { hasToken, isOwnOrigin, TOKEN_COOKIE } from './auth';
import { readRendererFile } from './static-files';

export interface WebServerOptions {
  core: CoreHandle;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Large enough for a batch of dropped articles sent as base64, small enough to refuse abuse. */
const MAX_BODY_BYTES = 256 * 1024 * 1024;

const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/**
 * The browser host: the built renderer and the core's channels over HTTP, on 127.0.0.1 only.
 * Every request needs the per-launch token; the first page load trades it for a same-site cookie.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const eventStreams = new Set<ServerResponse>();
  let port = 0;

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('dossier web:', error);
      if (!response.headersSent) send(response, 500, 'text/plain', 'Internal error');
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    if (!isOwnOrigin(request, port)) return send(response, 403, 'text/plain', 'Forbidden: this server only answers its own pages.');
    if (!hasToken(request, url, token)) {
      request.resume();
      return send(response, 401, 'text/plain', 'Unauthorised: open the link that `npm run web` printed (it carries the access token).');
    }
    if (url.pathname === '/api/events' && request.method === 'GET') return openEventStream(response);
    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return send(response, 405, 'text/plain', 'Use POST for API calls.');
      return sendJson(response, await callChannel(request, url.pathname.slice('/api/'.length)));
    }
    if (request.method !== 'GET') return send(response, 405, 'text/plain', 'Method not allowed.');
    const file = await readRendererFile(options.rendererDir, url.pathname);
    if (!file) return send(response, 404, 'text/plain', 'Not found.');
    const cookie = `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
    response.writeHead(200, { ...SECURITY_HEADERS, 'content-type': file.type, 'set-cookie': cookie });
    response.end(file.body);
  }

  async function callChannel(request: IncomingMessage, channel: string): Promise<Envelope<unknown>> {
    const body = await readBody(request);
    if (body === undefined) {
      return { ok: false, error: { code: 'TOO_LARGE', message: 'That request is too large; import fewer files at once.' } };
    }
    let payload: unknown;
    try {
      payload = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return { ok: false, error: { code: 'INVALID_INPUT', message: 'The request body is not valid JSON.' } };
    }
    return options.core.invoke(decodeURIComponent(channel), payload);
  }

  function openEventStream(response: ServerResponse) {
    response.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/event-stream', connection: 'keep-alive' });
    response.write(': connected\n\n');
    eventStreams.add(response);
    response.on('close', () => eventStreams.delete(response));
  }

  const unsubscribe = options.core.onEvent((event, payload) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const stream of eventStreams) stream.write(frame);
  });
  const heartbeat = setInterval(() => {
    for (const stream of eventStreams) stream.write(': heartbeat\n\n');
  }, 25_000);
  heartbeat.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        clearInterval(heartbeat);
        for (const stream of eventStreams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else chunks.length = 0;
    });
    request.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, type: string, body: string) {
  response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': `${type}; charset=utf-8` });
  response.end(body);
}

function sendJson(response: ServerResponse, envelope: Envelope<unknown>) {
  response.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(envelope));
}

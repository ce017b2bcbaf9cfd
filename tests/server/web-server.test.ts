import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, afterEach } from 'vitest';
import { startWebServer, type WebServer } from '../../main/server/web-server';
import { corpusFile } from '../helpers/corpus';
import { openTestNotebook, tempDir } from '../helpers/notebook';
import { postChannel } from '../helpers/web';

const servers: WebServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function serve() {
  const notebook = openTestNotebook();
  const rendererDir = join(tempDir(), 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Dossier</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  const server = await startWebServer({ core: notebook.core, rendererDir });
  servers.push(server);
  return { notebook, server };
}

/** A raw request, so that Host and Origin can be set as an attacker's page would. */
function raw(server: WebServer, path: string, headers: Record<string, string>, method = 'GET', body?: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the browser host', () => {
  it('listens on 127.0.0.1 only and prints a link with its token', async () => {
    const { server } = await serve();
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[\\w-]{20,}$`));
  });

  it('refuses every request without the token with 401, and it changes nothing', async () => {
    const { notebook, server } = await serve();
    const before = await notebook.call('notebook.info', {});
    const api = await postChannel(server, 'import.start', { sources: [{ kind: 'path', path: corpusFile('000') }] }, { token: null });
    expect(api.status).toBe(401);
    expect((await postChannel(server, 'notebook.info', {}, { token: 'wrong-token-of-the-same-size-xx' })).status).toBe(401);
    expect((await raw(server, '/', { host: `127.0.0.1:${server.port}` })).status).toBe(401);
    expect((await raw(server, '/api/events', { host: `127.0.0.1:${server.port}` })).status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await notebook.call('notebook.info', {})).toEqual(before);
  });

  it('trades the token in the link for a same-site cookie that later requests carry', async () => {
    const { server } = await serve();
    const page = await raw(server, `/?token=${server.token}`, { host: `127.0.0.1:${server.port}` });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    const cookie = String(page.headers['set-cookie']).split(';')[0]!;
    expect(String(page.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    const asset = await raw(server, '/assets/app.js', { host: `127.0.0.1:${server.port}`, cookie });
    expect(asset).toMatchObject({ status: 200, body: 'console.log(1)' });
    const call = await raw(server, '/api/notebook.info', { host: `localhost:${server.port}`, cookie, 'content-type': 'application/json' }, 'POST', '{}');
    expect(JSON.parse(call.body)).toMatchObject({ ok: true, value: { documents: 0 } });
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    const { server } = await serve();
    const headers = { 'x-dossier-token': server.token, 'content-type': 'application/json' };
    expect((await raw(server, '/api/notebook.info', { ...headers, host: `evil.example:${server.port}` }, 'POST', '{}')).status).toBe(403);
    expect((await raw(server, '/api/notebook.info', { ...headers, host: `127.0.0.1:${server.port}`, origin: 'http://evil.example' }, 'POST', '{}')).status).toBe(403);
    expect((await raw(server, '/api/notebook.info', { ...headers, host: `127.0.0.1:${server.port}`, origin: `http://127.0.0.1:${server.port}` }, 'POST', '{}')).status).toBe(200);
  });

  it('serves only the renderer folder', async () => {
    const { server } = await serve();
    const headers = { host: `127.0.0.1:${server.port}`, 'x-dossier-token': server.token };
    expect((await raw(server, '/../../package.json', headers)).status).toBe(404);
    expect((await raw(server, '/%2e%2e/%2e%2e/package.json', headers)).status).toBe(404);
  });

  it('answers malformed JSON with an INVALID_INPUT envelope', async () => {
    const { server } = await serve();
    const response = await raw(server, '/api/documents.list', { host: `127.0.0.1:${server.port}`, 'x-dossier-token': server.token }, 'POST', '{"sort":');
    expect(JSON.parse(response.body)).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: 'The request body is not valid JSON.' } });
  });

  it('streams core events to the page as server-sent events', async () => {
    const { server } = await serve();
    const controller = new AbortController();
    const response = await fetch(`http://127.0.0.1:${server.port}/api/events`, { headers: { 'x-dossier-token': server.token }, signal: controller.signal });
    const reader = response.body!.getReader();
    await postChannel(server, 'import.start', { sources: [{ kind: 'path', path: corpusFile('003') }] });
    let text = '';
    while (!text.includes('event: job.done')) text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    expect(text).toContain('event: notebook.changed\ndata: {"tables":["documents"]}');
    expect(text).toMatch(/event: job\.done\ndata: \{"jobId":"\w+","kind":"import","result":\{"imported":\[\{"file":/);
  });
});

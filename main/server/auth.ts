import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'dossier_token';

/** True when the request carries the per-launch token (header, cookie, or the `token` query). */
export function hasToken(request: IncomingMessage, url: URL, token: string): boolean {
  const offered = [request.headers['x-dossier-token'], readCookie(request, TOKEN_COOKIE), url.searchParams.get('token')];
  return offered.some((candidate) => typeof candidate === 'string' && sameSecret(candidate, token));
}

/**
 * Guards against DNS rebinding and cross-site requests: the Host must name this loopback server,
 * and an Origin, when the browser sends one, must be this server's own.
 */
export function isOwnOrigin(request: IncomingMessage, port: number): boolean {
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  if (!allowedHosts.has(request.headers.host ?? '')) return false;
  const origin = request.headers.origin;
  return origin === undefined || allowedHosts.has(origin.replace(/^http:\/\//, '')) && origin.startsWith('http://');
}

function readCookie(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

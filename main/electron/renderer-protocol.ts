import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { APP_SCHEME, CONTENT_SECURITY_POLICY, contentTypeFor, rendererFileFor } from './renderer-files';

/** Must run before the app is ready: privileges cannot be granted to a scheme afterwards. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer under dossier://app/, every response carrying the CSP. */
export function serveRenderer(session: Session, rendererRoot: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const file = rendererFileFor(request.url, rendererRoot);
    if (file) {
      try {
        return respond(200, await readFile(file), contentTypeFor(file));
      } catch {
        // A missing file answers like a path outside the root: plain 404, nothing revealed.
      }
    }
    return respond(404, 'Not found', 'text/plain; charset=utf-8');
  });
}

function respond(status: number, body: string | Uint8Array, contentType: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

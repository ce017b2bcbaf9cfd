import { app, shell, type Session, type WebContents } from 'electron';
import { isAppUrl } from './renderer-files';

/**
 * Guards every web contents the app ever creates: the renderer may not navigate away, open
 * windows, embed webviews or use device permissions. An http(s) link opens in the system browser
 * instead, since articles cite their sources; the CSP allows no script but the app's own, so such
 * a request stems from a link the user clicked.
 */
export function applyWebSecurity(session: Session): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
  // Copying a quote to the clipboard is the one permission a research notebook needs.
  session.setPermissionRequestHandler((contents, permission, callback) => {
    callback(permission === 'clipboard-sanitized-write' && isAppUrl(contents.getURL()));
  });
  session.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin) => permission === 'clipboard-sanitized-write' && isAppUrl(`${requestingOrigin}/`),
  );
}

function guardContents(contents: WebContents): void {
  contents.on('will-frame-navigate', (event) => {
    event.preventDefault();
    if (event.isMainFrame) openInBrowser(event.url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url);
    return { action: 'deny' };
  });
}

function openInBrowser(url: string): void {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return;
  }
  if (protocol === 'http:' || protocol === 'https:') void shell.openExternal(url);
}

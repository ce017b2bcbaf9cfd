// The Electron host: a thin shell over the core worker. Everything here is wiring; the behaviour
// lives in the small modules it imports.
import { join, resolve } from 'node:path';
import { app, dialog, Menu, session, type BrowserWindow } from 'electron';
import type { EventName } from '../../shared/contract/events';
import { buildAppMenu } from './app-menu';
import { registerInvokeHandler, sendEvent } from './ipc-bridge';
import { createMainWindow } from './main-window';
import { selectNativeBinding } from './native-binding';
import { NotebookController } from './notebook-controller';
import { NotebookSession } from './notebook-session';
import { registerAppScheme, serveRenderer } from './renderer-protocol';
import { SettingsStore } from './settings';
import { applyWebSecurity } from './web-security';

// Tests point the app at a throw-away profile; this must precede the single-instance lock, which
// is taken per userData folder.
if (process.env.DOSSIER_USER_DATA) app.setPath('userData', resolve(process.env.DOSSIER_USER_DATA));
registerAppScheme();
app.enableSandbox();
app.setAboutPanelOptions({
  applicationName: 'Dossier',
  applicationVersion: app.getVersion(),
  credits: 'A research notebook for news coverage of government meetings. Everything stays on this computer.',
});

if (app.requestSingleInstanceLock()) {
  void start().catch((error: unknown) => {
    dialog.showErrorBox('Dossier could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
} else {
  app.quit();
}

async function start(): Promise<void> {
  await app.whenReady();
  applyWebSecurity(session.defaultSession);
  serveRenderer(session.defaultSession, join(__dirname, '../renderer'));

  const userData = app.getPath('userData');
  const settings = new SettingsStore(join(userData, 'settings.json'));
  let window: BrowserWindow | undefined;
  const forward = (event: EventName, payload: unknown) => sendEvent(window, event, payload);

  const notebookSession = new NotebookSession({
    workerScript: join(__dirname, 'worker.cjs'),
    parseWorkerScript: join(__dirname, 'parse-worker.cjs'),
    nativeBinding: selectNativeBinding(app.isPackaged),
    onEvent: forward,
  });
  const notebooks: NotebookController = new NotebookController({
    session: notebookSession,
    settings,
    defaultNotebook: join(userData, 'notebooks', 'Dossier.sqlite'),
    window: () => window,
    sendEvent: forward,
    onRecentChanged: () => refreshMenu(),
  });

  function refreshMenu(): void {
    const menu = buildAppMenu(
      {
        newNotebook: () => void notebooks.createNew(),
        openNotebook: () => void notebooks.chooseAndOpen(),
        openRecent: (path) => void notebooks.open(path),
        clearRecent: () => notebooks.clearRecent(),
        importFiles: () => void notebooks.importFiles(),
        importFolder: () => void notebooks.importFolder(),
        command: (command) => forward('app.command', { command }),
        showShortcuts: (text) => void dialog.showMessageBox({ title: 'Keyboard shortcuts', message: 'Keyboard shortcuts', detail: text }),
      },
      { recentNotebooks: settings.recentNotebooks, isPackaged: app.isPackaged },
    );
    Menu.setApplicationMenu(menu);
  }

  function showWindow(): void {
    if (window && !window.isDestroyed()) {
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
      return;
    }
    window = createMainWindow({
      title: notebooks.title,
      bounds: settings.windowBounds,
      onClose: (bounds) => settings.rememberWindowBounds(bounds),
    });
    window.on('closed', () => (window = undefined));
  }

  registerInvokeHandler(notebookSession);
  refreshMenu();
  if (!(await notebooks.openAtStartup())) {
    app.exit(1);
    return;
  }
  showWindow();

  app.on('second-instance', () => showWindow());
  app.on('activate', () => showWindow());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  closeNotebookBeforeQuit(notebookSession);
}

/** Quitting waits for the worker to finish its transaction and close the file cleanly. */
function closeNotebookBeforeQuit(notebookSession: NotebookSession): void {
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void notebookSession.close().finally(() => {
      closed = true;
      app.quit();
    });
  });
}

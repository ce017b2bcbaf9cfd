import { join } from 'node:path';
import { BrowserWindow, screen, type Rectangle } from 'electron';
import { APP_URL } from './renderer-files';
import type { WindowBounds } from './settings';

const DEFAULT_SIZE = { width: 1280, height: 820 };

export interface MainWindowOptions {
  title: string;
  bounds: WindowBounds | undefined;
  onClose: (bounds: WindowBounds) => void;
}

export function createMainWindow({ title, bounds, onClose }: MainWindowOptions): BrowserWindow {
  const placement = bounds && isOnSomeDisplay(bounds) ? bounds : undefined;
  const window = new BrowserWindow({
    ...DEFAULT_SIZE,
    ...(placement && { x: placement.x, y: placement.y, width: placement.width, height: placement.height }),
    minWidth: 720,
    minHeight: 480,
    title,
    show: false,
    backgroundColor: '#f7f6f3',
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  if (placement?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  // The page sets no title of its own; the host names the open notebook.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.on('close', () => onClose({ ...window.getNormalBounds(), maximized: window.isMaximized() }));
  void window.loadURL(APP_URL);
  return window;
}

/** A window remembered on a monitor that has since been unplugged would open out of reach. */
function isOnSomeDisplay(bounds: Rectangle): boolean {
  return screen.getAllDisplays().some(({ workArea }) => {
    const overlapX = Math.min(bounds.x + bounds.width, workArea.x + workArea.width) - Math.max(bounds.x, workArea.x);
    const overlapY = Math.min(bounds.y + bounds.height, workArea.y + workArea.height) - Math.max(bounds.y, workArea.y);
    return overlapX >= 100 && overlapY >= 50;
  });
}

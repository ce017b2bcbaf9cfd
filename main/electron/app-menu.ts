import { basename } from 'node:path';
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/contract/events';

export interface MenuActions {
  newNotebook(): void;
  openNotebook(): void;
  openRecent(path: string): void;
  clearRecent(): void;
  importFiles(): void;
  importFolder(): void;
  /** Asks the renderer to carry out one of the contract's app commands. */
  command(command: AppCommand): void;
  showShortcuts(text: string): void;
}

export interface MenuState {
  recentNotebooks: string[];
  isPackaged: boolean;
}

const isMac = process.platform === 'darwin';

export function buildAppMenu(actions: MenuActions, state: MenuState): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    fileMenu(actions, state),
    { role: 'editMenu' },
    viewMenu(actions, state),
    { role: 'windowMenu' },
  ];
  template.push(helpMenu(actions, () => shortcutsText(template)));
  return Menu.buildFromTemplate(template);
}

function fileMenu(actions: MenuActions, { recentNotebooks }: MenuState): MenuItemConstructorOptions {
  const recent: MenuItemConstructorOptions[] = recentNotebooks.map((path) => ({
    label: basename(path),
    sublabel: path,
    toolTip: path,
    click: () => actions.openRecent(path),
  }));
  return {
    label: '&File',
    submenu: [
      { label: 'New notebook…', accelerator: 'CmdOrCtrl+Shift+N', click: () => actions.newNotebook() },
      { label: 'Open notebook…', accelerator: 'CmdOrCtrl+O', click: () => actions.openNotebook() },
      {
        label: 'Open recent',
        submenu: [
          ...(recent.length > 0 ? recent : [{ label: 'No recent notebooks', enabled: false }]),
          { type: 'separator' },
          { label: 'Clear recent', enabled: recent.length > 0, click: () => actions.clearRecent() },
        ],
      },
      { type: 'separator' },
      { label: 'Import articles…', accelerator: 'CmdOrCtrl+I', click: () => actions.importFiles() },
      { label: 'Import folder…', accelerator: 'CmdOrCtrl+Shift+I', click: () => actions.importFolder() },
      ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
    ],
  };
}

function viewMenu(actions: MenuActions, { isPackaged }: MenuState): MenuItemConstructorOptions {
  const development: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [
        { role: 'reload' },
        // Ctrl+Shift+I is taken by Import folder… on Windows and Linux.
        { role: 'toggleDevTools', accelerator: isMac ? 'Alt+Command+I' : 'F12' },
        { type: 'separator' },
      ];
  return {
    label: '&View',
    submenu: [
      { label: 'Library', accelerator: 'CmdOrCtrl+1', click: () => actions.command('view.library') },
      { label: 'Annotations', accelerator: 'CmdOrCtrl+2', click: () => actions.command('view.annotations') },
      { label: 'Officials', accelerator: 'CmdOrCtrl+3', click: () => actions.command('view.officials') },
      { label: 'Meetings', accelerator: 'CmdOrCtrl+4', click: () => actions.command('view.meetings') },
      { label: 'Timeline', accelerator: 'CmdOrCtrl+5', click: () => actions.command('view.timeline') },
      { label: 'Trash', accelerator: 'CmdOrCtrl+6', click: () => actions.command('view.trash') },
      { type: 'separator' },
      ...development,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
}

function helpMenu(actions: MenuActions, shortcuts: () => string): MenuItemConstructorOptions {
  return {
    role: 'help',
    submenu: [
      { label: 'Keyboard shortcuts', click: () => actions.showShortcuts(shortcuts()) },
      ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'about' as const, label: 'About Dossier' }]),
    ],
  };
}

/** The menu's own shortcuts, read from the template so the list cannot drift from the menu. */
function shortcutsText(template: MenuItemConstructorOptions[]): string {
  const lines: string[] = [];
  const walk = (items: MenuItemConstructorOptions[], path: string) => {
    for (const item of items) {
      const label = (item.label ?? '').replace('&', '');
      if (item.accelerator && label) lines.push(`${path}${label}  —  ${readable(item.accelerator.toString())}`);
      if (Array.isArray(item.submenu)) walk(item.submenu, label ? `${path}${label} ▸ ` : path);
    }
  };
  walk(template, '');
  return lines.join('\n');
}

function readable(accelerator: string): string {
  return accelerator.replace('CmdOrCtrl', isMac ? '⌘' : 'Ctrl').replace('Command', '⌘').replace('Alt', isMac ? '⌥' : 'Alt');
}

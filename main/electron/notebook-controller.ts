import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { app, dialog, type BrowserWindow, type MessageBoxOptions, type OpenDialogOptions } from 'electron';
import { AppError } from '../../shared/contract/errors';
import type { EventName } from '../../shared/contract/events';
import { DEVELOPMENT_HINT } from './native-binding';
import type { NotebookSession } from './notebook-session';
import type { SettingsStore } from './settings';

export interface NotebookControllerOptions {
  session: NotebookSession;
  settings: SettingsStore;
  defaultNotebook: string;
  window: () => BrowserWindow | undefined;
  sendEvent: (event: EventName, payload: unknown) => void;
  /** Called when the recent list changed, so the menu can be rebuilt. */
  onRecentChanged: () => void;
}

const NOTEBOOK_FILTERS = [{ name: 'Dossier notebook', extensions: ['sqlite'] }];
const ARTICLE_FILTERS = [{ name: 'Articles (text, Markdown)', extensions: ['txt', 'md'] }];

/** What the user does with notebooks from the menu: create, open, switch, import into. */
export class NotebookController {
  constructor(private readonly options: NotebookControllerOptions) {}

  get title(): string {
    const path = this.options.session.path;
    return path ? `${notebookName(path)} — Dossier` : 'Dossier';
  }

  /** Opens the last notebook, else the default one; false when not even the default would open. */
  async openAtStartup(): Promise<boolean> {
    const { settings, defaultNotebook } = this.options;
    const last = settings.lastNotebook;
    if (last && existsSync(last) && (await this.open(last))) return true;
    mkdirSync(dirname(defaultNotebook), { recursive: true });
    return this.open(defaultNotebook, { create: true });
  }

  /** Switches to the notebook at `path`; only `create` lets the core make a new file there. */
  async open(path: string, { create = false } = {}): Promise<boolean> {
    const { session, settings, window, sendEvent, onRecentChanged } = this.options;
    // The core would start a fresh notebook at a missing path, e.g. a recent one moved away since.
    if (!create && !existsSync(path)) {
      settings.forgetNotebook(path);
      onRecentChanged();
      await this.showError(`${basename(path)} could not be found`, `There is no longer a file at ${path}.`);
      return false;
    }
    try {
      await session.open(path);
    } catch (error) {
      // A file that is not a notebook will never become one; an unreadable one may be locked for now.
      if (error instanceof AppError && error.code === 'NOT_A_NOTEBOOK') {
        settings.forgetNotebook(path);
        onRecentChanged();
      }
      await this.showError(`${basename(path)} could not be opened`, refusalMessage(path, error));
      return false;
    }
    settings.rememberNotebook(path);
    onRecentChanged();
    window()?.setTitle(this.title);
    sendEvent('notebook.changed', { tables: ['*'] });
    return true;
  }

  async chooseAndOpen(): Promise<void> {
    const result = await this.showOpenDialog({
      title: 'Open notebook',
      defaultPath: this.folderOfCurrent(),
      filters: NOTEBOOK_FILTERS,
      properties: ['openFile'],
    });
    const path = result[0];
    if (path) await this.open(path);
  }

  async createNew(): Promise<void> {
    const options = {
      title: 'New notebook',
      defaultPath: join(this.folderOfCurrent(), 'Notebook.sqlite'),
      buttonLabel: 'Create',
      filters: NOTEBOOK_FILTERS,
    };
    const owner = this.options.window();
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return;
    const path = extname(result.filePath) ? result.filePath : `${result.filePath}.sqlite`;
    // The save dialog offers to replace a file, but a new notebook never overwrites anything.
    if (existsSync(path)) {
      await this.showError(
        `${basename(path)} already exists`,
        'A new notebook needs a new file name. To work in that file, choose File ▸ Open notebook… instead.',
      );
      return;
    }
    await this.open(path, { create: true });
  }

  clearRecent(): void {
    this.options.settings.clearRecent();
    this.options.onRecentChanged();
  }

  importFiles(): Promise<void> {
    return this.importFrom({ title: 'Import articles', filters: ARTICLE_FILTERS, properties: ['openFile', 'multiSelections'] });
  }

  importFolder(): Promise<void> {
    return this.importFrom({ title: 'Import folder', buttonLabel: 'Import', properties: ['openDirectory'] });
  }

  /** The renderer follows the job through job.progress and job.done events. */
  private async importFrom(options: OpenDialogOptions): Promise<void> {
    const paths = await this.showOpenDialog(options);
    if (paths.length === 0) return;
    const envelope = await this.options.session.invoke('import.start', {
      sources: paths.map((path) => ({ kind: 'path', path })),
    });
    if (!envelope.ok) await this.showError('The import could not start', envelope.error.message);
  }

  private folderOfCurrent(): string {
    const path = this.options.session.path;
    return path ? dirname(path) : app.getPath('documents');
  }

  private async showOpenDialog(options: OpenDialogOptions): Promise<string[]> {
    const owner = this.options.window();
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled ? [] : result.filePaths;
  }

  private async showError(message: string, detail: string): Promise<void> {
    const options: MessageBoxOptions = { type: 'error', title: 'Dossier', message, detail, buttons: ['OK'] };
    const owner = this.options.window();
    await (owner ? dialog.showMessageBox(owner, options) : dialog.showMessageBox(options));
  }
}

function notebookName(path: string): string {
  return basename(path, extname(path));
}

/** Plain words for why a file was refused; the file itself is never modified by a refusal. */
function refusalMessage(path: string, error: unknown): string {
  const file = basename(path);
  if (error instanceof AppError && error.code === 'NOT_A_NOTEBOOK') {
    return `${file} is not a Dossier notebook; it was left untouched.`;
  }
  if (error instanceof AppError && error.code === 'UNREADABLE') {
    return `${file} could not be read — it may be damaged, or you may not have permission to open it. It was left untouched.`;
  }
  const reason = error instanceof Error ? error.message : String(error);
  const hint = app.isPackaged ? '' : `\n\n${DEVELOPMENT_HINT}`;
  return `${file} could not be opened: ${reason}${hint}`;
}

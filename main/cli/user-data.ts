import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder Electron calls `userData` for an app named Dossier, so the command line and the
 * desktop app open the same default notebook.
 */
export function userDataDir(): string {
  if (process.env.DOSSIER_USER_DATA) return process.env.DOSSIER_USER_DATA;
  const home = homedir();
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'Dossier');
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Dossier');
  return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Dossier');
}

export function defaultNotebookPath(): string {
  return join(userDataDir(), 'notebooks', 'Dossier.sqlite');
}

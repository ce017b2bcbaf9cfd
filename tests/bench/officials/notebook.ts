import { spawnSync } from 'node:child_process';

/** Imports a folder with the real CLI, as a researcher's first import would. */
export function importFolder(cli: string, notebook: string, folder: string): void {
  const result = spawnSync(process.execPath, [cli, 'import', '--notebook', notebook, folder], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`dossier import exited with ${result.status}`);
}

import { spawnSync } from 'node:child_process';
import { beforeAll } from 'vitest';
import { bundleNodeEntries } from './bundle';
import { tempDir } from './notebook';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The built `dossier` command for a test file: bundled once before its tests, then run as a user
 * would, with a data folder of its own so that no test touches a real default notebook.
 */
export function useDossierCli(): { dossier: (...args: string[]) => CliRun; script: () => string } {
  let cli = '';
  beforeAll(async () => {
    cli = (await bundleNodeEntries()).cli;
  });
  return {
    script: () => cli,
    dossier: (...args) => {
      const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, DOSSIER_USER_DATA: tempDir() } });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    },
  };
}

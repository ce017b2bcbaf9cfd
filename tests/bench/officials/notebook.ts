import { spawnSync } from 'node:child_process';
import type { CoreHandle } from '../../../main/core/api/core-handle';
import type { ImportSummary } from '../../../shared/model/import';

/** Imports a folder with the real CLI, as a researcher's first import would. */
export function importFolder(cli: string, notebook: string, folder: string): void {
  const result = spawnSync(process.execPath, [cli, 'import', '--notebook', notebook, folder], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`dossier import exited with ${result.status}`);
}

export async function call(core: CoreHandle, channel: string, payload: unknown): Promise<unknown> {
  const envelope = await core.invoke(channel, payload);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value;
}

/** One file through the core's import job, resolved when its job.done arrives. */
export async function importFile(core: CoreHandle, path: string): Promise<ImportSummary> {
  const done = new Promise<ImportSummary>((resolve, reject) => {
    const stop = core.onEvent((event, payload) => {
      if (event !== 'job.done') return;
      stop();
      const { result, error } = payload as { result?: ImportSummary; error?: { message: string } };
      if (result) resolve(result);
      else reject(new Error(error?.message));
    });
  });
  await call(core, 'import.start', { sources: [{ kind: 'path', path }] });
  return done;
}

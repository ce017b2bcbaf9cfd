import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract/channels';
import type { ImportSummary } from '../../shared/model/import';
import type { CoreHandle } from '../../main/core/api/core-handle';

// Free of vitest, so that the benchmarks, which run outside it, drive the core the same way the tests do.

export type Call = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/** Calls a channel and returns its value; a refusal throws with the channel, code and message. */
export function caller(core: CoreHandle): Call {
  return async (channel, input) => {
    const envelope = await core.invoke(channel, input);
    if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error.code} ${envelope.error.message}`);
    return envelope.value as never;
  };
}

/** Starts an import job and waits for its job.done event. */
export async function runImport(core: CoreHandle, sources: ChannelInput<'import.start'>['sources']): Promise<ImportSummary> {
  const done = new Promise<ImportSummary>((resolve, reject) => {
    const stop = core.onEvent((event, payload) => {
      if (event !== 'job.done') return;
      stop();
      const { result, error } = payload as { result?: ImportSummary; error?: { message: string } };
      if (result) resolve(result);
      else reject(new Error(error?.message));
    });
  });
  const envelope = await core.invoke('import.start', { sources });
  if (!envelope.ok) throw new Error(envelope.error.message);
  return done;
}

/** Imports files by path with the import job. */
export const importPaths = (core: CoreHandle, paths: readonly string[]): Promise<ImportSummary> =>
  runImport(core, paths.map((path) => ({ kind: 'path' as const, path })));

import type { ImportSummary } from '../../shared/model/import';
import type { CoreHandle } from '../core/api/core-handle';
import { call } from './call';

export async function runImport(core: CoreHandle, paths: readonly string[], json: boolean): Promise<number> {
  const sources = paths.map((path) => ({ kind: 'path' as const, path }));
  const summary = await new Promise<ImportSummary>((resolve, reject) => {
    let jobId: string | undefined;
    const early: Array<{ jobId: string; result?: ImportSummary }> = [];
    const stop = core.onEvent((event, payload) => {
      if (event === 'job.progress' && !json && process.stderr.isTTY) {
        const { done, total } = payload as { done: number; total: number };
        process.stderr.write(`\rImporting ${done}/${total}…`);
      }
      if (event !== 'job.done') return;
      const done = payload as { jobId: string; result?: ImportSummary; error?: { message: string } };
      if (jobId === undefined) early.push(done);
      else if (done.jobId === jobId) finish(done);
    });
    function finish(done: { result?: ImportSummary; error?: { message: string } }) {
      stop();
      if (process.stderr.isTTY && !json) process.stderr.write('\r\x1b[K');
      if (done.result) resolve(done.result);
      else reject(new Error(done.error?.message ?? 'The import stopped.'));
    }
    call(core, 'import.start', { sources }).then(({ jobId: id }) => {
      jobId = id;
      const already = early.find((done) => done.jobId === id);
      if (already) finish(already);
    }, reject);
  });

  if (json) {
    const { imported, skipped, failed } = summary;
    process.stdout.write(
      `${JSON.stringify({
        imported: imported.map(({ file, uid, title }) => ({ file, uid, title })),
        skipped: skipped.map(({ file, reason }) => ({ file, reason })),
        failed,
      })}\n`,
    );
  } else {
    for (const item of summary.imported) process.stdout.write(`imported  ${item.title}  (${item.file})\n`);
    for (const item of summary.skipped) process.stdout.write(`skipped   ${item.file}: ${item.reason}\n`);
    for (const item of summary.failed) process.stdout.write(`failed    ${item.message}\n`);
    process.stdout.write(
      `${summary.imported.length} imported, ${summary.skipped.length} skipped, ${summary.failed.length} failed.\n`,
    );
  }
  return summary.failed.length > 0 ? 1 : 0;
}

import { ulid } from 'ulid';
import { AppError } from '../../../shared/contract/errors';
import type { EventName, EventPayload } from '../../../shared/contract/events';
import type { ImportSummary } from '../../../shared/model/import';

type JobKind = EventPayload<'job.done'>['kind'];
type Progress = (progress: { done: number; total: number; current?: string }) => void;
type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** Long-running work: reported through job.progress / job.done events, cancellable by id. */
export class JobRegistry {
  private readonly running = new Map<string, { controller: AbortController; finished: Promise<void> }>();

  constructor(private readonly emit: Emit) {}

  start(kind: JobKind, run: (signal: AbortSignal, progress: Progress) => Promise<ImportSummary>): string {
    const jobId = ulid();
    const controller = new AbortController();
    const progress: Progress = (p) => this.emit('job.progress', { jobId, kind, ...p });
    const finished = Promise.resolve()
      .then(() => run(controller.signal, progress))
      .then(
        (result) => this.emit('job.done', { jobId, kind, result }),
        (error: unknown) => {
          const shape = error instanceof AppError ? error.toShape() : { code: 'INTERNAL' as const, message: String(error) };
          this.emit('job.done', { jobId, kind, error: shape });
        },
      )
      .finally(() => this.running.delete(jobId));
    this.running.set(jobId, { controller, finished });
    return jobId;
  }

  cancel(jobId: string): boolean {
    const job = this.running.get(jobId);
    if (!job) return false;
    job.controller.abort();
    return true;
  }

  /** Cancels everything and waits, so a notebook is never closed under a running job. */
  async stopAll(): Promise<void> {
    const jobs = [...this.running.values()];
    for (const job of jobs) job.controller.abort();
    await Promise.all(jobs.map((job) => job.finished));
  }
}

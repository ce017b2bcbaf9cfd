import { createStore } from 'zustand/vanilla';
import type { EventPayload } from '../../shared/contract/events';
import type { ImportSummary } from '../../shared/model/import';
import { messageOf, type Client } from '../api/client';
import { NOT_AN_ARTICLE, batchBySize, isWorthSending, toSource, type NamedFile } from './file-sources';
import type { UiStore } from './ui-store';

export interface JobProgress {
  done: number;
  total: number;
  current?: string;
}

export interface ImportsState {
  /** Jobs the core reported, including ones the host started (e.g. Electron's File menu). */
  running: Record<string, JobProgress>;
  /** Files being read in the renderer before their job starts. */
  reading: { done: number; total: number } | null;
  /** Results of finished jobs, held until every running job is done so one dialog tells all. */
  pending: ImportSummary | null;
  summary: ImportSummary | null;
  importFiles(files: readonly NamedFile[]): Promise<void>;
  cancelAll(): Promise<void>;
  onProgress(event: EventPayload<'job.progress'>): void;
  onDone(event: EventPayload<'job.done'>): void;
  dismissSummary(): void;
}

export function createImportsStore(client: Client, ui: UiStore) {
  return createStore<ImportsState>()((set, get) => {
    let cancelRequested = false;
    /** Jobs already finished, so a progress event arriving late cannot resurrect them. */
    const finished = new Set<string>();

    function settleIfIdle() {
      const { running, reading, pending } = get();
      if (reading === null && Object.keys(running).length === 0 && pending !== null) {
        set({ summary: mergeSummaries(get().summary, pending), pending: null });
      }
    }

    return {
      running: {},
      reading: null,
      pending: null,
      summary: null,

      importFiles: async (picked) => {
        const files = picked.filter(isWorthSending);
        const ignored = picked.filter((file) => !isWorthSending(file));
        if (ignored.length > 0) {
          const skipped = ignored.map((file) => ({ file: file.name, reason: NOT_AN_ARTICLE }));
          set((state) => ({ pending: mergeSummaries(state.pending, { imported: [], skipped, failed: [], cancelled: false }) }));
        }
        if (files.length === 0) return settleIfIdle();
        cancelRequested = false;
        set({ reading: { done: 0, total: files.length } });
        let done = 0;
        try {
          for (const batch of batchBySize(files)) {
            const sources = [];
            for (const file of batch) {
              if (cancelRequested) return;
              sources.push(await toSource(file));
              set({ reading: { done: ++done, total: files.length } });
            }
            if (cancelRequested) return;
            const { jobId } = await client.call('import.start', { sources });
            if (!finished.has(jobId)) {
              set((state) => ({ running: { ...state.running, [jobId]: state.running[jobId] ?? { done: 0, total: batch.length } } }));
            }
          }
        } catch (error) {
          ui.getState().showToast({ message: messageOf(error), tone: 'error' });
        } finally {
          set({ reading: null });
          settleIfIdle();
        }
      },

      cancelAll: async () => {
        cancelRequested = true;
        const jobIds = Object.keys(get().running);
        await Promise.all(
          jobIds.map((jobId) =>
            client.call('jobs.cancel', { jobId }).catch((error: unknown) => {
              ui.getState().showToast({ message: messageOf(error), tone: 'error' });
            }),
          ),
        );
      },

      onProgress: ({ jobId, done, total, current }) => {
        if (finished.has(jobId)) return;
        set((state) => ({ running: { ...state.running, [jobId]: { done, total, current } } }));
      },

      onDone: ({ jobId, result, error }) => {
        finished.add(jobId);
        set((state) => {
          const { [jobId]: _gone, ...running } = state.running;
          return { running, pending: result ? mergeSummaries(state.pending, result) : state.pending };
        });
        if (error) ui.getState().showToast({ message: error.message, tone: 'error' });
        settleIfIdle();
      },

      dismissSummary: () => set({ summary: null }),
    };
  });
}

export function mergeSummaries(a: ImportSummary | null, b: ImportSummary): ImportSummary {
  if (a === null) return b;
  return {
    imported: [...a.imported, ...b.imported],
    skipped: [...a.skipped, ...b.skipped],
    failed: [...a.failed, ...b.failed],
    cancelled: a.cancelled || b.cancelled,
  };
}

/** Files done and total across every running job, for one progress bar. */
export function overallProgress(running: Record<string, JobProgress>): JobProgress | null {
  const jobs = Object.values(running);
  if (jobs.length === 0) return null;
  const last = jobs.at(-1);
  return {
    done: jobs.reduce((sum, job) => sum + job.done, 0),
    total: jobs.reduce((sum, job) => sum + job.total, 0),
    current: last?.current,
  };
}

export type ImportsStore = ReturnType<typeof createImportsStore>;

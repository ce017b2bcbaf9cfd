import { useShallow } from 'zustand/react/shallow';
import { overallProgress } from '../../stores/imports-store';
import { useImports, useStores } from '../../stores/stores-context';

/** One bar for all running imports, including those the host started; the app stays usable. */
export function ImportProgress() {
  const { imports } = useStores();
  const reading = useImports((state) => state.reading);
  const progress = useImports(useShallow((state) => overallProgress(state.running)));

  if (!reading && !progress) return null;
  const { label, done, total } = progress
    ? { label: 'Importing', done: progress.done, total: progress.total }
    : { label: 'Reading files', done: reading?.done ?? 0, total: reading?.total ?? 0 };

  return (
    <div className="import-progress" role="group" aria-label="Import progress">
      <span className="import-progress-label">
        {label}: {done} / {total} files
      </span>
      <progress max={Math.max(total, 1)} value={done} aria-label={`${label}: ${done} of ${total} files`} />
      {progress?.current && <span className="import-progress-current">{progress.current}</span>}
      <button type="button" className="button button-small" onClick={() => void imports.getState().cancelAll()}>
        Cancel
      </button>
    </div>
  );
}

import { Dialog } from '../../components/dialog';
import { plural } from '../../components/format';
import { useImports, useStores } from '../../stores/stores-context';

/** What an import did, in three lists: imported, skipped as duplicates or non-articles, refused. */
export function ImportSummaryDialog() {
  const { imports } = useStores();
  const summary = useImports((state) => state.summary);
  if (!summary) return null;
  const { imported, skipped, failed, cancelled } = summary;
  const close = () => imports.getState().dismissSummary();

  return (
    <Dialog
      title={cancelled ? 'Import cancelled' : 'Import finished'}
      onClose={close}
      actions={
        <button type="button" className="button button-primary" onClick={close} data-autofocus>
          Close
        </button>
      }
    >
      <p>
        {plural(imported.length, 'article', 'articles')} imported, {skipped.length} skipped, {failed.length} refused.
        {cancelled && ' The rest were not imported because you cancelled.'}
      </p>
      {imported.length > 0 && (
        <section className="summary-section" aria-label="Imported">
          <h3>Imported</h3>
          <ul>
            {imported.map((item) => (
              <li key={item.uid}>{item.title}</li>
            ))}
          </ul>
        </section>
      )}
      {skipped.length > 0 && (
        <section className="summary-section" aria-label="Skipped">
          <h3>Skipped</h3>
          <ul>
            {skipped.map((item, index) => (
              <li key={index}>
                <span className="summary-file">{item.file}</span> — {item.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      {failed.length > 0 && (
        <section className="summary-section" aria-label="Refused">
          <h3>Refused</h3>
          <ul>
            {failed.map((item, index) => (
              <li key={index}>
                <span className="summary-file">{item.file}</span> — {item.message}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Dialog>
  );
}

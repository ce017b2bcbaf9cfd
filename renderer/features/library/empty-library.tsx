import { FileText, FolderOpen, MousePointerClick } from 'lucide-react';
import { ImportButtons } from '../import/import-buttons';

/** The first screen of a new notebook: how articles get in. */
export function EmptyLibrary() {
  return (
    <section className="empty-state" aria-labelledby="empty-library-title">
      <h2 id="empty-library-title">Your library is empty</h2>
      <p>Bring in the articles you want to study. Dossier reads plain text (.txt) and Markdown (.md) files.</p>
      <ul className="empty-state-ways">
        <li>
          <FileText size={18} aria-hidden />
          <span>
            <strong>Import articles…</strong> picks one or more files.
          </span>
        </li>
        <li>
          <FolderOpen size={18} aria-hidden />
          <span>
            <strong>Import folder…</strong> brings in every article in a folder and its subfolders.
          </span>
        </li>
        <li>
          <MousePointerClick size={18} aria-hidden />
          <span>
            Or <strong>drag and drop</strong> files or folders anywhere onto this window.
          </span>
        </li>
      </ul>
      <div className="empty-state-actions">
        <ImportButtons />
      </div>
    </section>
  );
}

import { FileText, FolderOpen, MousePointerClick } from 'lucide-react';
import { EmptyState } from '../../components/empty-state';
import { ImportButtons } from '../import/import-buttons';

/** The first screen of a new notebook: how articles get in. */
export function EmptyLibrary() {
  return (
    <EmptyState
      title="Your library is empty"
      region
      ways={[
        { icon: FileText, text: <><strong>Import articles…</strong> picks one or more files.</> },
        { icon: FolderOpen, text: <><strong>Import folder…</strong> brings in every article in a folder and its subfolders.</> },
        { icon: MousePointerClick, text: <>Or <strong>drag and drop</strong> files or folders anywhere onto this window.</> },
      ]}
      actions={<ImportButtons />}
    >
      Bring in the articles you want to study. Dossier reads plain text (.txt) and Markdown (.md) files.
    </EmptyState>
  );
}

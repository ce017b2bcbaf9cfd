import { FilePlus, FolderPlus } from 'lucide-react';
import { useStores } from '../../stores/stores-context';

export function ImportButtons() {
  const { ui } = useStores();
  return (
    <>
      <button type="button" className="button" onClick={() => ui.getState().requestPicker('files')} aria-keyshortcuts="Control+I Meta+I">
        <FilePlus size={15} aria-hidden />
        Import articles…
      </button>
      <button type="button" className="button" onClick={() => ui.getState().requestPicker('folder')}>
        <FolderPlus size={15} aria-hidden />
        Import folder…
      </button>
    </>
  );
}

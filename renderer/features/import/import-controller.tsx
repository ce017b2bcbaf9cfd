import { useEffect, useEffectEvent, useRef, useState, type ChangeEvent } from 'react';
import { Download } from 'lucide-react';
import { useStores, useUi } from '../../stores/stores-context';
import { entriesOfDrop, filesOfEntries, filesOfInput, type DroppedItem } from './drop-entries';
import './import.css';

const ACCEPT = '.txt,.md,text/plain,text/markdown';

/**
 * Everything that brings files in: the two hidden pickers (opened by buttons, Ctrl/Cmd+I and the
 * host's menu through the ui store) and drag and drop of files and folders anywhere on the window.
 */
export function ImportController() {
  const { imports } = useStores();
  const pickerRequest = useUi((state) => state.pickerRequest);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const dragging = useWindowDrop((entries) => void filesOfEntries(entries).then((files) => imports.getState().importFiles(files)));

  useEffect(() => {
    if (pickerRequest === null) return;
    (pickerRequest.kind === 'files' ? filesInput : folderInput).current?.click();
  }, [pickerRequest]);

  function onPicked(event: ChangeEvent<HTMLInputElement>, inFolder: boolean) {
    const input = event.currentTarget;
    if (input.files) void imports.getState().importFiles(filesOfInput(input.files, inFolder));
    // Reset so that picking the same files again still fires a change.
    input.value = '';
  }

  return (
    <>
      <input
        ref={filesInput}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid="import-files-input"
        onChange={(event) => onPicked(event, false)}
      />
      <input
        ref={folderInput}
        type="file"
        multiple
        hidden
        data-testid="import-folder-input"
        // React does not know the attribute; passing it lower-case keeps it on the element.
        {...{ webkitdirectory: '' }}
        onChange={(event) => onPicked(event, true)}
      />
      {dragging && (
        <div className="drop-overlay" aria-hidden>
          <div className="drop-overlay-card">
            <Download size={28} aria-hidden />
            <p>Drop files or folders to import them</p>
          </div>
        </div>
      )}
    </>
  );
}

/** True while files are dragged over the window; calls onDrop with the dropped entries. */
function useWindowDrop(onDrop: (entries: DroppedItem[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const handleDrop = useEffectEvent(onDrop);

  useEffect(() => {
    // dragenter/dragleave fire for every child element crossed; count them to know when we left.
    let depth = 0;
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event) || !event.dataTransfer) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event) || !event.dataTransfer) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      handleDrop(entriesOfDrop(event.dataTransfer));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return dragging;
}

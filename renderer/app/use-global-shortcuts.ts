import { useEffect } from 'react';
import type { AppStores } from '../stores/app-stores';

/** True where the platform's own text undo should win over Dossier's undo. */
function isEditing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Ctrl/Cmd+I imports, Ctrl/Cmd+Z undoes the last action (outside text fields). */
export function useGlobalShortcuts(stores: AppStores): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.defaultPrevented) return;
      const key = event.key.toLowerCase();
      if (key === 'i' && !event.shiftKey) {
        event.preventDefault();
        stores.ui.getState().requestPicker('files');
      } else if (key === 'z' && !event.shiftKey && !isEditing(event.target)) {
        event.preventDefault();
        void stores.ui.getState().undoLast();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [stores]);
}

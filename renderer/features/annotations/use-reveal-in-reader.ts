import { useCallback, useEffect, useRef } from 'react';
import type { AnnotationListItem } from '../../../shared/model/annotation';
import { useStores } from '../../stores/stores-context';

/**
 * Shows an annotation in the Reader once the Reader has loaded its document: the annotations store
 * forgets its selection whenever it loads another document, so selecting earlier would be lost.
 * Only the latest request waits; choosing another row cancels the previous one.
 */
export function useRevealInReader(): (item: AnnotationListItem, options: { flash: boolean }) => void {
  const { annotations } = useStores();
  const pending = useRef<(() => void) | null>(null);

  useEffect(() => () => pending.current?.(), []);

  return useCallback(
    (item, { flash }) => {
      pending.current?.();
      pending.current = null;
      const ready = () => {
        const state = annotations.getState();
        return state.documentUid === item.documentUid && state.loaded;
      };
      // An unanchored annotation has no passage in the text to scroll to.
      const show = () => annotations.getState().select(item.uid, { flash: flash && item.passage !== null && item.passage.state !== 'orphaned' });
      if (ready()) {
        show();
        return;
      }
      const stop = annotations.subscribe(() => {
        if (!ready()) return;
        cancel();
        show();
      });
      const cancel = () => {
        stop();
        if (pending.current === cancel) pending.current = null;
      };
      pending.current = cancel;
    },
    [annotations],
  );
}

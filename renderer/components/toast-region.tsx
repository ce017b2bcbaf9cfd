import { useEffect } from 'react';
import { X } from 'lucide-react';
import { useStores, useUi } from '../stores/stores-context';
import type { Toast } from '../stores/ui-store';
import './toast-region.css';

const TOAST_MS = 8_000;

/** Announces toasts politely; errors stay until dismissed, others leave after a few seconds. */
export function ToastRegion() {
  const toasts = useUi((state) => state.toasts);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <ToastCard key={toast.id} toast={toast} />
      ))}
    </div>
  );
}

function ToastCard({ toast }: { toast: Toast }) {
  const { ui } = useStores();

  useEffect(() => {
    if (toast.tone === 'error') return;
    const timer = window.setTimeout(() => ui.getState().dismissToast(toast.id), TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [toast, ui]);

  const undo = toast.undo;
  return (
    <div className={`toast toast-${toast.tone}`}>
      <span className="toast-message">{toast.message}</span>
      {undo && (
        <button
          type="button"
          className="button button-small"
          onClick={() => void ui.getState().undo(undo)}
        >
          Undo
        </button>
      )}
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => ui.getState().dismissToast(toast.id)}>
        <X size={14} aria-hidden />
      </button>
    </div>
  );
}

import { useId, useState, type ReactNode } from 'react';
import { Dialog } from './dialog';

interface FormDialogProps {
  title: string;
  onClose: () => void;
  submitLabel: string;
  /** While saving, or while there is nothing to submit; Enter in a field does nothing then either. */
  submitDisabled: boolean;
  onSubmit: (form: HTMLFormElement) => void;
  children: ReactNode;
}

/**
 * A dialog whose body is one form and whose footer is Cancel and a submit button. Fields are checked
 * by the dialog's own code, beside each field, rather than by the browser's bubbles.
 */
export function FormDialog({ title, onClose, submitLabel, submitDisabled, onSubmit, children }: FormDialogProps) {
  const formId = useId();
  return (
    <Dialog
      title={title}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={formId} className="button button-primary" disabled={submitDisabled}>
            {submitLabel}
          </button>
        </>
      }
    >
      <form
        id={formId}
        className="dialog-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!submitDisabled) onSubmit(event.currentTarget);
        }}
      >
        {children}
      </form>
    </Dialog>
  );
}

/** After the errors render, so that the first field in error is the one marked invalid. */
export function focusFirstInvalid(form: HTMLFormElement) {
  requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

/** Saves once at a time, and closes the dialog when the save succeeds; a refusal leaves it open. */
export function useSaving(onClose: () => void) {
  const [saving, setSaving] = useState(false);
  async function save(run: () => Promise<boolean>) {
    setSaving(true);
    const saved = await run();
    setSaving(false);
    if (saved) onClose();
  }
  return { saving, save };
}

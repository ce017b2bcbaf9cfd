export const READER_ID = 'reader';

/** "Open" from a list: the selected document already shows in the Reader, so move focus there. */
export function focusReader(): void {
  document.getElementById(READER_ID)?.focus();
}

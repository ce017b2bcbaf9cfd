// jsdom lacks layout and the modal <dialog> API; give them the minimum the components rely on.
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

if (typeof HTMLDialogElement.prototype.showModal !== 'function') {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

// The virtualised list sizes itself from its scroll container; give every element a viewport.
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 800 });

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative URLs: the same build is served from Electron's custom protocol and from the browser host.
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    // Inline assets would need data: URLs for scripts/styles, which the CSP forbids.
    assetsInlineLimit: 0,
  },
});

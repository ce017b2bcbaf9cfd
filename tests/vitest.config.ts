import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Migrations are .sql files imported as text, as esbuild's `text` loader does for the app. */
const sqlAsText: Plugin = {
  name: 'sql-as-text',
  transform(code, id) {
    return id.endsWith('.sql') ? { code: `export default ${JSON.stringify(code)};`, map: null } : undefined;
  },
};

export default defineConfig({
  root,
  plugins: [sqlAsText],
  test: {
    reporters: process.env.DOSSIER_TEST_REPORT ? ['default', ['json', { outputFile: process.env.DOSSIER_TEST_REPORT }]] : ['default'],
    projects: [
      {
        plugins: [sqlAsText],
        test: {
          name: 'node',
          root,
          include: ['tests/core/**/*.test.ts', 'tests/contract/**/*.test.ts', 'tests/server/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/lint/**/*.test.ts', 'tests/shared/**/*.test.ts', 'tests/electron/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'renderer',
          root,
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
        },
      },
    ],
  },
});

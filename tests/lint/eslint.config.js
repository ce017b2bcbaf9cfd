import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { importBoundaries } from './import-boundaries.js';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { dossier: { rules: { 'import-boundaries': importBoundaries } } },
    rules: {
      'dossier/import-boundaries': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Advice for React Compiler, which this project does not use; @tanstack/react-virtual trips it.
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    files: ['main/**/*.{ts,cjs,mjs,js}', 'tests/**/*.{ts,tsx,js,mjs}', '.ci/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['main/build/**', 'main/cli/bin.cjs', 'tests/**', '.ci/**'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
);

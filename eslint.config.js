// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Imports the pure model may never make: it runs unchanged in the renderer, a worker, the CLI and tests. */
const impureImports = [
  { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'src/model is pure: no React.' },
  { group: ['electron', 'electron/*'], message: 'src/model is pure: no Electron.' },
  { group: ['immer'], message: 'src/model is pure: state management belongs to the renderer.' },
  { group: ['node:*'], message: 'src/model is pure: no Node built-ins (no I/O in the model).' },
  { group: ['**/renderer/**', '**/electron/**'], message: 'src/model may not depend on the app layers.' },
];

const nodeBuiltins = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs', 'fs/promises',
  'http', 'http2', 'https', 'module', 'net', 'os', 'path', 'perf_hooks', 'process', 'readline', 'stream',
  'string_decoder', 'timers', 'tls', 'tty', 'url', 'util', 'v8', 'vm', 'worker_threads', 'zlib',
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The model and the export builders run unchanged in the renderer, a worker, the CLI and tests.
    files: ['src/model/**/*.ts', 'src/export/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { paths: nodeBuiltins.map((name) => ({ name, message: 'src/model is pure: no Node built-ins.' })), patterns: impureImports }],
      'no-restricted-globals': ['error', 'process', 'require', 'window', 'document', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['electron', 'electron/*', 'node:*'], message: 'The renderer talks to the host interface only.' }] }],
    },
  },
);

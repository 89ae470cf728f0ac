// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * The layers and what each may import (tests under test/ are free to reach model internals: they test them).
 *
 *   src/model     pure: no React, Electron, immer, Node built-ins, and nothing from host/export/cli/renderer/electron
 *   src/export    pure like the model, and reaches the model through @model only
 *   src/format, src/i18n   the shared strings and number formatting (app, exports, CLI, main process):
 *                 pure like the exports, @model only
 *   src/host      bundled into the sandboxed preload: no Electron, Node built-ins or React; @model only
 *   src/cli, renderer, electron, bench, scripts: the model through @model only
 *   scripts that build the model's own data files (scripts/build-*.ts, scripts/base-population/, the backtest's
 *   2010 base, 2020 census and profile fit) may use
 *   model internals (the graduation and base-population types they produce data for).
 */

const nodeBuiltins = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs', 'fs/promises',
  'http', 'http2', 'https', 'module', 'net', 'os', 'path', 'perf_hooks', 'process', 'readline', 'stream',
  'string_decoder', 'timers', 'tls', 'tty', 'url', 'util', 'v8', 'vm', 'worker_threads', 'zlib',
];
const noNodeBuiltins = (message) => nodeBuiltins.map((name) => ({ name, message }));

/** A model internal reached by path; `viaParent` also catches `../model/...` from inside src/ (not from renderer, whose own folder is called model). */
const modelInternals = (viaParent) => ({
  regex: viaParent ? '(^|/)src/model(/|$)|^(\\.\\./)+model(/|$)' : '(^|/)src/model(/|$)',
  message: 'Import the model through its front door, @model (src/model/index.ts); only tests reach its internals.',
});

/** Imports the pure model (and the export builders) may never make: they run unchanged in the renderer, a worker, the CLI and tests. */
const impureImports = [
  { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'Pure code: no React.' },
  { group: ['electron', 'electron/*'], message: 'Pure code: no Electron.' },
  { group: ['immer'], message: 'Pure code: state management belongs to the renderer.' },
  { group: ['node:*'], message: 'Pure code: no Node built-ins (no I/O).' },
];

const modelAppLayers = {
  regex: '(^|/)(host|export|cli|renderer|electron)(/|$)',
  message: 'src/model imports nothing from src/host, src/export, src/cli, renderer or electron: they depend on it, not the reverse.',
};

const hostForbidden = [
  { group: ['electron', 'electron/*'], message: 'src/host is bundled into the sandboxed preload: no Electron (that belongs in electron/).' },
  { group: ['node:*'], message: 'src/host is bundled into the sandboxed preload: no Node built-ins.' },
  { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'src/host is bundled into the sandboxed preload: no React.' },
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
    files: ['src/model/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { paths: noNodeBuiltins('src/model is pure: no Node built-ins.'), patterns: [...impureImports, modelAppLayers] }],
      'no-restricted-globals': ['error', 'process', 'require', 'window', 'document', 'Buffer', '__dirname'],
    },
  },
  {
    // The export builders and the shared formatting run unchanged in the renderer, a worker, the CLI,
    // the main process and tests.
    files: ['src/export/**/*.ts', 'src/format/**/*.ts', 'src/i18n/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { paths: noNodeBuiltins('src/export, src/format and src/i18n are pure: no Node built-ins.'), patterns: [...impureImports, modelInternals(true)] }],
      'no-restricted-globals': ['error', 'process', 'require', 'window', 'document', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['src/host/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        paths: noNodeBuiltins('src/host is bundled into the sandboxed preload: no Node built-ins.'),
        patterns: [...hostForbidden, modelInternals(true)],
      }],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [modelInternals(true)] }] },
  },
  {
    files: ['electron/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    // The backtest's 2010 base, 2020 census and profile fit build model data, like the base-population builder.
    ignores: ['scripts/build-*.ts', 'scripts/base-population/**', 'scripts/backtest/base-2010.ts', 'scripts/backtest/census-2020.ts', 'scripts/backtest/fit-profiles.ts', 'scripts/backtest/sensitivity.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [modelInternals(false)] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs['recommended-latest'].rules,
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*', 'node:*'], message: 'The renderer talks to the host interface only.' },
          modelInternals(false),
        ],
      }],
    },
  },
);

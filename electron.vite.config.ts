import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
/** The model's front door, as in tsconfig.base.json and vitest.config.ts. */
const resolveModel = { alias: { '@model': resolve(root, 'src/model/index.ts') } };

export default defineConfig({
  main: {
    resolve: resolveModel,
    build: { rollupOptions: { input: { index: resolve(root, 'electron/main/index.ts') } } },
  },
  preload: {
    resolve: resolveModel,
    // Sandboxed preload scripts must be CommonJS: Electron cannot load an ESM preload with sandbox on.
    build: {
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    resolve: resolveModel,
    // The browser host's About box reads it; the Electron host asks main instead.
    define: { __APP_VERSION__: JSON.stringify(version) },
    // Minified (electron-vite leaves the renderer unminified by default): the page parses and compiles
    // a third of the code at start, which bench:ui's cold start measures.
    // The one chunk over Vite's 500 kB warning is exceljs (about 1.3 MB), loaded with import() only on
    // the first XLSX export, never at start: the limit is raised past it so a new large chunk still warns.
    build: { minify: true, chunkSizeWarningLimit: 1_400, rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } } },
    plugins: [react()],
  },
});

import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  main: {
    build: { rollupOptions: { input: { index: resolve(root, 'electron/main/index.ts') } } },
  },
  preload: {
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
    build: { rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } } },
    plugins: [react()],
  },
});

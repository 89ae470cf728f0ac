import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The model's front door, as in tsconfig.base.json and electron.vite.config.ts.
    alias: { '@model': fileURLToPath(new URL('./src/model/index.ts', import.meta.url)) },
  },
  test: {
    // Tests live under test/, mirroring the source tree; none sit beside the source.
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});

/**
 * Builds the renderer alone with the project's own electron-vite configuration (the same plugins,
 * defines and inputs as `electron-vite build`), into a directory of the caller's choosing.
 *
 * Mode "e2e" keeps everything of a production build (React production, base "./", the CSP meta tag)
 * and adds only `window.__xiqingTest` and the lever-latency marks the tests and bench:ui read.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from 'electron-vite';
import { build } from 'vite';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

export type RendererMode = 'e2e' | 'production';

export async function buildRenderer(outDir: string, mode: RendererMode = 'e2e'): Promise<string> {
  // electron-vite's renderer preset decides `base: './'` from this variable; file:// loading needs it.
  process.env.NODE_ENV_ELECTRON_VITE = 'production';
  const resolved = await resolveConfig({ root: PROJECT_ROOT, mode, logLevel: 'warn' }, 'build', 'production');
  const renderer = resolved.config?.renderer;
  if (!renderer) throw new Error('electron.vite.config.ts has no renderer section');
  await build({
    ...renderer,
    mode,
    logLevel: 'warn',
    build: { ...renderer.build, outDir, emptyOutDir: true },
  });
  return outDir;
}

/**
 * `window.__xiqingExportTest`: what the end-to-end export test reads (the layout of the last chart
 * image). Set only in the "e2e" build mode; a production build has no such global.
 */
import type { FigureLayout } from './chart-image';

export interface ExportTestHooks {
  lastFigure?: FigureLayout;
}

declare global {
  interface Window {
    __xiqingExportTest?: ExportTestHooks;
  }
}

export function noteFigure(layout: FigureLayout): void {
  if (import.meta.env.MODE !== 'e2e') return;
  window.__xiqingExportTest = { ...window.__xiqingExportTest, lastFigure: layout };
}

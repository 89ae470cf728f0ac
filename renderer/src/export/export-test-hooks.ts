/**
 * `window.__xiqingExportTest`: what the end-to-end export test reads (the layout of the last chart
 * image). Set only in the "e2e" build mode; a production build has no such global.
 */
import type { FigureLayout } from './chart-image';

export interface ExportTestHooks {
  lastFigure?: FigureLayout;
  /** The labels of the series the last chart image drew. */
  lastSeries?: string[];
}

declare global {
  interface Window {
    __xiqingExportTest?: ExportTestHooks;
  }
}

export function noteFigure(layout: FigureLayout, series: string[] = []): void {
  if (import.meta.env.MODE !== 'e2e') return;
  window.__xiqingExportTest = { ...window.__xiqingExportTest, lastFigure: layout, lastSeries: series };
}

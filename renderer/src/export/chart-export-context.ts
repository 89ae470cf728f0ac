/**
 * Which scenarios the charts below a point show, for their PNG captions and "Data and reports…".
 * The editor needs no provider (its charts show the active scenario, read when the user exports); a
 * view that shows other scenarios (the compare view) wraps its charts in
 * `<ChartExportContext.Provider value={{ scenarios }}>`, baseline first.
 */
import { createContext } from 'react';
import type { ExportScenario } from './export-types';

export interface ChartExportScope {
  scenarios: readonly ExportScenario[];
}

export const ChartExportContext = createContext<ChartExportScope | null>(null);

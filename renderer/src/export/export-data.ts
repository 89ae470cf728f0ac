/**
 * CSV, XLSX and PPTX from the app, with the same builders as the command line (src/export): the
 * scenarios are run through the compare model (`compareScenarios`, the first is the baseline) and the
 * builder's bytes are returned for the host to save. This module pulls in exceljs and pptxgenjs, so the
 * app loads it with a dynamic import() only when the user exports (see export-dialog.tsx).
 */
import { buildExport, type ExportFormat } from '../../../src/export';
import type { ExportLang } from '../../../src/export/labels';
import { compareScenarios, type Comparison, type TargetSet } from '@model';
import type { SensitivityRequest } from '../../../src/export/sensitivity-export';
import { scenarioColours, type ExportScenario } from './export-types';
import type { ExportObserved } from '../../../src/export/observed';

export interface DataExportOptions {
  language: ExportLang;
  appVersion: string;
  date: Date;
  /** Observed figures: own columns (CSV, XLSX) and series (PPTX). */
  observed?: ExportObserved;
  /** The active target sets (default the plan's). */
  targets?: readonly TargetSet[];
  /** Probabilistic runs: bands (PPTX) and percentile columns (XLSX, CSV). */
  uncertaintyRuns?: number;
  /** The baseline's tornado (PPTX slide, XLSX sheet). */
  sensitivity?: SensitivityRequest;
}

/** The comparison of `scenarios` (baseline first) and its export in `format`. */
export async function buildDataExport(format: ExportFormat, scenarios: readonly ExportScenario[], options: DataExportOptions): Promise<{ comparison: Comparison; bytes: Uint8Array }> {
  const comparison = compareScenarios(scenarios);
  const colours = scenarioColours(scenarios);
  const { language, appVersion, date, ...shown } = options;
  const bytes = await buildExport(format, comparison, { lang: language, appVersion, date, ...(colours ? { colours } : {}), ...shown });
  return { comparison, bytes };
}

/**
 * A chart as a PNG for briefings: the live chart's configuration redrawn off screen at 2× or 3×, on
 * white, with the title above and the caption block (scenarios, changed levers, data vintage, app
 * version, date) under it; the bytes go to the host's save dialog (Electron) or a download (browser).
 */
import type { Chart } from 'chart.js';
import type { Language, SaveResult } from '../../../src/host/contract';
import type { Host } from '../host/host';
import { chartCaption } from './caption';
import { canvasPng, configOf, drawFigure, type FigureLayout, type PngScale } from './chart-image';
import { chartFileName, exportFilters } from './export-files';
import { noteFigure } from './export-test-hooks';
import type { ExportScenario, Translate } from './export-types';

export interface ChartPngRequest {
  /** The live chart.js instance (its configuration is copied; the chart itself is not touched). */
  chart: Chart;
  /** The chart's title in the interface language. */
  title: string;
  /** The year of a one-year chart (the pyramid). */
  year?: number;
  /** The scenarios the chart shows, baseline first. */
  scenarios: readonly ExportScenario[];
  scale: PngScale;
  language: Language;
  host: Host;
  /** The 'exporting' namespace's translate function. */
  t: Translate;
}

/** The figure's PNG bytes, its layout and its suggested file name (no saving). */
export async function chartPng(request: Omit<ChartPngRequest, 'host'>, appVersion: string, date: Date): Promise<{ bytes: Uint8Array; layout: FigureLayout; name: string }> {
  const { chart, title, year, scenarios, scale, language, t } = request;
  const caption = chartCaption({ title, year, scenarios, language, appVersion, date }, t);
  const { canvas, layout } = await drawFigure(configOf(chart), caption, scale, language);
  const bytes = await canvasPng(canvas);
  return { bytes, layout, name: chartFileName(t, caption.title, scenarios, language, date, scale) };
}

/** Makes the chart's PNG and hands it to the host to save. */
export async function exportChartPng(request: ChartPngRequest): Promise<SaveResult> {
  const info = await request.host.getAppInfo();
  const { bytes, layout, name } = await chartPng(request, info.version, new Date());
  // The tests read which series the figure drew (targets and observed figures among them).
  noteFigure(layout, configOf(request.chart).data.datasets.map((d) => String(d.label ?? '')));
  return request.host.saveExport({ suggestedName: name, content: bytes, filters: exportFilters(request.t, 'png') });
}

/**
 * Exports from the app. What other views use:
 *
 * **Chart images (PNG 2×/3× with a caption).** Put an export menu on any chart card:
 * ```tsx
 * <ChartExportButton getChart={() => chartRef.current} title={title} year={pyramidYear} testKey="compare-residents" />
 * ```
 * `getChart` returns the live chart.js instance (react-chartjs-2's `ref`); it is read when the user
 * exports and redrawn off screen, so the chart on screen is not touched. The caption names the
 * scenarios the chart shows: pass `scenarios` (baseline first), or wrap a whole view in
 * `<ChartExportContext.Provider value={{ scenarios }}>`; without either, the editor's active scenario.
 * `ChartPanel` (charts/chart-panel.tsx) already shows the menu; give it `exportScenarios` (or a
 * ChartExportContext around it) when it draws other scenarios than the editor's active one, e.g. one
 * of the compare view's pyramids: `<ChartPanel vm={vm} exportScenarios={[thatScenario]} exportYear={year} />`.
 * Without the menu: `exportChartPng({ chart, title, scenarios, scale: 2, language, host, t })`.
 *
 * **CSV / XLSX / PPTX / PDF brief.** `openExportDialog({ scenarios, format })` opens the export dialog
 * (mounted once by `<ExportDialogHost>` in the app shell) for those scenarios — `ExportScenario` is the
 * compare model's `NamedScenario` (name, optional description, levers, norms), baseline first, 1 to 6 —
 * with `format` preselected ('xlsx' | 'pptx' | 'csv' | 'pdf'). Without `scenarios` the dialog offers the
 * editor's active scenario or all open ones. The files come from src/export's builders (the CLI's), in
 * the interface language. `<ExportDialog open scenarios onClose>` is the same dialog as a component.
 *
 * The heavy builders (exceljs, pptxgenjs) load with import() on the first export (export-data.ts,
 * brief-model.ts); nothing here imports them statically.
 */
export { ChartExportButton, type ChartExportButtonProps } from './chart-export-button';
export { ChartExportContext, type ChartExportScope } from './chart-export-context';
export { PNG_SCALES, type PngScale } from './chart-image';
export { ExportDialog, type ExportDialogProps } from './export-dialog';
export { openExportDialog, type ExportDialogRequest } from './export-dialog-events';
export { ExportDialogHost } from './export-dialog-host';
export { EXPORT_DIALOG_FORMATS, type ExportDialogFormat } from './export-files';
export type { ExportScenario } from './export-types';
export { exportChartPng, type ChartPngRequest } from './png-export';

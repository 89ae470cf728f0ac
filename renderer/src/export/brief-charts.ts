/**
 * The brief's charts as images: each chart panel (a line per scenario, in the deck's scenario colours)
 * drawn off screen by chart.js at 3× and embedded as a PNG, so the printed page is sharp and the
 * layout does not depend on chart.js resizing canvases while the page is printed.
 */
import type { ChartConfiguration } from 'chart.js';
import type { ChartPanel } from '../../../src/export/chart-specs';
import type { ExportLang } from '../../../src/export/labels';
import { BRIEF_CHART_SCALE, BRIEF_CHART_SIZE, renderChart } from './chart-image';

/** A tick label of a panel's value axis: shares as percentages, other values grouped. */
export function panelTick(panel: ChartPanel, value: number, language: ExportLang): string {
  if (panel.display.share) return `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value * 100)}%`;
  return new Intl.NumberFormat(language, { maximumFractionDigits: panel.display.decimals }).format(value);
}

/** The chart.js configuration of a panel: one line per scenario, no legend (the brief has one legend for all). */
export function panelConfig(panel: ChartPanel, language: ExportLang): ChartConfiguration<'line', (number | null)[], string> {
  return {
    type: 'line',
    data: {
      labels: panel.categories,
      datasets: panel.series.map((s) => ({
        label: s.name,
        data: s.values,
        borderColor: `#${s.color}`,
        backgroundColor: `#${s.color}`,
        borderWidth: 2,
        // Observed figures are points (hollow circles), scenarios lines.
        pointRadius: s.observed ? 4 : 0,
        pointStyle: 'circle',
        showLine: !s.observed,
        ...(s.observed ? { backgroundColor: '#ffffff' } : {}),
        tension: 0,
      })),
    },
    options: {
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: {
        x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkipPadding: 8 } },
        y: {
          title: { display: true, text: panel.display.unit },
          ticks: { callback: (value) => panelTick(panel, Number(value), language) },
        },
      },
    },
  };
}

/** Every panel as a PNG data URL, in order. */
export async function briefChartImages(panels: readonly ChartPanel[], language: ExportLang): Promise<string[]> {
  const images: string[] = [];
  for (const panel of panels) {
    const canvas = await renderChart(panelConfig(panel, language) as unknown as ChartConfiguration, BRIEF_CHART_SIZE, BRIEF_CHART_SCALE);
    images.push(canvas.toDataURL('image/png'));
  }
  return images;
}

/**
 * The brief's charts as images: each chart panel (a line per scenario, in the app's scenario colours,
 * and the active targets as diamonds)
 * drawn off screen by chart.js at 3× and embedded as a PNG, so the printed page is sharp and the
 * layout does not depend on chart.js resizing canvases while the page is printed.
 */
import type { ChartConfiguration } from 'chart.js';
import type { ChartPanel } from '../../../src/export/chart-specs';
import type { ExportLang } from '../../../src/export/labels';
import { TARGET_COLOUR } from '../../../src/export/palette';
import { upTo } from '../../../src/format';
import { BRIEF_CHART_SCALE, BRIEF_CHART_SIZE, renderChart } from './chart-image';

/** A tick label of a panel's value axis: shares as percentages, other values grouped. */
export function panelTick(panel: ChartPanel, value: number, language: ExportLang): string {
  if (panel.display.share) return `${upTo(language, value * 100, 1)}%`;
  return upTo(language, value, panel.display.decimals);
}

/** With a hex colour's alpha: '#0072b2' → 'rgba(0, 114, 178, a)'. */
function withAlpha(hex: string, alpha: number): string {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/**
 * The baseline's 95% and 80% bands behind the lines: each band is its lower edge (no fill) and its
 * upper edge filled down to the dataset before it ('-1'), without lines or points.
 */
function bandDatasets(panel: ChartPanel) {
  const b = panel.bands;
  if (!b) return [];
  const colour = panel.series.find((s) => s.scenarioIndex === b.scenarioIndex)?.color ?? '1F2937';
  const edge = (label: string, data: number[], fill: false | '-1', alpha: number) => ({
    label, data: data as (number | null)[], borderWidth: 0, pointRadius: 0, tension: 0, fill,
    borderColor: 'rgba(0, 0, 0, 0)', backgroundColor: withAlpha(colour, alpha),
  });
  return [
    edge(`${b.names.band95} p2.5`, b.p2_5, false, 0), edge(b.names.band95, b.p97_5, '-1', 0.14),
    edge(`${b.names.band80} p10`, b.p10, false, 0), edge(b.names.band80, b.p90, '-1', 0.22),
  ];
}

/** The chart.js configuration of a panel: one line per scenario, no legend (the brief has one legend for all). */
export function panelConfig(panel: ChartPanel, language: ExportLang): ChartConfiguration<'line', (number | null)[], string> {
  return {
    type: 'line',
    data: {
      labels: panel.categories,
      datasets: [
        ...bandDatasets(panel),
        ...panel.series.map((s) => ({
          label: s.name,
          data: s.values,
          borderColor: `#${s.color}`,
          backgroundColor: `#${s.color}`,
          borderWidth: 2,
          pointRadius: 0,
          tension: 0,
        })),
        // Observed figures: hollow points in their years, no line.
        ...(panel.observed ? [{
          label: panel.observed.name,
          data: panel.observed.values,
          showLine: false,
          borderColor: `#${panel.observed.color}`,
          backgroundColor: '#ffffff',
          borderWidth: 2,
          pointStyle: 'circle' as const,
          pointRadius: 4,
        }] : []),
        // Targets: a diamond in their year, no line (as in the editor and the deck).
        ...panel.markers.map((m) => ({
          label: m.name,
          data: panel.categories.map((year) => (Number(year) === m.year ? m.value : null)),
          showLine: false,
          borderColor: '#ffffff',
          backgroundColor: TARGET_COLOUR,
          borderWidth: 1.5,
          pointStyle: 'rectRot' as const,
          pointRadius: 7,
        })),
      ],
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

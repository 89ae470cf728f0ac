/**
 * Registers only the chart.js pieces the app uses (tree-shaking keeps the bundle small) and sets the
 * fonts: the CJK font first so Chinese labels on the canvas match the page (each chart's options name
 * the family for its language: chartFontFamily).
 */
import {
  BarController, BarElement, CategoryScale, Chart, Filler, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
} from 'chart.js';
import type { Language } from '../../../src/host/contract';
import { installChartSpeedups } from './chart-speedups';
import { staticLayersCache } from './static-layers-cache';
import { installValuesOnlyUpdate } from './values-only-update';

export const FONT_FAMILY = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", system-ui, sans-serif';
/** English on the canvas in a Latin face first, as on the page (base.css): a CJK face sets ’ and “ ” full width. */
export const LATIN_FONT_FAMILY = `"Noto Sans", "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", ${FONT_FAMILY}`;

/** The font family of a chart's text in `language` (installed fonts only: the app is offline). */
export function chartFontFamily(language: Language): string {
  return language === 'en' ? LATIN_FONT_FAMILY : FONT_FAMILY;
}

let done = false;

export function setUpCharts(): void {
  if (done) return;
  done = true;
  // The static layers' cache first, so it copies the canvas before any other plugin draws on it.
  Chart.register(staticLayersCache);
  Chart.register(BarController, LineController, BarElement, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip, Filler);
  Chart.defaults.font.family = FONT_FAMILY;
  Chart.defaults.font.size = 12;
  Chart.defaults.color = '#374151';
  Chart.defaults.borderColor = '#e5e7eb';
  installChartSpeedups();
  installValuesOnlyUpdate();
}

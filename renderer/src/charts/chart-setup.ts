/**
 * Registers only the chart.js pieces the app uses (tree-shaking keeps the bundle small) and sets the
 * fonts: the CJK font first so Chinese labels on the canvas match the page.
 */
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
} from 'chart.js';

export const FONT_FAMILY = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", system-ui, sans-serif';

let done = false;

export function setUpCharts(): void {
  if (done) return;
  done = true;
  Chart.register(BarController, LineController, BarElement, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);
  Chart.defaults.font.family = FONT_FAMILY;
  Chart.defaults.font.size = 12;
  Chart.defaults.color = '#374151';
  Chart.defaults.borderColor = '#e5e7eb';
}

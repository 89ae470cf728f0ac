/**
 * Chart images off screen: a chart.js configuration drawn into a canvas of its own at a given size
 * and pixel scale (a temporary Chart with devicePixelRatio = scale and no animation, so the live chart
 * on screen never flickers or resizes), and the figure composed from it — white background, the title
 * above, the caption block under the chart — as PNG bytes.
 */
import { Chart, type ChartConfiguration, type ChartType, type Plugin } from 'chart.js';
import { FONT_FAMILY } from '../charts/chart-setup';
import type { Language } from '../../../src/host/contract';
import { wrapText, type Caption } from './caption';

/** A size in CSS pixels. */
export interface CssSize {
  width: number;
  height: number;
}

/** Pixel scales the PNG export offers. */
export const PNG_SCALES = [2, 3] as const;
export type PngScale = (typeof PNG_SCALES)[number];

/** The figure's layout in CSS pixels (the PNG is this × scale). */
export const FIGURE = {
  /** Width of the whole image; the chart is this less the padding on both sides. */
  width: 800,
  /** Height of the chart area. */
  chartHeight: 450,
  padding: 20,
  titleFont: 'bold 18px',
  titleLine: 26,
  captionFont: '13px',
  captionLine: 19,
  /** Space between the chart and the rule above the caption, and between the rule and the text. */
  gap: 12,
  text: '#1f2937',
  muted: '#4b5563',
  rule: '#d1d5db',
} as const;

/** CSS size of one chart of the PDF brief (two side by side fill the A4 text width) and its pixel scale. */
export const BRIEF_CHART_SIZE: CssSize = { width: 340, height: 200 };
export const BRIEF_CHART_SCALE = 3;

/** English text in a Latin face first: a CJK face draws quotes and apostrophes full-width. */
const LATIN_FIRST = `"Segoe UI", Arial, "Noto Sans", "Liberation Sans", ${FONT_FAMILY}`;

/** A canvas font for the title or caption text in `language`. */
export function figureFont(size: string, language: Language): string {
  return `${size} ${language === 'en' ? LATIN_FIRST : FONT_FAMILY}`;
}

/** What a figure was drawn at (the e2e test compares the PNG's header with it). */
export interface FigureLayout {
  scale: number;
  /** CSS size of the whole image. */
  width: number;
  height: number;
  /** CSS size of the chart inside it. */
  chartWidth: number;
  chartHeight: number;
  /** Top of the chart and of the caption text, CSS pixels. */
  chartTop: number;
  captionTop: number;
  captionLines: number;
}

type AnyConfig = ChartConfiguration;

/** Plugins that only instrument the live chart (render timing) are left out of a copy. */
const INSTRUMENT_PLUGIN = /^render-time-/;

/**
 * A copy of a live chart's configuration: the same type, data (arrays copied, so the temporary
 * chart never shares chart.js's array listeners with the live one), options and inline plugins.
 */
export function configOf(chart: Chart): AnyConfig {
  const config = chart.config as unknown as { type: ChartType; data: AnyConfig['data']; options: AnyConfig['options']; plugins: Plugin[] };
  const data = config.data;
  return {
    type: config.type,
    data: {
      ...data,
      labels: data.labels ? [...data.labels] : undefined,
      datasets: data.datasets.map((d) => ({ ...d, data: [...d.data] })),
    },
    options: config.options,
    plugins: (config.plugins ?? []).filter((p) => !INSTRUMENT_PLUGIN.test(p.id)),
  };
}

/**
 * Draws `config` into a new canvas of `size` CSS pixels × `scale` device pixels: a temporary Chart,
 * not responsive, not animated, without events, drawn once and destroyed; its pixels are kept in the
 * canvas returned. `legend: true` shows the legend even where the live chart hides it (the compare
 * view names its scenarios once above its charts; an image on its own must name them itself).
 */
export async function renderChart(config: AnyConfig, size: CssSize, scale: number, { legend }: { legend?: boolean } = {}): Promise<HTMLCanvasElement> {
  // Fonts the page uses are system fonts, but make sure none is still loading before text is drawn.
  await document.fonts?.ready;
  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  holder.style.cssText = `position:fixed;left:-100000px;top:0;width:${size.width}px;height:${size.height}px;overflow:hidden;pointer-events:none`;
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  canvas.style.width = `${size.width}px`;
  canvas.style.height = `${size.height}px`;
  holder.append(canvas);
  document.body.append(holder);
  let drawn: Chart | undefined;
  try {
    const options = config.options ?? {};
    const chart = new Chart(canvas, {
      ...config,
      options: {
        ...options,
        responsive: false,
        maintainAspectRatio: false,
        animation: false,
        devicePixelRatio: scale,
        events: [],
        plugins: {
          ...options.plugins,
          tooltip: { ...options.plugins?.tooltip, enabled: false },
          ...(legend ? { legend: { position: 'bottom', ...options.plugins?.legend, display: true } } : {}),
        },
      },
    } as AnyConfig);
    drawn = chart;
    chart.update('none');
    const out = document.createElement('canvas');
    out.width = canvas.width;
    out.height = canvas.height;
    const context = out.getContext('2d');
    if (!context) throw new Error('no 2D canvas context');
    context.drawImage(canvas, 0, 0);
    return out;
  } finally {
    drawn?.destroy();
    holder.remove();
  }
}

/** The layout of a figure whose caption has `captionLines` lines. */
export function figureLayout(scale: number, captionLines: number): FigureLayout {
  const f = FIGURE;
  const chartTop = f.padding + f.titleLine + 8;
  const captionTop = chartTop + f.chartHeight + f.gap + 1 + f.gap;
  return {
    scale,
    width: f.width,
    height: captionTop + captionLines * f.captionLine + f.padding,
    chartWidth: f.width - 2 * f.padding,
    chartHeight: f.chartHeight,
    chartTop,
    captionTop,
    captionLines,
  };
}

/** A wrapped caption row; the rows of the first line (the scenario names) are drawn in the body colour. */
interface CaptionRow {
  text: string;
  strong: boolean;
}

/** Wraps every caption line to the figure's text width, with the caption font. */
export function captionRows(context: CanvasRenderingContext2D, caption: Caption, language: Language): CaptionRow[] {
  context.font = figureFont(FIGURE.captionFont, language);
  const width = FIGURE.width - 2 * FIGURE.padding;
  return caption.lines.flatMap((line, i) => wrapText(line, width, (text) => context.measureText(text).width).map((text) => ({ text, strong: i === 0 })));
}

/**
 * The figure as a canvas: white background, title, the chart drawn by chart.js at `scale`, a rule,
 * and the caption lines.
 */
export async function drawFigure(config: AnyConfig, caption: Caption, scale: number, language: Language): Promise<{ canvas: HTMLCanvasElement; layout: FigureLayout }> {
  const measureCanvas = document.createElement('canvas').getContext('2d');
  if (!measureCanvas) throw new Error('no 2D canvas context');
  const rows = captionRows(measureCanvas, caption, language);
  const layout = figureLayout(scale, rows.length);
  const chart = await renderChart(config, { width: layout.chartWidth, height: layout.chartHeight }, scale, { legend: true });

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(layout.width * scale);
  canvas.height = Math.round(layout.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas context');
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, layout.width, layout.height);
  const f = FIGURE;
  context.textBaseline = 'top';
  context.fillStyle = f.text;
  context.font = figureFont(f.titleFont, language);
  context.fillText(caption.title, f.padding, f.padding, layout.width - 2 * f.padding);
  context.drawImage(chart, f.padding, layout.chartTop, layout.chartWidth, layout.chartHeight);
  const ruleY = layout.chartTop + layout.chartHeight + f.gap;
  context.fillStyle = f.rule;
  context.fillRect(f.padding, ruleY, layout.chartWidth, 1);
  context.font = figureFont(f.captionFont, language);
  rows.forEach((row, i) => {
    context.fillStyle = row.strong ? f.text : f.muted;
    context.fillText(row.text, f.padding, layout.captionTop + i * f.captionLine + 3);
  });
  return { canvas, layout };
}

/**
 * A canvas as PNG bytes. Encoded through an OffscreenCanvas: Chromium runs `HTMLCanvasElement.toBlob`
 * in idle time, which a busy page (a chart animating) can delay by seconds; `convertToBlob` is not
 * deferred. Browsers without OffscreenCanvas fall back to `toDataURL`.
 */
export async function canvasPng(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  if (typeof OffscreenCanvas !== 'undefined') {
    const offscreen = new OffscreenCanvas(canvas.width, canvas.height);
    const context = offscreen.getContext('2d');
    if (!context) throw new Error('no 2D canvas context');
    context.drawImage(canvas, 0, 0);
    const blob = await offscreen.convertToBlob({ type: 'image/png' });
    return new Uint8Array(await blob.arrayBuffer());
  }
  const base64 = canvas.toDataURL('image/png').split(',')[1] ?? '';
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

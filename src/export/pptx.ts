/**
 * PPTX export (pptxgenjs): a title slide, the assumptions (levers that differ, per scenario), one slide
 * per chart topic with NATIVE line charts (data embedded, editable in PowerPoint and WPS: right-click →
 * Edit Data), and one headline-comparison table per headline year.
 *
 * Fonts: every text box, table and chart label names {@link DECK_FONT} (微软雅黑, on every Chinese
 * Windows since Vista and bundled with WPS); the theme's fonts are set to it too. Where it is missing,
 * PowerPoint and WPS fall back to the theme's Chinese script font (等线 DengXian) — pptxgenjs writes chart
 * text with a Latin typeface only, so Chinese chart text always takes that route. A note on the title
 * slide says so.
 */
import PptxGenJS from 'pptxgenjs';
import { type Comparison, type HeadlineRow, headlineTable, whatDiffers } from '@model';
import { chartSlides, SCENARIO_COLORS, type ChartPanel, type ChartSlide } from './chart-specs';
import { columnLabel } from './columns';
import { displayScale, type DisplayScale } from './display';
import { displayName, formatNumber, formatSettingValue, formatSigned } from './format';
import { exportLabels, fillLabel, type ExportLang } from './labels';
import { exportMetadata, type ExportMetadata, type ExportOptions } from './metadata';

/** The font named for titles, text, tables and chart labels. */
export const DECK_FONT = 'Microsoft YaHei';

/** Assumption rows per slide (more continue on the next slide). */
export const ASSUMPTION_ROWS_PER_SLIDE = 10;

/** A slide of the deck, in order. */
export type DeckSlide =
  | { kind: 'title'; title: string }
  | { kind: 'assumptions'; title: string; rows: string[][] }
  | { kind: 'chart'; title: string; chart: ChartSlide }
  | { kind: 'comparison'; title: string; year: number; rows: string[][] };

const W = 13.333;
const MARGIN = 0.5;
const CONTENT_W = W - 2 * MARGIN;
const TEXT = { fontFace: DECK_FONT, color: '1F2937' } as const;
const HEADER_CELL = { bold: true, fill: { color: 'DCE6F1' }, fontFace: DECK_FONT } as const;

/** What is shown for one headline cell: the value, and for other scenarios the differences. */
function comparisonCell(row: HeadlineRow, i: number, display: DisplayScale, lang: ExportLang): string {
  const labels = exportLabels(lang);
  const cell = row.cells[i];
  const rel = cell.relDiff === null ? '' : `${formatSigned(cell.relDiff * 100, 1, lang)}%`;
  const diffs = (diff: string) => '\n' + fillLabel(labels.pptx.diffFormat, { diff, rel }).replace(/[，,] ?(?=[）)])/, '');
  if (row.kind === 'share') {
    const value = `${formatNumber(cell.value * 100, 2, lang)}%`;
    if (i === 0) return value;
    return value + diffs(`${formatSigned(row.cells[i].diffPoints, 2, lang)}${labels.pptx.percentagePoints}`);
  }
  const decimals = display.scale === 1 ? 0 : display.decimals;
  const value = formatNumber(cell.value / display.scale, decimals, lang);
  if (i === 0) return value;
  return value + diffs(formatSigned(row.cells[i].diff / display.scale, decimals, lang));
}

/** The slides of the deck, as data (the deck is drawn from this; tests read it). */
export function deckOutline(comparison: Comparison, options: ExportOptions): DeckSlide[] {
  const { lang } = options;
  const labels = exportLabels(lang);
  const meta = exportMetadata(comparison, options);
  const slides: DeckSlide[] = [{ kind: 'title', title: meta.appName }];

  const differing = whatDiffers(comparison.scenarios, { includeChangedFromDefault: true });
  const zh = lang === 'zh-CN';
  const assumptionRows = differing.map((d) => [
    zh ? d.spec.label.zh : d.spec.label.en,
    formatSettingValue(d.spec, d.defaultValue, lang),
    ...d.values.map((v) => formatSettingValue(d.spec, v, lang)),
  ]);
  if (assumptionRows.length === 0) slides.push({ kind: 'assumptions', title: labels.pptx.assumptionsTitle, rows: [] });
  for (let k = 0; k < assumptionRows.length; k += ASSUMPTION_ROWS_PER_SLIDE) {
    const title = k === 0 ? labels.pptx.assumptionsTitle : labels.pptx.assumptionsContinued;
    slides.push({ kind: 'assumptions', title, rows: assumptionRows.slice(k, k + ASSUMPTION_ROWS_PER_SLIDE) });
  }

  for (const chart of chartSlides(comparison, lang)) slides.push({ kind: 'chart', title: chart.title, chart });

  const table = headlineTable(comparison);
  for (const year of table.years) {
    const rows = table.rows
      .filter((r) => r.year === year)
      .map((r) => {
        const display = displayScale(r.indicator, lang);
        const label = `${columnLabel(r.indicator, lang)}${zh ? `（${display.unit}）` : ` (${display.unit})`}`;
        return [label, ...r.cells.map((_, i) => comparisonCell(r, i, display, lang))];
      });
    slides.push({ kind: 'comparison', title: fillLabel(labels.pptx.comparisonTitle, { year }), year, rows });
  }
  return slides;
}

function addFooter(slide: PptxGenJS.Slide, meta: ExportMetadata, lang: ExportLang): void {
  const text = fillLabel(exportLabels(lang).pptx.footer, { app: meta.appName, version: meta.appVersion, date: meta.date, vintage: meta.dataVintage });
  slide.addText(text, { ...TEXT, x: MARGIN, y: 7.05, w: CONTENT_W, h: 0.3, fontSize: 8, color: '6B7280' });
}

function addTitle(slide: PptxGenJS.Slide, title: string): void {
  slide.addText(title, { ...TEXT, x: MARGIN, y: 0.3, w: CONTENT_W, h: 0.7, fontSize: 26, bold: true });
}

function drawTitleSlide(pptx: PptxGenJS, meta: ExportMetadata, lang: ExportLang): void {
  const labels = exportLabels(lang);
  const slide = pptx.addSlide();
  slide.addText(meta.appName, { ...TEXT, x: MARGIN, y: 1.6, w: CONTENT_W, h: 1, fontSize: 36, bold: true });
  slide.addText(labels.pptx.subtitle, { ...TEXT, x: MARGIN, y: 2.6, w: CONTENT_W, h: 0.6, fontSize: 22, color: '374151' });
  const names = meta.scenarioNames.map((name, i) => ({
    text: `${i + 1}. ${name}${i === 0 ? labels.baselineMark : ''}`,
    options: { breakLine: true, color: SCENARIO_COLORS[i % SCENARIO_COLORS.length] },
  }));
  slide.addText([{ text: labels.pptx.scenariosHeading, options: { bold: true, breakLine: true } }, ...names], {
    ...TEXT, x: MARGIN, y: 3.5, w: CONTENT_W, h: 2.4, fontSize: 16, valign: 'top',
  });
  addFooter(slide, meta, lang);
  slide.addNotes(labels.pptx.fontNote);
}

function drawTable(slide: PptxGenJS.Slide, header: string[], rows: string[][], firstColW: number, fontSize: number, y = 1.2): void {
  const otherW = (CONTENT_W - firstColW) / Math.max(1, header.length - 1);
  const tableRows: PptxGenJS.TableRow[] = [
    header.map((text) => ({ text, options: HEADER_CELL })),
    ...rows.map((r) => r.map((text, c) => ({ text, options: { fontFace: DECK_FONT, align: c === 0 ? ('left' as const) : ('right' as const) } }))),
  ];
  slide.addTable(tableRows, {
    x: MARGIN, y, w: CONTENT_W, colW: [firstColW, ...header.slice(1).map(() => otherW)],
    fontFace: DECK_FONT, fontSize, color: '1F2937', valign: 'middle', border: { type: 'solid', pt: 0.5, color: 'BFBFBF' },
  });
}

function drawChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, panel: ChartPanel, x: number, w: number, lang: ExportLang): void {
  const data = panel.series.map((s) => ({ name: s.name, labels: panel.categories, values: s.values }));
  slide.addChart(pptx.ChartType.line, data, {
    x, y: 1.15, w, h: 5.75,
    chartColors: panel.series.map((s) => s.color),
    lineSize: 2.25,
    lineDataSymbol: 'circle',
    lineDataSymbolSize: 5,
    showTitle: true, title: panel.title, titleFontFace: DECK_FONT, titleFontSize: 14,
    showLegend: true, legendPos: 'b', legendFontFace: DECK_FONT, legendFontSize: 11,
    catAxisLabelFontFace: DECK_FONT, catAxisLabelFontSize: 10,
    valAxisLabelFontFace: DECK_FONT, valAxisLabelFontSize: 10, valAxisLabelFormatCode: panel.display.axisFormat,
    showValAxisTitle: true, valAxisTitle: panel.display.unit, valAxisTitleFontFace: DECK_FONT, valAxisTitleFontSize: 10,
    dataLabelFontFace: DECK_FONT, dataLabelFormatCode: panel.display.axisFormat,
    lang,
  });
}

/** The deck as .pptx bytes. */
export async function buildPptx(comparison: Comparison, options: ExportOptions): Promise<Uint8Array> {
  const { lang } = options;
  const labels = exportLabels(lang);
  const meta = exportMetadata(comparison, options);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.theme = { headFontFace: DECK_FONT, bodyFontFace: DECK_FONT };
  pptx.title = `${meta.appName}: ${meta.scenarioNames.join(' / ')}`;
  pptx.author = `${meta.appName} ${meta.appVersion}`;
  pptx.company = meta.appName;

  const names = comparison.scenarios.map((s, i) => displayName(s.name, lang) + (i === 0 ? labels.baselineMark : ''));
  for (const outline of deckOutline(comparison, options)) {
    if (outline.kind === 'title') {
      drawTitleSlide(pptx, meta, lang);
      continue;
    }
    const slide = pptx.addSlide();
    addTitle(slide, outline.title);
    if (outline.kind === 'assumptions') {
      if (outline.rows.length === 0) {
        slide.addText(labels.pptx.noDifferences, { ...TEXT, x: MARGIN, y: 1.4, w: CONTENT_W, h: 0.6, fontSize: 18 });
      } else {
        const header = [labels.xlsx.setting, labels.xlsx.defaultValue, ...names];
        drawTable(slide, header, outline.rows, 3.6, names.length > 3 ? 10 : 12);
      }
    } else if (outline.kind === 'chart') {
      const panels = outline.chart.panels;
      const gap = 0.25;
      const w = (CONTENT_W - gap * (panels.length - 1)) / panels.length;
      panels.forEach((panel, i) => drawChart(pptx, slide, panel, MARGIN + i * (w + gap), w, lang));
    } else {
      drawTable(slide, [labels.xlsx.indicator, ...names], outline.rows, 3.4, names.length > 3 ? 10 : 12);
      slide.addText(labels.pptx.comparisonNote, { ...TEXT, x: MARGIN, y: 6.6, w: CONTENT_W, h: 0.4, fontSize: 10, color: '4B5563' });
    }
    addFooter(slide, meta, lang);
  }
  const data: unknown = await pptx.write({ outputType: 'uint8array', compression: true });
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  throw new Error('pptxgenjs returned neither bytes nor an ArrayBuffer');
}

/**
 * PPTX export (pptxgenjs), built as a briefer would: a title slide with the key message, the
 * assumptions, one native line chart per slide headed by what it shows (data embedded, editable in
 * PowerPoint and WPS: right-click → Edit Data) with the active targets as a marked series, and the
 * headline table per year with a target column. Speaker notes carry the sources.
 *
 * Fonts: every text box, table and chart label names {@link DECK_FONT} (微软雅黑, on every Chinese
 * Windows since Vista and bundled with WPS), for Latin and East-Asian text alike: pptxgenjs writes
 * chart text with a Latin typeface only, so the chart XML is post-processed to add the East-Asian
 * typeface (`a:ea`) beside each one (see deck-xml.ts). Where the font is missing, PowerPoint and WPS
 * fall back to the theme's Chinese font (等线 DengXian); a note on the title slide says so.
 */
import PptxGenJS from 'pptxgenjs';
import { HEADLINE_YEARS, comparisonMarkers, type Comparison } from '@model';
import { OBSERVED_FIELDS } from '@model';
import type { ChartPanel } from './chart-specs';
import { deckOutline, type HeadlineRowText } from './deck-outline';
import type { SensitivitySlide } from './sensitivity-export';
import { finishDeck } from './deck-xml';
import { displayName } from './format';
import { exportLabels, fillLabel, type ExportLang } from './labels';
import { exportMetadata, type ExportMetadata, type ExportOptions } from './metadata';
import { ooxmlColour, scenarioColour, TARGET_COLOUR } from './palette';
import { observedLabel } from './observed';

export { ASSUMPTION_ROWS_PER_SLIDE, deckOutline, HEADLINE_ROWS_PER_SLIDE, type DeckSlide, type HeadlineRowText } from './deck-outline';

/** The font named for titles, text, tables and chart labels. */
export const DECK_FONT = 'Microsoft YaHei';
/** The smallest text size of a table (points): readable from the back of a meeting room. */
export const TABLE_FONT_SIZE = 14;

const W = 13.333;
const MARGIN = 0.5;
const CONTENT_W = W - 2 * MARGIN;
const TEXT = { fontFace: DECK_FONT, color: '1F2937' } as const;
const HEADER_CELL = { bold: true, fill: { color: 'DCE6F1' }, fontFace: DECK_FONT } as const;
const STATUS_COLOURS = { met: '047857', below: 'B91C1C', above: 'B45309' } as const;

function addFooter(slide: PptxGenJS.Slide, meta: ExportMetadata, lang: ExportLang): void {
  const text = fillLabel(exportLabels(lang).pptx.footer, { app: meta.appName, version: meta.appVersion, date: meta.date, vintage: meta.dataVintage });
  slide.addText(text, { ...TEXT, x: MARGIN, y: 7.05, w: CONTENT_W, h: 0.3, fontSize: 8, color: '6B7280' });
}

function addTitle(slide: PptxGenJS.Slide, title: string): void {
  slide.addText(title, { ...TEXT, x: MARGIN, y: 0.25, w: CONTENT_W, h: 0.95, fontSize: 24, bold: true, valign: 'middle', fit: 'shrink' });
}

/** The notes every slide carries: the data, the app and date (and more per slide). */
function sourceNotes(meta: ExportMetadata, lang: ExportLang, ...more: string[]): string {
  const labels = exportLabels(lang).pptx;
  return [fillLabel(labels.notesData, { vintage: meta.dataVintage, app: meta.appName, version: meta.appVersion, date: meta.date }), ...more].join(' ');
}

function targetNotes(sources: readonly string[], lang: ExportLang): string[] {
  const unique = [...new Set(sources)];
  return unique.length === 0 ? [] : [fillLabel(exportLabels(lang).pptx.notesTargets, { sources: unique.join(exportLabels(lang).listSeparator) })];
}

function drawTitleSlide(pptx: PptxGenJS, meta: ExportMetadata, keyMessage: string | null, colours: readonly string[] | undefined, lang: ExportLang): void {
  const labels = exportLabels(lang);
  const slide = pptx.addSlide();
  slide.addText(meta.appName, { ...TEXT, x: MARGIN, y: 0.5, w: CONTENT_W, h: 0.8, fontSize: 32, bold: true });
  slide.addText(labels.pptx.subtitle, { ...TEXT, x: MARGIN, y: 1.3, w: CONTENT_W, h: 0.5, fontSize: 20, color: '374151' });
  if (keyMessage) {
    slide.addShape(pptx.ShapeType.rect, { x: MARGIN, y: 2.0, w: 0.08, h: 2.3, fill: { color: ooxmlColour(scenarioColour(0, colours)) }, line: { color: ooxmlColour(scenarioColour(0, colours)) } });
    slide.addText([
      { text: labels.pptx.keyMessageHeading, options: { bold: true, fontSize: 16, color: '374151', breakLine: true } },
      { text: keyMessage, options: { fontSize: 20, color: '111827' } },
    ], { ...TEXT, x: MARGIN + 0.25, y: 2.0, w: CONTENT_W - 0.25, h: 2.3, valign: 'top', fit: 'shrink', paraSpaceAfter: 6 });
  }
  const names = meta.scenarioNames.map((name, i) => ({
    text: `■ ${i + 1}. ${name}${i === 0 ? labels.baselineMark : ''}`,
    options: { breakLine: true, color: ooxmlColour(scenarioColour(i, colours)) },
  }));
  slide.addText([{ text: labels.pptx.scenariosHeading, options: { bold: true, breakLine: true, color: '374151' } }, ...names], {
    ...TEXT, x: MARGIN, y: 4.6, w: CONTENT_W, h: 2.3, fontSize: 16, valign: 'top', fit: 'shrink',
  });
  addFooter(slide, meta, lang);
  slide.addNotes([labels.pptx.notesKeyMessage, sourceNotes(meta, lang), labels.pptx.fontNote].join(' '));
}

function drawTable(slide: PptxGenJS.Slide, header: string[], rows: PptxGenJS.TableRow[], firstColW: number, otherWs?: number[]): void {
  const otherW = (CONTENT_W - firstColW) / Math.max(1, header.length - 1);
  slide.addTable([header.map((text) => ({ text, options: HEADER_CELL })), ...rows], {
    x: MARGIN, y: 1.3, w: CONTENT_W, colW: [firstColW, ...(otherWs ?? header.slice(1).map(() => otherW))],
    fontFace: DECK_FONT, fontSize: TABLE_FONT_SIZE, color: '1F2937', valign: 'middle', border: { type: 'solid', pt: 0.5, color: 'BFBFBF' },
    autoPage: false,
  });
}

function headlineTableRows(rows: readonly HeadlineRowText[]): PptxGenJS.TableRow[] {
  return rows.map((row) => [
    { text: row.label, options: { fontFace: DECK_FONT, align: 'left' as const } },
    { text: row.target, options: { fontFace: DECK_FONT, align: 'right' as const, bold: row.target !== '—' } },
    ...row.cells.map((cell) => {
      const parts: PptxGenJS.TextProps[] = [{ text: cell.value, options: { breakLine: cell.diff !== '' || cell.status !== '' } }];
      if (cell.diff) parts.push({ text: cell.diff, options: { color: '4B5563', breakLine: cell.status !== '' } });
      if (cell.status) parts.push({ text: cell.status, options: { bold: true, color: STATUS_COLOURS[cell.statusKind ?? 'met'] } });
      return { text: parts, options: { fontFace: DECK_FONT, align: 'right' as const } };
    }),
  ]);
}

/**
 * The bands as a stacked area behind the lines: a floor up to p2.5 (drawn without fill), then the
 * lower 95% part (p2.5–p10), the 80% band (p10–p90) and the upper 95% part (p90–p97.5). deck-xml.ts
 * hides the floor and the second 95% part from the legend.
 */
function bandAreas(panel: ChartPanel): PptxGenJS.IChartMulti | null {
  const b = panel.bands;
  if (!b) return null;
  const diff = (hi: number[], lo: number[]) => hi.map((v, t) => v - lo[t]);
  return {
    type: 'area' as PptxGenJS.CHART_NAME,
    data: [
      { name: b.names.base, labels: panel.categories, values: b.p2_5 },
      { name: b.names.band95, labels: panel.categories, values: diff(b.p10, b.p2_5) },
      { name: b.names.band80, labels: panel.categories, values: diff(b.p90, b.p10) },
      { name: `${b.names.band95} `, labels: panel.categories, values: diff(b.p97_5, b.p90) },
    ],
    options: { barGrouping: 'stacked', chartColors: ['FFFFFF', b.colors.band95, b.colors.band80, b.colors.band95] },
  };
}

/** The names the band series of a panel carry in the chart XML (for deck-xml.ts). */
export function bandSeriesNames(panel: ChartPanel): string[] {
  return panel.bands ? [panel.bands.names.base, panel.bands.names.band95, panel.bands.names.band80, `${panel.bands.names.band95} `] : [];
}

function drawChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, panel: ChartPanel, lang: ExportLang): void {
  // Targets are series too, blank except in their year; deck-xml.ts draws them as marks without a line.
  const data = [
    ...panel.series.map((s) => ({ name: s.name, labels: panel.categories, values: s.values })),
    // Observed figures: a series of points (deck-xml.ts draws it as hollow circles without a line).
    ...(panel.observed ? [{ name: panel.observed.name, labels: panel.categories, values: panel.observed.values }] : []),
    ...panel.markers.map((m) => ({ name: m.name, labels: panel.categories, values: panel.categories.map((year) => (Number(year) === m.year ? m.value : null)) })),
  ];
  const lineColours = [...panel.series.map((s) => s.color), ...(panel.observed ? [panel.observed.color] : []), ...panel.markers.map(() => ooxmlColour(TARGET_COLOUR))];
  const areas = bandAreas(panel);
  // With bands, a combination chart: the bands' stacked area first (behind), the lines over it.
  const lines: PptxGenJS.IChartMulti = { type: 'line' as PptxGenJS.CHART_NAME, data: data as PptxGenJS.OptsChartData[], options: { chartColors: lineColours, lineSize: 2.5, lineDataSymbol: 'none' } };
  const options: PptxGenJS.IChartOpts = {
    x: MARGIN, y: 1.3, w: CONTENT_W, h: areas ? 5.3 : 5.65,
    chartColors: lineColours,
    lineSize: 2.5,
    lineDataSymbol: 'none',
    displayBlanksAs: 'gap',
    showTitle: true, title: `${panel.title}（${panel.display.unit}）`.replace(/（(.*)）$/, lang === 'zh-CN' ? '（$1）' : ' ($1)'), titleFontFace: DECK_FONT, titleFontSize: 14,
    showLegend: true, legendPos: 'b', legendFontFace: DECK_FONT, legendFontSize: 14,
    catAxisLabelFontFace: DECK_FONT, catAxisLabelFontSize: 12,
    valAxisLabelFontFace: DECK_FONT, valAxisLabelFontSize: 12, valAxisLabelFormatCode: panel.display.axisFormat,
    ...(panel.axisMin === undefined ? {} : { valAxisMinVal: panel.axisMin }),
    showValAxisTitle: true, valAxisTitle: panel.display.unit, valAxisTitleFontFace: DECK_FONT, valAxisTitleFontSize: 12,
    dataLabelFontFace: DECK_FONT, dataLabelFontSize: 12, dataLabelFormatCode: panel.display.axisFormat,
    lang,
  };
  // A combination chart takes its options in the data argument's place (pptxgenjs's signature for several types).
  if (areas) slide.addChart([areas, lines], options as unknown as PptxGenJS.OptsChartData[]);
  else slide.addChart(pptx.ChartType.line, data as PptxGenJS.OptsChartData[], options);
  if (panel.bands) {
    const note = fillLabel(exportLabels(lang).bands.note, { runs: panel.bands.runs });
    slide.addText(note, { ...TEXT, x: MARGIN, y: 6.6, w: CONTENT_W, h: 0.45, fontSize: 10, color: '4B5563', fit: 'shrink' });
  }
}

/** The tornado: a native horizontal bar chart, each lever's low and high as differences from the scenario. */
function drawTornado(pptx: PptxGenJS, slide: PptxGenJS.Slide, tornado: SensitivitySlide): void {
  const { display } = tornado;
  slide.addChart(pptx.ChartType.bar, [
    { name: tornado.low.name, labels: tornado.categories, values: tornado.low.values },
    { name: tornado.high.name, labels: tornado.categories, values: tornado.high.values },
  ], {
    x: MARGIN, y: 1.3, w: CONTENT_W, h: 5.2, barDir: 'bar', barGrouping: 'clustered', barGapWidthPct: 40, barOverlapPct: 100,
    chartColors: [TORNADO_COLOURS.low, TORNADO_COLOURS.high],
    showTitle: true, title: `${tornado.chartTitle}（${display.unit}）`, titleFontFace: DECK_FONT, titleFontSize: 14,
    showLegend: true, legendPos: 'b', legendFontFace: DECK_FONT, legendFontSize: 12,
    catAxisLabelFontFace: DECK_FONT, catAxisLabelFontSize: 11, catAxisLabelPos: 'low',
    valAxisLabelFontFace: DECK_FONT, valAxisLabelFontSize: 11, valAxisLabelFormatCode: display.share ? '+0.0%;-0.0%;0' : '+#,##0.##;-#,##0.##;0',
  });
  slide.addText(tornado.note, { ...TEXT, x: MARGIN, y: 6.55, w: CONTENT_W, h: 0.5, fontSize: 10, color: '4B5563', fit: 'shrink' });
}

/** The tornado's colours (OOXML hex), as in the editor: low sky blue, high orange. */
const TORNADO_COLOURS = { low: '0EA5E9', high: 'F97316' } as const;

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
  const allTargetSources = (['residents', 'hukouPopulation'] as const).flatMap((id) => comparisonMarkers(id, options.targets, HEADLINE_YEARS).map((m) => (lang === 'zh-CN' ? m.source.zh : m.source.en)));
  const markerCounts: number[] = [];
  const bandNames: string[] = [];
  for (const outline of deckOutline(comparison, options)) {
    if (outline.kind === 'title') {
      drawTitleSlide(pptx, meta, outline.keyMessage, options.colours, lang);
      continue;
    }
    const slide = pptx.addSlide();
    addTitle(slide, outline.title);
    if (outline.kind === 'assumptions') {
      if (outline.rows.length === 0) {
        slide.addText(labels.pptx.noDifferences, { ...TEXT, x: MARGIN, y: 1.4, w: CONTENT_W, h: 0.6, fontSize: 18 });
      } else {
        const header = [labels.xlsx.setting, labels.xlsx.defaultValue, ...names];
        const rows = outline.rows.map((r) => r.map((text, c) => ({ text, options: { fontFace: DECK_FONT, align: c === 0 ? ('left' as const) : ('right' as const) } })));
        drawTable(slide, header, rows, 3.6);
      }
      slide.addNotes(sourceNotes(meta, lang));
    } else if (outline.kind === 'sensitivity') {
      drawTornado(pptx, slide, outline.tornado);
      slide.addNotes(sourceNotes(meta, lang, outline.tornado.note));
    } else if (outline.kind === 'chart') {
      const [panel] = outline.chart.panels;
      drawChart(pptx, slide, panel, lang);
      markerCounts.push(panel.markers.length);
      bandNames.push(...bandSeriesNames(panel));
      const sources = comparisonMarkers(panel.indicator, options.targets, panel.categories.map(Number)).map((m) => (lang === 'zh-CN' ? m.source.zh : m.source.en));
      slide.addNotes(sourceNotes(meta, lang, ...targetNotes(sources, lang), labels.pptx.notesAxis));
    } else {
      const targetW = 1.8;
      const firstW = 2.3;
      const otherW = (CONTENT_W - firstW - targetW) / names.length;
      drawTable(slide, [labels.xlsx.indicator, labels.targets.column, ...names], headlineTableRows(outline.rows), firstW, [targetW, ...names.map(() => otherW)]);
      slide.addText(labels.pptx.comparisonNote, { ...TEXT, x: MARGIN, y: 6.65, w: CONTENT_W, h: 0.4, fontSize: 12, color: '4B5563' });
      const sources = outline.rows.flatMap((r) => (r.targetSource ? [r.targetSource] : []));
      slide.addNotes(sourceNotes(meta, lang, ...targetNotes(sources.length > 0 ? sources : allTargetSources, lang)));
    }
    addFooter(slide, meta, lang);
  }
  const data: unknown = await pptx.write({ outputType: 'uint8array', compression: true });
  const bytes = data instanceof Uint8Array ? data : data instanceof ArrayBuffer ? new Uint8Array(data) : null;
  if (!bytes) throw new Error('pptxgenjs returned neither bytes nor an ArrayBuffer');
  const observedNames = options.observed ? OBSERVED_FIELDS.map((f) => observedLabel(f, lang)) : [];
  return finishDeck(bytes, { font: DECK_FONT, scenarioSeries: comparison.scenarios.length, markerColour: ooxmlColour(TARGET_COLOUR), observedNames, bandNames });
}

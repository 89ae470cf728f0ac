/**
 * Chart view-models of the PPTX deck and the PDF brief (pure data: title, finding, unit, categories,
 * one series per scenario in its palette colour, and the active target markers), built from the
 * comparison's series. The deck draws them as native charts; tests compare the chart XML with the
 * model through them.
 */
import { comparisonMarkers, indicatorSeries, percentileKey, type Comparison, type IndicatorId, type Percentile, type ProbabilisticResult } from '@model';
import { BAND_INDICATORS, scenarioUncertainty } from './bands';
import { axisMinimum, chartFinding } from './chart-findings';
import { displayScale, toDisplay, type DisplayScale } from './display';
import { displayName } from './format';
import { exportLabels, fillLabel, type ExportLang } from './labels';
import type { ExportOptions } from './metadata';
import { lighten, ooxmlColour, scenarioColour } from './palette';
import { observedAt, observedFieldOf, observedFields, observedLabel, type ExportObserved } from './observed';

/** A target (or, later, observed figure) on a chart: a marked point, in display units. */
export interface ChartMarker {
  id: string;
  /** The legend name: the name of the marker's set (“十四五”规划目标). */
  name: string;
  year: number;
  value: number;
}

/** One chart: an indicator over time, a line per scenario, and the markers that apply to it. */
export interface ChartPanel {
  indicator: IndicatorId;
  title: string;
  display: DisplayScale;
  /** Years as text (the category axis). */
  categories: string[];
  /** Colours are OOXML hex (no '#'), from the shared scenario palette; null where the line has a gap. */
  series: { name: string; scenarioIndex: number; color: string; values: (number | null)[] }[];
  markers: ChartMarker[];
  /** Where the value axis starts (display units; see `axisMinimum`), undefined for 0. */
  axisMin: number | undefined;
  /** Observed figures (points in observed years, null elsewhere), drawn apart from scenarios and targets. */
  observed?: { name: string; color: string; values: (number | null)[] };
  /** The baseline's 80% and 95% bands (display units, one value per category), drawn behind the lines. */
  bands?: ChartBands;
}

/** The 80% (p10–p90) and 95% (p2.5–p97.5) bands of one scenario's line, from the model's probabilistic runs. */
export interface ChartBands {
  scenarioIndex: number;
  /** Legend names of the bands and of the hidden floor series the deck stacks them on. */
  names: { band95: string; band80: string; base: string };
  /** OOXML hex of the 95% band (the lighter) and the 80% band, tints of the scenario's colour. */
  colors: { band95: string; band80: string };
  /** Per category: p2.5, p10, p90, p97.5. */
  p2_5: number[];
  p10: number[];
  p90: number[];
  p97_5: number[];
  /** Draws behind the percentiles (for the note). */
  runs: number;
}

/** Identifier of a chart slide (one chart per slide: the indicator it shows). */
export type ChartSlideId = IndicatorId & ChartKey;

/** A chart slide: a headline stating what the chart shows, and its chart. */
export interface ChartSlide {
  id: ChartSlideId;
  /** The finding (the slide's headline). */
  title: string;
  panels: ChartPanel[];
}

type ChartKey = keyof ReturnType<typeof exportLabels>['pptx']['charts'];

const SLIDES: readonly { id: ChartSlideId; services?: true }[] = [
  { id: 'residents' },
  { id: 'hukouPopulation' },
  { id: 'age60plusShare' },
  { id: 'age65plusShare' },
  { id: 'births' },
  { id: 'deaths' },
  { id: 'childcarePlacesByNorm', services: true },
  { id: 'preschoolPlaces', services: true },
  { id: 'careBeds', services: true },
];

/** What the charts show besides the scenarios' lines (the export's options of the same names). */
export type ChartSlideOptions = Pick<ExportOptions, 'colours' | 'observed' | 'targets' | 'uncertaintyRuns'>;

/**
 * The chart slides of a comparison's deck, in order (service slides only when service demand is
 * included). `colours[i]` is scenario i's colour (CSS hex) when the caller has one (the compare view's);
 * else its position's palette colour. The markers are the active target sets' (`targets`, default the
 * plan's); with `uncertaintyRuns` the baseline's bands are drawn on the charts that have them.
 */
export function chartSlides(comparison: Comparison, lang: ExportLang, options: ChartSlideOptions = {}): ChartSlide[] {
  const titles = exportLabels(lang).pptx.charts;
  const uncertainty = options.uncertaintyRuns ? scenarioUncertainty(comparison, options.uncertaintyRuns, options.targets)[0] : undefined;
  return SLIDES.filter((s) => !s.services || comparison.hasServices).map((s) => ({
    id: s.id,
    title: chartFinding(comparison, s.id, titles[s.id], lang, options.targets),
    panels: [chartPanel(comparison, s.id, titles[s.id], lang, options, uncertainty)],
  }));
}

function chartPanel(comparison: Comparison, indicator: IndicatorId, title: string, lang: ExportLang, options: ChartSlideOptions, uncertainty?: ProbabilisticResult): ChartPanel {
  const { colours, observed, targets } = options;
  const series = indicatorSeries(comparison, indicator);
  if (!series) throw new Error(`no series for ${indicator}`);
  const display = displayScale(indicator, lang);
  const lines = series.lines.map((line) => ({
    name: displayName(line.name, lang),
    scenarioIndex: line.scenarioIndex,
    color: ooxmlColour(scenarioColour(line.scenarioIndex, colours)),
    values: line.values.map((v) => (Number.isFinite(v) ? toDisplay(v, display) : null)),
  }));
  const markers = comparisonMarkers(indicator, targets, series.years).map((m) => ({
    id: m.id,
    name: lang === 'zh-CN' ? m.set.zh : m.set.en,
    year: m.year,
    value: toDisplay(m.value, display),
  }));
  const seen = observedPanelSeries(series.years, indicator, display, lang, observed);
  const bands = uncertainty ? panelBands(uncertainty, series.years, indicator, display, lines[0], lang, colours) : undefined;
  const axisMin = axisMinimum([
    ...lines.flatMap((l) => l.values.filter((v): v is number => v !== null)), ...markers.map((m) => m.value), ...(seen?.values.filter((v): v is number => v !== null) ?? []),
    ...(bands ? [...bands.p2_5, ...bands.p97_5] : []),
  ]);
  return { indicator, title, display, categories: series.years.map(String), series: lines, markers, axisMin, ...(seen ? { observed: seen } : {}), ...(bands ? { bands } : {}) };
}

/** The baseline's bands on an indicator's chart, or undefined where the chart has none. */
function panelBands(result: ProbabilisticResult, years: readonly number[], indicator: IndicatorId, display: DisplayScale, baseline: ChartPanel['series'][number], lang: ExportLang, colours?: readonly string[]): ChartBands | undefined {
  const percentiles = result.percentiles[indicator];
  if (!BAND_INDICATORS.includes(indicator) || !percentiles) return undefined;
  const pick = (p: Percentile) => years.map((y) => toDisplay(percentiles[result.years.indexOf(y)][percentileKey(p)], display));
  const labels = exportLabels(lang).bands;
  const colour = scenarioColour(baseline.scenarioIndex, colours);
  return {
    scenarioIndex: baseline.scenarioIndex,
    names: { band95: fillLabel(labels.band95, { name: baseline.name }), band80: fillLabel(labels.band80, { name: baseline.name }), base: fillLabel(labels.bandBase, { name: baseline.name }) },
    colors: { band95: ooxmlColour(lighten(colour, 0.82)), band80: ooxmlColour(lighten(colour, 0.62)) },
    p2_5: pick(2.5), p10: pick(10), p90: pick(90), p97_5: pick(97.5),
    runs: result.runs,
  };
}

/** The colour of observed points (OOXML hex): apart from every scenario colour and the targets'. */
export const OBSERVED_COLOR = '111827';

function observedPanelSeries(years: readonly number[], indicator: IndicatorId, display: DisplayScale, lang: ExportLang, observed?: ExportObserved): ChartPanel['observed'] {
  const field = observedFieldOf(indicator);
  if (!field || !observedFields(observed).includes(field)) return undefined;
  const values = years.map((y) => {
    const v = observedAt(observed, y, field);
    return v === undefined ? null : toDisplay(v, display);
  });
  return { name: observedLabel(field, lang), color: OBSERVED_COLOR, values };
}


/**
 * Chart view-models of the PPTX deck and the PDF brief (pure data: title, finding, unit, categories,
 * one series per scenario in its palette colour, and the active target markers), built from the
 * comparison's series. The deck draws them as native charts; tests compare the chart XML with the
 * model through them.
 */
import { comparisonMarkers, indicatorSeries, type Comparison, type IndicatorId } from '@model';
import { axisMinimum, chartFinding } from './chart-findings';
import { displayScale, toDisplay, type DisplayScale } from './display';
import { displayName } from './format';
import { exportLabels, type ExportLang } from './labels';
import { ooxmlColour, scenarioColour } from './palette';
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
  /** Colours are OOXML hex (no '#'), from the shared scenario palette. */
  series: { name: string; scenarioIndex: number; color: string; values: number[] }[];
  markers: ChartMarker[];
  /** Where the value axis starts (display units; see `axisMinimum`), undefined for 0. */
  axisMin: number | undefined;
  /** Observed figures (points in observed years, null elsewhere), drawn apart from scenarios and targets. */
  observed?: { name: string; color: string; values: (number | null)[] };
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

/**
 * The chart slides of a comparison's deck, in order (service slides only when service demand is
 * included). `colours[i]` is scenario i's colour (CSS hex) when the caller has one (the compare view's);
 * else its position's palette colour.
 */
export function chartSlides(comparison: Comparison, lang: ExportLang, colours?: readonly string[], observed?: ExportObserved): ChartSlide[] {
  const titles = exportLabels(lang).pptx.charts;
  return SLIDES.filter((s) => !s.services || comparison.hasServices).map((s) => ({
    id: s.id,
    title: chartFinding(comparison, s.id, titles[s.id], lang),
    panels: [chartPanel(comparison, s.id, titles[s.id], lang, colours, observed)],
  }));
}

function chartPanel(comparison: Comparison, indicator: IndicatorId, title: string, lang: ExportLang, colours?: readonly string[], observed?: ExportObserved): ChartPanel {
  const series = indicatorSeries(comparison, indicator);
  if (!series) throw new Error(`no series for ${indicator}`);
  const display = displayScale(indicator, lang);
  const lines = series.lines.map((line) => ({
    name: displayName(line.name, lang),
    scenarioIndex: line.scenarioIndex,
    color: ooxmlColour(scenarioColour(line.scenarioIndex, colours)),
    values: line.values.map((v) => toDisplay(v, display)),
  }));
  const markers = comparisonMarkers(indicator, undefined, series.years).map((m) => ({
    id: m.id,
    name: lang === 'zh-CN' ? m.set.zh : m.set.en,
    year: m.year,
    value: toDisplay(m.value, display),
  }));
  const seen = observedPanelSeries(series.years, indicator, display, lang, observed);
  const axisMin = axisMinimum([...lines.flatMap((l) => l.values), ...markers.map((m) => m.value), ...(seen?.values.filter((v): v is number => v !== null) ?? [])]);
  return { indicator, title, display, categories: series.years.map(String), series: lines, markers, axisMin, ...(seen ? { observed: seen } : {}) };
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


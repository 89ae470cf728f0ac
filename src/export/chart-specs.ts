/**
 * Chart view-models of the PPTX deck (pure data: title, unit, categories, one series per scenario),
 * built from the comparison's series. The deck draws them as native charts; tests compare the chart
 * XML with the model through them.
 */
import { type Comparison, type IndicatorId, indicatorSeries } from '@model';
import { displayScale, toDisplay, type DisplayScale } from './display';
import { displayName } from './format';
import { exportLabels, type ExportLang } from './labels';

/**
 * One colour per scenario position (baseline first), hex without '#'. The same scenario keeps its
 * colour on every chart of the deck.
 */
export const SCENARIO_COLORS: readonly string[] = ['1F2937', '2563EB', 'DC2626', '059669', 'D97706', '7C3AED'];

/** One chart: an indicator over time, a line per scenario. */
export interface ChartPanel {
  indicator: IndicatorId;
  title: string;
  display: DisplayScale;
  /** Years as text (the category axis). */
  categories: string[];
  series: { name: string; scenarioIndex: number; color: string; values: number[] }[];
}

/** Identifier of a chart slide. */
export type ChartSlideId = 'residents' | 'hukouPopulation' | 'ageing' | 'birthsDeaths' | 'childServices' | 'elderlyServices';

/** A chart slide: a title and one or two charts side by side. */
export interface ChartSlide {
  id: ChartSlideId;
  title: string;
  panels: ChartPanel[];
}

type ChartKey = keyof ReturnType<typeof exportLabels>['pptx']['charts'];

const SLIDES: readonly { id: ChartSlideId & ChartKey; panels: (IndicatorId & ChartKey)[]; services?: true }[] = [
  { id: 'residents', panels: ['residents'] },
  { id: 'hukouPopulation', panels: ['hukouPopulation'] },
  { id: 'ageing', panels: ['age60plusShare', 'age65plusShare'] },
  { id: 'birthsDeaths', panels: ['births', 'deaths'] },
  { id: 'childServices', panels: ['childcarePlacesByNorm', 'preschoolPlaces'], services: true },
  { id: 'elderlyServices', panels: ['careBeds'], services: true },
];

/** The chart slides of a comparison's deck, in order (service slides only when service demand is included). */
export function chartSlides(comparison: Comparison, lang: ExportLang): ChartSlide[] {
  const titles = exportLabels(lang).pptx.charts;
  return SLIDES.filter((s) => !s.services || comparison.hasServices).map((s) => ({
    id: s.id,
    title: titles[s.id],
    panels: s.panels.map((indicator) => chartPanel(comparison, indicator, titles[indicator], lang)),
  }));
}

function chartPanel(comparison: Comparison, indicator: IndicatorId, title: string, lang: ExportLang): ChartPanel {
  const series = indicatorSeries(comparison, indicator);
  if (!series) throw new Error(`no series for ${indicator}`);
  const display = displayScale(indicator, lang);
  return {
    indicator,
    title,
    display,
    categories: series.years.map(String),
    series: series.lines.map((line) => ({
      name: displayName(line.name, lang),
      scenarioIndex: line.scenarioIndex,
      color: SCENARIO_COLORS[line.scenarioIndex % SCENARIO_COLORS.length],
      values: line.values.map((v) => toDisplay(v, display)),
    })),
  };
}

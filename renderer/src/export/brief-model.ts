/**
 * The PDF brief as data: title, scenarios, the assumptions table, the headline comparison tables and
 * four to six charts, every number and label taken from the same code as the PPTX deck (src/export's
 * `deckOutline` over the compare model's `headlineTable`, and its chart panels), so the brief and the
 * deck say the same thing. Loaded with import() when the brief is opened (it pulls in the builders).
 */
import { chartSlides, deckOutline, displayName, exportLabels, formatDate, SCENARIO_COLORS, type ChartPanel } from '../../../src/export';
import type { ExportLang } from '../../../src/export/labels';
import { compareScenarios, type Comparison, type IndicatorId } from '@model';
import type { ExportScenario, Translate } from './export-types';

/** The charts of the brief, in order; the service charts only when service demand is included. */
export const BRIEF_CHARTS: readonly IndicatorId[] = ['residents', 'hukouPopulation', 'age60plusShare', 'births', 'childcarePlacesByNorm', 'careBeds'];

export interface BriefScenario {
  number: number;
  name: string;
  description: string;
  /** CSS colour of its line on every chart. */
  color: string;
  baseline: boolean;
}

export interface BriefComparisonTable {
  year: number;
  title: string;
  header: string[];
  /** Per indicator: its label (with unit) and, per scenario, the value and (for others) the difference text. */
  rows: { label: string; cells: { value: string; diff: string }[] }[];
}

export interface BriefModel {
  language: ExportLang;
  title: string;
  subtitle: string;
  /** App, version and export date. */
  stamp: string;
  dataVintage: string;
  scenarios: BriefScenario[];
  assumptions: { title: string; header: string[]; rows: string[][]; empty: string };
  comparisons: BriefComparisonTable[];
  /** How to read the differences (shown when there is more than one scenario). */
  comparisonNote: string;
  charts: ChartPanel[];
}

export interface BriefOptions {
  language: ExportLang;
  appVersion: string;
  date: Date;
}

/** The brief of `scenarios` (baseline first). */
export function briefModel(scenarios: readonly ExportScenario[], options: BriefOptions, t: Translate): { comparison: Comparison; brief: BriefModel } {
  const { language } = options;
  const labels = exportLabels(language);
  const comparison = compareScenarios(scenarios);
  const names = comparison.scenarios.map((s) => displayName(s.name, language));
  const marked = names.map((name, i) => (i === 0 && names.length > 1 ? name + labels.baselineMark : name));
  const outline = deckOutline(comparison, { lang: language, appVersion: options.appVersion, date: options.date });

  const assumptionRows = outline.flatMap((slide) => (slide.kind === 'assumptions' ? slide.rows : []));
  const comparisons = outline.flatMap((slide): BriefComparisonTable[] => {
    if (slide.kind !== 'comparison') return [];
    return [{
      year: slide.year,
      title: slide.title,
      header: [labels.xlsx.indicator, ...marked],
      rows: slide.rows.map(([label, ...cells]) => ({
        label,
        cells: cells.map((cell) => {
          const [value, diff = ''] = cell.split('\n');
          return { value, diff };
        }),
      })),
    }];
  });
  const panels = chartSlides(comparison, language).flatMap((slide) => slide.panels);
  const charts = BRIEF_CHARTS.flatMap((id) => panels.filter((p) => p.indicator === id));

  const brief: BriefModel = {
    language,
    title: t('brief.title'),
    subtitle: names.length === 1 ? t('brief.subtitleOne', { name: names[0] }) : t('brief.subtitleMany', { count: names.length, baseline: names[0] }),
    stamp: t('brief.stamp', { app: labels.appName, version: options.appVersion, date: formatDate(options.date) }),
    dataVintage: labels.dataVintage,
    scenarios: comparison.scenarios.map((s, i) => ({
      number: i + 1,
      name: names[i],
      description: displayName(s.description, language),
      color: `#${SCENARIO_COLORS[i % SCENARIO_COLORS.length]}`,
      baseline: i === 0 && names.length > 1,
    })),
    assumptions: {
      title: t('brief.assumptionsTitle'),
      header: [labels.xlsx.setting, labels.xlsx.defaultValue, ...marked],
      rows: assumptionRows,
      empty: labels.pptx.noDifferences,
    },
    comparisons,
    comparisonNote: labels.pptx.comparisonNote,
    charts,
  };
  return { comparison, brief };
}

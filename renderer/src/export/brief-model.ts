/**
 * The PDF brief as data: title, the key message, the headline tables with the active targets, the
 * scenarios and assumptions, and six charts — every number and label from the same code as the PPTX
 * deck (src/export's `deckOutline` over the compare model's `headlineTable`, its key message and its
 * chart panels), so the brief and the deck say the same thing. Loaded with import() when the brief is
 * opened (it pulls in the builders).
 */
import { chartSlides, commonLabels, deckOutline, displayName, exportLabels, formatDate, scenarioColour, type ChartPanel, type HeadlineRowText } from '../../../src/export';
import { fillLabel } from '../../../src/export/labels';
import type { ExportLang } from '../../../src/export/labels';
import { compareScenarios, type Comparison, type IndicatorId, type TargetSet } from '@model';
import { scenarioColours, type ExportScenario, type Translate } from './export-types';
import type { ExportObserved } from '../../../src/export/observed';

/** The charts of the brief, in order; the service charts only when service demand is included. */
export const BRIEF_CHARTS: readonly IndicatorId[] = ['residents', 'hukouPopulation', 'age60plusShare', 'births', 'childcarePlacesByNorm', 'careBeds'];

export interface BriefScenario {
  number: number;
  name: string;
  description: string;
  /** CSS colour of its line on every chart (the app's colour for this scenario). */
  color: string;
  baseline: boolean;
}

export interface BriefComparisonTable {
  year: number;
  title: string;
  /** Indicator, target, then the scenarios (baseline marked). */
  header: string[];
  rows: HeadlineRowText[];
}

export interface BriefModel {
  language: ExportLang;
  title: string;
  subtitle: string;
  /** App, version and export date. */
  stamp: string;
  dataVintage: string;
  /** The answer first: the key message built from the model's numbers (null without a target to speak to). */
  keyMessage: { heading: string; text: string } | null;
  scenarios: BriefScenario[];
  assumptions: { title: string; header: string[]; rows: string[][]; empty: string };
  /** One table per headline year (the plan year first), each with a target column. */
  comparisons: BriefComparisonTable[];
  /** How to read the differences (shown when there is more than one scenario). */
  comparisonNote: string;
  charts: ChartPanel[];
  /** What the charts' bands mean and do not mean (null without bands). */
  bandNote: string | null;
}

export interface BriefOptions {
  language: ExportLang;
  appVersion: string;
  date: Date;
  /** Scenario colours (CSS hex, baseline first) when the caller shows them in its own (the compare view). */
  colours?: readonly string[];
  /** Observed figures, drawn as points on the residents, hukou, births and deaths charts. */
  observed?: ExportObserved;
  /** The active target sets (default the plan's): the tables' target column, the diamonds, the key message. */
  targets?: readonly TargetSet[];
  /** Probabilistic runs behind the baseline's 80%/95% bands on the charts that have them (absent: no bands). */
  uncertaintyRuns?: number;
}

/** The brief of `scenarios` (baseline first). */
export function briefModel(scenarios: readonly ExportScenario[], options: BriefOptions, t: Translate): { comparison: Comparison; brief: BriefModel } {
  const { language } = options;
  const colours = options.colours ?? scenarioColours(scenarios);
  const labels = exportLabels(language);
  const comparison = compareScenarios(scenarios);
  const names = comparison.scenarios.map((s) => displayName(s.name, language));
  const marked = names.map((name, i) => (i === 0 && names.length > 1 ? name + labels.baselineMark : name));
  const shown = { ...(colours ? { colours } : {}), ...(options.targets ? { targets: options.targets } : {}), ...(options.uncertaintyRuns ? { uncertaintyRuns: options.uncertaintyRuns } : {}) };
  const outline = deckOutline(comparison, { lang: language, appVersion: options.appVersion, date: options.date, ...shown });

  const title = outline.find((slide) => slide.kind === 'title');
  const assumptionRows = outline.flatMap((slide) => (slide.kind === 'assumptions' ? slide.rows : []));
  // The deck splits a year's table over slides; the brief shows each year's table whole.
  const byYear = new Map<number, BriefComparisonTable>();
  for (const slide of outline) {
    if (slide.kind !== 'comparison') continue;
    const table = byYear.get(slide.year) ?? { year: slide.year, title: t('brief.tableTitle', { year: slide.year }), header: [labels.xlsx.indicator, labels.targets.column, ...marked], rows: [] };
    table.rows.push(...slide.rows);
    byYear.set(slide.year, table);
  }
  const panels = chartSlides(comparison, language, { ...shown, ...(options.observed ? { observed: options.observed } : {}) }).flatMap((slide) => slide.panels);
  const charts = BRIEF_CHARTS.flatMap((id) => panels.filter((p) => p.indicator === id));

  const brief: BriefModel = {
    language,
    title: t('brief.title'),
    subtitle: names.length === 1 ? t('brief.subtitleOne', { name: names[0] }) : t('brief.subtitleMany', { count: names.length, baseline: names[0] }),
    stamp: t('brief.stamp', { app: commonLabels(language).app.name, version: options.appVersion, date: formatDate(options.date) }),
    dataVintage: labels.dataVintage,
    keyMessage: title?.kind === 'title' && title.keyMessage ? { heading: labels.pptx.keyMessageHeading, text: title.keyMessage } : null,
    scenarios: comparison.scenarios.map((s, i) => ({
      number: i + 1,
      name: names[i],
      description: displayName(s.description, language),
      color: scenarioColour(i, colours),
      baseline: i === 0 && names.length > 1,
    })),
    assumptions: {
      title: t('brief.assumptionsTitle'),
      header: [labels.xlsx.setting, labels.xlsx.defaultValue, ...marked],
      rows: assumptionRows,
      empty: labels.pptx.noDifferences,
    },
    comparisons: [...byYear.values()],
    comparisonNote: labels.pptx.comparisonNote,
    charts,
    bandNote: charts.some((c) => c.bands) ? fillLabel(labels.bands.note, { runs: options.uncertaintyRuns ?? 0 }) : null,
  };
  return { comparison, brief };
}

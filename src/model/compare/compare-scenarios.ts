/**
 * Runs 1..6 named scenarios for side-by-side comparison. The first scenario is the baseline that every
 * difference is measured against. Each scenario goes through the model's `scenarioReport` (the run,
 * the indicator rows and the service rows), so the headline table, "what differs", the chart series
 * and every export show exactly the numbers the app, the CLI and the tests show.
 */
import { scenarioReport } from '../scenario-report';
import { DEFAULT_NORMS, type NormValues, type ServiceRow } from '../service-demand';
import type { LeverValues } from '../xiqing/levers/lever-values';
import type { IndicatorRow } from '../xiqing/scenario/indicators';
import type { ScenarioRun } from '../xiqing/scenario/run-scenario';

/** Most scenarios a comparison holds: a baseline and five more. */
export const MAX_COMPARED_SCENARIOS = 6;

/** A scenario to compare: a display name and a full set of lever values (and, optionally, norms). */
export interface NamedScenario {
  /** Display name, e.g. "近期趋势延续 · Recent trend continued" (bilingual names use " · "). */
  name: string;
  /** Optional one-paragraph description. */
  description?: string;
  levers: LeverValues;
  /** Service norms; the defaults when absent. */
  norms?: NormValues;
}

/** One scenario's results. */
export interface ScenarioResult {
  name: string;
  description: string;
  levers: LeverValues;
  norms: NormValues;
  /** The model run (for pyramids: `populationByAge(run, t)`). */
  run: ScenarioRun;
  /** Indicator rows 2020..endYear (the model's `indicatorRows`). */
  rows: IndicatorRow[];
  /** Service demand by year (the model's `serviceRows`, same years as `rows`); undefined when left out. */
  services: readonly ServiceRow[] | undefined;
}

/** The results of every compared scenario; `scenarios[0]` is the baseline. */
export interface Comparison {
  scenarios: ScenarioResult[];
  /** Calendar years present in every scenario (2020..the earliest end year), for overlaid series. */
  years: number[];
  /** Whether service-demand indicators are included. */
  hasServices: boolean;
}

/** Options of {@link compareScenarios}. */
export interface CompareOptions {
  /** Include service demand (the model's `serviceRows` under each scenario's norms). Default true. */
  services?: boolean;
}

/**
 * Runs every scenario through the model.
 *
 * @param scenarios 1..{@link MAX_COMPARED_SCENARIOS} scenarios, the baseline first
 * @throws RangeError when given no scenario or more than six
 */
export function compareScenarios(scenarios: readonly NamedScenario[], options: CompareOptions = {}): Comparison {
  if (scenarios.length < 1 || scenarios.length > MAX_COMPARED_SCENARIOS) {
    throw new RangeError(`a comparison holds 1 to ${MAX_COMPARED_SCENARIOS} scenarios, got ${scenarios.length}`);
  }
  const withServices = options.services ?? true;
  const results = scenarios.map((s): ScenarioResult => {
    const norms = s.norms ?? DEFAULT_NORMS;
    const report = scenarioReport({ levers: s.levers, norms }, { services: withServices });
    return { name: s.name, description: s.description ?? '', levers: s.levers, norms, run: report.run, rows: report.indicators, services: report.services };
  });
  const lastYear = Math.min(...results.map((r) => r.rows[r.rows.length - 1].year));
  const years = results[0].rows.map((r) => r.year).filter((y) => y <= lastYear);
  return { scenarios: results, years, hasServices: withServices };
}

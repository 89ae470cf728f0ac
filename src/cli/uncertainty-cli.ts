/** The CLI's `--uncertainty N [--seed S]` and `--sensitivity INDICATOR [--in YEAR]` for a scenario file. */
import {
  runProbabilistic,
  sensitivity,
  sensitivityToCsv,
  sensitivityToJson,
  uncertaintyToCsv,
  uncertaintyToJson,
  valueOverrides,
  type ScenarioValues,
} from '@model';
import { CliError } from './errors.js';
import type { OutputFormat } from './output-formats.js';

interface Scenario {
  name: string;
  values: ScenarioValues;
}

/** Percentiles of `runs` probabilistic runs (every report column) and target probabilities, as JSON or CSV. */
export function uncertaintyText(scenario: Scenario, request: { runs: number; seed?: number }, format: OutputFormat): string {
  const result = runProbabilistic({ values: scenario.values, runs: request.runs, seed: request.seed });
  const meta = { name: scenario.name, levers: valueOverrides(scenario.values) };
  return format === 'csv' ? uncertaintyToCsv(result) : uncertaintyToJson(meta, result);
}

/** The tornado for an indicator in a year, as JSON or CSV. */
export function sensitivityText(scenario: Scenario, request: { indicator: string; year: number }, format: OutputFormat): string {
  if (request.year > scenario.values.levers.endYear) {
    throw new CliError(`--in ${request.year} is after the projection's end year ${scenario.values.levers.endYear}`);
  }
  let result;
  try {
    result = sensitivity(scenario.values, request.indicator, request.year);
  } catch (error) {
    if (error instanceof RangeError) throw new CliError(`--sensitivity: ${error.message}`);
    throw error;
  }
  return format === 'csv' ? sensitivityToCsv(result) : sensitivityToJson(result);
}

/**
 * The CLI's plan-data files: a target set (`--targets-file`) and observed figures (`--observed`,
 * `--fit`), read through the model's loaders, with the loader's located messages on refusal.
 */
import { OBSERVED_COLUMNS, withObservedColumns } from '../model/observations/observed-columns.js';
import { parseObservations, type ObservationsFile } from '../model/observations/observations-file.js';
import { parseTargets, targetSetOf, type TargetSet } from '../model/targets/targets-file.js';
import type { DataFileResult } from '../model/data-files/versioned-file.js';
import { scenarioToCsv, scenarioToJson } from '../model/xiqing/scenario/scenario-output.js';
import type { Projected } from './file-kinds.js';
import { CliError } from './errors.js';
import { readJsonFile } from './files.js';
import type { OutputFormat } from './output-formats.js';

function accepted<T>(path: string, result: DataFileResult<T>): T {
  if (result.ok) return result.file;
  const { error } = result;
  throw new CliError(`${path}: ${error.kind === 'invalid' ? error.message.replace(/:.*$/, '') : error.message}`, error.kind === 'invalid' ? error.issues : []);
}

/** Reads a targets file (xiqing-targets) as a target set. @throws CliError naming the file and the fields that broke */
export async function readTargets(path: string): Promise<TargetSet> {
  return targetSetOf(accepted(path, parseTargets(await readJsonFile(path))));
}

/** Reads an observations file (xiqing-observations). @throws CliError naming the file and the fields that broke */
export async function readObservations(path: string): Promise<ObservationsFile> {
  return accepted(path, parseObservations(await readJsonFile(path)));
}

/** The scenario's rows with observed* columns after the usual ones. */
export function renderWithObserved(scenario: NonNullable<Projected['scenario']>, observed: ObservationsFile, format: OutputFormat): string {
  const rows = withObservedColumns(scenario.rows as { year: number }[], observed);
  const columns = [...scenario.columns, ...OBSERVED_COLUMNS];
  return format === 'csv'
    ? scenarioToCsv(rows, columns, scenario.census)
    : scenarioToJson({ ...scenario.meta, observed: observed.name } as typeof scenario.meta, rows, columns, scenario.census);
}

/** `--fit`: not available until the model takes per-year lever paths. */
export async function fitCommand(
  _scenario: NonNullable<Projected['scenario']>,
  fit: { observations: string; saveScenario?: string },
  _format: OutputFormat,
): Promise<string> {
  await readObservations(fit.observations);
  throw new CliError('--fit needs per-year migration and settlement paths, which this build of the model does not have yet');
}

/**
 * The CLI's plan-data files: a target set (`--targets-file`) and observed figures (`--observed`,
 * `--fit`), read through the model's loaders, with the loader's located messages on refusal.
 */
import {
  type ContinuationRule,
  type DataFileResult,
  fittedScenarioFile,
  fitToObserved,
  type ObservationsFile,
  OBSERVED_COLUMNS,
  parseObservations,
  parseScenarioText,
  parseTargets,
  REPORT_COLUMNS,
  scenarioReport,
  scenarioToCsv,
  scenarioToJson,
  scenarioValues,
  serializeScenario,
  type TargetSet,
  targetSetOf,
  valueOverrides,
  withObservedColumns,
} from '@model';
import type { Projected } from './file-kinds.js';
import { CliError } from './errors.js';
import { readJsonFile } from './files.js';
import type { OutputFormat } from './output-formats.js';
import { writeTextFile } from './files.js';

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

/** Parses `--after`: `hold`, `mean:K` or `return:YEAR` (how fitted levers continue after the last observed year). */
export function parseAfter(text: string | undefined): ContinuationRule {
  if (text === undefined || text === 'hold') return { kind: 'hold' };
  const mean = /^mean:(\d+)$/.exec(text);
  if (mean && Number(mean[1]) >= 1) return { kind: 'mean', k: Number(mean[1]) };
  const back = /^return:(\d{4})$/.exec(text);
  if (back) return { kind: 'return', byYear: Number(back[1]) };
  throw new CliError(`--after must be hold, mean:K (K ≥ 1) or return:YEAR, got "${text}"`);
}

/**
 * `--fit OBSERVATIONS`: the fitted scenario's rows (same shape as a scenario run) with a top-level
 * "fit" table in JSON (in CSV the rows only, the table as text on stderr); `--save-scenario F` writes
 * the fitted scenario file.
 */
export async function fitCommand(
  scenario: NonNullable<Projected['scenario']>,
  fit: { observations: string; saveScenario?: string; after?: string },
  format: OutputFormat,
  stderr: { write: (text: string) => unknown },
): Promise<string> {
  const observed = await readObservations(fit.observations);
  const rule = parseAfter(fit.after);
  const result = fitToObserved(scenario.values.levers, observed, { rule });
  if (!result.ok) throw new CliError(`cannot fit ${scenario.name} to ${fit.observations}: ${result.reason}`);
  const file = fittedScenarioFile({ name: scenario.name }, scenario.values.norms, observed.name, result, rule);
  const text = serializeScenario(file);
  if (fit.saveScenario !== undefined) await writeTextFile(fit.saveScenario, text);
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new Error(`the fitted scenario does not reload: ${parsed.error.message}`);
  const values = scenarioValues(parsed.scenario);
  const report = scenarioReport(values);
  const meta = { name: file.name, description: file.description, levers: valueOverrides(values) };
  const table = result.fit.map((r) => ({ year: r.year, indicator: r.indicator, observed: r.observed, model: r.model, lever: r.lever, value: r.value }));
  if (format === 'csv') {
    stderr.write(`fit (${result.runs} model runs, largest residual ${(result.maxRelativeResidual * 100).toFixed(4)}%):\n`
      + table.map((r) => `  ${r.year} ${r.indicator.padEnd(15)} observed ${Math.round(r.observed)} model ${Math.round(r.model)}  ${r.lever} = ${r.value}`).join('\n') + '\n');
    return scenarioToCsv(report.rows, REPORT_COLUMNS, report.census);
  }
  const body = JSON.parse(scenarioToJson(meta, report.rows, REPORT_COLUMNS, report.census)) as Record<string, unknown>;
  return JSON.stringify({ ...body, fit: table, vital: result.vital, maxRelativeResidual: result.maxRelativeResidual }, null, 1) + '\n';
}

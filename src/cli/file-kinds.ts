/**
 * The kinds of input file the CLI reads, keyed by the file's `format` field. To add a kind, add an
 * entry to FILE_KINDS; nothing else changes.
 */
import {
  INPUTS_FILE_FORMAT,
  parseInputsFile,
  type ParseResult,
  parseScenario,
  project,
  resultToCsv,
  resultToJson,
  resultToJsonValue,
  SCENARIO_FORMAT,
  scenarioReport,
  scenarioToCsv,
  scenarioToJson,
  scenarioValues,
  type ScenarioValues,
  toProjectionInputs,
  valueOverrides,
} from '@model';
import { describeInputsCell, firstNonFinite, overflowProblem } from './non-finite.js';
import type { OutputFormat } from './output-formats.js';

/** A projected file, ready to print in any output format. */
export interface Projected {
  /** How many times the engine capped net emigration at a cell's population. */
  caps: number;
  /** The result as text in each output format. */
  render: (format: OutputFormat) => string;
  /** For scenario files: the scenario's name and full values (for the checklist and goal seek). */
  scenario?: { name: string; values: ScenarioValues };
  /** Why the result must not be written (a number that is not finite, by year and cell), if so. */
  overflow?: string;
}

/** One kind of input file. */
export interface FileKind {
  /** Value of the file's `format` field. */
  format: string;
  /** A few words for --help and error messages. */
  title: string;
  /**
   * Validates the parsed JSON and projects it. Invalid content is returned as plain-word problems;
   * throwing is reserved for bugs.
   */
  project: (data: unknown) => ParseResult<Projected>;
}

const explicitInputs: FileKind = {
  format: INPUTS_FILE_FORMAT,
  title: 'explicit projection inputs, year by year (docs/inputs-format.md)',
  project: (data) => {
    const parsed = parseInputsFile(data);
    if (!parsed.ok) return parsed;
    const result = project(toProjectionInputs(parsed.value));
    const cell = firstNonFinite(resultToJsonValue(result));
    const overflow = cell && overflowProblem(describeInputsCell(cell));
    return { ok: true, value: { caps: result.caps, overflow, render: (f) => (f === 'csv' ? resultToCsv(result) : resultToJson(result)) } };
  },
};

const xiqingScenario: FileKind = {
  format: SCENARIO_FORMAT,
  title: 'a Xiqing scenario: lever values that differ from the defaults (docs/scenario-format.md)',
  project: (data) => {
    const parsed = parseScenario(data);
    if (!parsed.ok) return { ok: false, errors: 'issues' in parsed.error ? parsed.error.issues : [parsed.error.message] };
    const values = scenarioValues(parsed.scenario);
    const report = scenarioReport(values);
    const meta = { name: parsed.scenario.name, description: parsed.scenario.description, levers: valueOverrides(values) };
    const cell = firstNonFinite(report.rows);
    const overflow = cell && overflowProblem(`${cell[1]} in ${report.rows[cell[0] as number].year}`);
    return {
      ok: true,
      value: {
        caps: report.run.projection.caps,
        overflow,
        render: (f) => (f === 'csv' ? scenarioToCsv(report.rows, report.columns, report.census) : scenarioToJson(meta, report.rows, report.columns, report.census)),
        scenario: { name: parsed.scenario.name, values },
      },
    };
  },
};

export const FILE_KINDS: readonly FileKind[] = [explicitInputs, xiqingScenario];

/** The kind named by the file's `format` field, or why there is none. */
export function findFileKind(data: unknown, kinds: readonly FileKind[] = FILE_KINDS): ParseResult<FileKind> {
  const supported = `supported formats: ${kinds.map((k) => `"${k.format}"`).join(', ')}`;
  const format = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as { format?: unknown }).format : undefined;
  if (typeof format !== 'string') {
    return { ok: false, errors: [`the file has no "format" field naming its kind (${supported})`] };
  }
  const kind = kinds.find((k) => k.format === format);
  return kind ? { ok: true, value: kind } : { ok: false, errors: [`format "${format}" is not supported (${supported})`] };
}

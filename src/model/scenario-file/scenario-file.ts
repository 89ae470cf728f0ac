/**
 * The scenario file: versioned JSON that stores a scenario's name, description, notes and only the
 * lever values that differ from the defaults. Since version 2 a path-capable lever may hold a per-year
 * path instead of one number.
 *
 * ```json
 * { "format": "xiqing-population-scenario", "version": 2, "name": "…", "description": "…",
 *   "levers": { "centralCityInflow": 20000, "outsideMigrants": { "byYear": { "2021": 5000, "2025": 20000 } } },
 *   "notes": "…" }
 * ```
 *
 * Loading runs {@link migrateScenario} first (every older version is brought to the current one, so a
 * version-1 file opens in every later version), then validation with readable, located messages.
 */
import { z } from 'zod';
import { jsonLimitProblem, SCENARIO_JSON_LIMITS } from '../json-limits';
import { checkValue, resolveValues, type ScenarioValues } from '../scenario-values';
import type { LeverValue, LeverValues } from '../xiqing/levers/lever-values';

/** The `format` tag of a scenario file. */
export const SCENARIO_FORMAT = 'xiqing-population-scenario';
/** The version this build writes. */
export const SCENARIO_VERSION = 2;
/** Longest name and text fields accepted, characters (keeps files and UI sane). */
export const MAX_NAME_LENGTH = 200;
export const MAX_TEXT_LENGTH = 20_000;

/** A scenario as stored (current version). */
export interface ScenarioFile {
  format: typeof SCENARIO_FORMAT;
  version: typeof SCENARIO_VERSION;
  name: string;
  description: string;
  /** Levers and norms that differ from the defaults, by id, in each spec's stored unit (path levers: a number or a path). */
  levers: Readonly<Record<string, LeverValue>>;
  notes: string;
}

const scenarioSchema = z
  .object({
    format: z.literal(SCENARIO_FORMAT),
    version: z.literal(SCENARIO_VERSION),
    name: z.string().trim().min(1, 'must not be empty').max(MAX_NAME_LENGTH),
    description: z.string().max(MAX_TEXT_LENGTH).default(''),
    levers: z.record(z.string(), z.unknown()).default({}),
    notes: z.string().max(MAX_TEXT_LENGTH).default(''),
  })
  .strict();

/** Why a file could not be loaded; `kind` lets the app choose its message. */
export type ScenarioLoadError =
  | { kind: 'not-json'; message: string }
  | { kind: 'foreign'; message: string }
  | { kind: 'future-version'; message: string; version: number }
  | { kind: 'invalid'; message: string; issues: string[] };

export type ScenarioLoadResult = { ok: true; scenario: ScenarioFile; migratedFrom?: number } | { ok: false; error: ScenarioLoadError };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Brings an older scenario object to the current version, one step per version.
 *
 * 1 → 2: version 2 lets path-capable levers hold `{ byYear: … }`; a version-1 number means the same
 * value in every year, which is exactly what a number means in version 2, so the levers are kept as
 * they are. Version 1 files had no paths; one that has an object value is left for validation to
 * report. What a v1 number means is unchanged: the flow or rate in every calendar year.
 */
export function migrateScenario(raw: Record<string, unknown>): { value: Record<string, unknown>; from: number } {
  const from = raw.version as number;
  const value = { ...raw };
  if (value.version === 1) value.version = 2;
  return { value, from };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : '(file)';
}

/** Validates an already-parsed JSON value as a scenario file. Never throws. */
export function parseScenario(data: unknown): ScenarioLoadResult {
  if (!isObject(data)) return { ok: false, error: { kind: 'foreign', message: 'not a scenario file: the file is not a JSON object' } };
  // The file's own "format" is not quoted: a file that is not a scenario may hold anything (secrets too).
  if (data.format !== SCENARIO_FORMAT) {
    return { ok: false, error: { kind: 'foreign', message: `not a scenario file: its "format" is not "${SCENARIO_FORMAT}"` } };
  }
  const tooBig = jsonLimitProblem(data, SCENARIO_JSON_LIMITS);
  if (tooBig) return { ok: false, error: { kind: 'invalid', message: `invalid scenario file: ${tooBig}`, issues: [tooBig] } };
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: { kind: 'invalid', message: 'version must be a whole number ≥ 1', issues: ['version must be a whole number ≥ 1'] } };
  }
  if (version > SCENARIO_VERSION) {
    return {
      ok: false,
      error: {
        kind: 'future-version',
        version,
        message: `this scenario was saved by a newer version of the app (file version ${version}; this app reads up to ${SCENARIO_VERSION})`,
      },
    };
  }
  const { value, from } = migrateScenario(data);
  const parsed = scenarioSchema.safeParse(value);
  const issues: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) issues.push(`${formatPath(issue.path)}: ${issue.message}`);
  } else {
    for (const [id, v] of Object.entries(parsed.data.levers)) {
      const problem = checkValue(id, v);
      if (problem) issues.push(`levers.${id}: ${problem}`);
    }
  }
  if (!parsed.success || issues.length) {
    return { ok: false, error: { kind: 'invalid', message: `invalid scenario file: ${issues.join('; ')}`, issues } };
  }
  const scenario: ScenarioFile = { ...parsed.data, format: SCENARIO_FORMAT, version: SCENARIO_VERSION, levers: parsed.data.levers as Record<string, LeverValue> };
  return from < SCENARIO_VERSION ? { ok: true, scenario, migratedFrom: from } : { ok: true, scenario };
}

/**
 * The JSON parser's complaint without the file's own text, which V8 quotes (`Unexpected token 'r',
 * "root:*:0:"... is not valid JSON`): a file that is not a scenario may hold anything, secrets too.
 */
function jsonComplaint(message: string): string {
  return message
    .replace(/^Unexpected token '[\s\S]*?', "[\s\S]*$/, 'Unexpected character')
    .replace(/^"[\s\S]*" is not valid JSON$/, 'Unexpected character')
    .replace(/^Unexpected token '[\s\S]*?'/, 'Unexpected character');
}

/** Parses scenario file text (JSON). Never throws. */
export function parseScenarioText(text: string): ScenarioLoadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: { kind: 'not-json', message: `the file is not valid JSON (${jsonComplaint((e as Error).message)})` } };
  }
  return parseScenario(data);
}

/** The full lever and norm values of a validated scenario. */
export function scenarioValues(scenario: ScenarioFile): ScenarioValues {
  const r = resolveValues(scenario.levers);
  if (!r.ok) throw new Error(`scenario "${scenario.name}" has invalid values: ${r.errors.join('; ')}`);
  return r.values;
}

/** The full lever values of a validated scenario (norms aside). */
export function scenarioLevers(scenario: ScenarioFile): LeverValues {
  return scenarioValues(scenario).levers;
}

/** Serialises a scenario as the file's text: stable key order, 2-space indent, trailing newline. */
export function serializeScenario(s: Omit<ScenarioFile, 'format' | 'version'>): string {
  const file: ScenarioFile = {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    name: s.name,
    description: s.description,
    levers: s.levers,
    notes: s.notes,
  };
  return JSON.stringify(file, null, 2) + '\n';
}

/**
 * The walkthrough file: a trainer's lesson as ordered steps through scenarios. Versioned and validated
 * like scenario files (zod, located messages, a migration chain so version 1 opens in every later version).
 *
 * Each step's scenario is a preset (`{ "preset": "trend" }`), a saved scenario file named relative to the
 * walkthrough (`{ "file": "my-scenario.json" }`), or lever/norm changes applied to the previous step's
 * values (`{ "changes": { "centralCityInflow": 14000 } }`).
 */
import { z } from 'zod';
import { checkValue, DEFAULT_VALUES, resolveValues, sameValue, type ScenarioValues, VALUE_IDS, valueOf, valueOverrides } from '../scenario-values';
import { jsonLimitProblem, SCENARIO_JSON_LIMITS } from '../json-limits';
import type { LeverValue } from '../xiqing/levers/lever-values';

export const WALKTHROUGH_FORMAT = 'xiqing-population-walkthrough';
export const WALKTHROUGH_VERSION = 1;
/** At most this many steps: a lesson, not a data dump. */
export const MAX_STEPS = 50;

/** The charts a step can show (the app draws each; ids are stable across versions). */
export const WALKTHROUGH_CHARTS = ['residents', 'age-structure', 'births-deaths', 'service-demand', 'pyramid', 'hukou'] as const;
export type WalkthroughChart = (typeof WALKTHROUGH_CHARTS)[number];

/** Indicators a "predict first" question can ask about (counts or shares the app shows as headlines). */
export const PREDICTABLE_INDICATORS = [
  'residents', 'hukouPopulation', 'births', 'deaths', 'age60plusShare', 'age65plusShare', 'age0to2', 'age3to5',
  'childcarePlacesByNorm', 'preschoolPlaces', 'careBeds', 'netMigration', 'settlements',
] as const;
export type PredictableIndicator = (typeof PREDICTABLE_INDICATORS)[number];

const text = z.object({ zh: z.string().max(2000), en: z.string().max(2000) }).strict();
const stepScenario = z.union([
  z.object({ preset: z.string().regex(/^[a-z0-9-]+$/, 'must be a preset id such as "trend"') }).strict(),
  z.object({ file: z.string().min(1).max(260) }).strict(),
  z.object({ changes: z.record(z.string(), z.union([z.number(), z.object({ byYear: z.record(z.string(), z.number()) }).strict()])) }).strict(),
]);
const stepSchema = z
  .object({
    title: text,
    notes: text.default({ zh: '', en: '' }),
    scenario: stepScenario,
    charts: z.tuple([z.enum(WALKTHROUGH_CHARTS), z.enum(WALKTHROUGH_CHARTS)]),
    predict: z
      .object({ question: text, indicator: z.enum(PREDICTABLE_INDICATORS), year: z.number().int().min(2020).max(2050) })
      .strict()
      .optional(),
  })
  .strict();
const walkthroughSchema = z
  .object({
    format: z.literal(WALKTHROUGH_FORMAT),
    version: z.literal(WALKTHROUGH_VERSION),
    title: text,
    description: text.default({ zh: '', en: '' }),
    steps: z.array(stepSchema).min(1, 'needs at least one step').max(MAX_STEPS),
  })
  .strict();

/** A walkthrough as stored (current version). */
export type WalkthroughFile = z.infer<typeof walkthroughSchema>;
export type WalkthroughStep = WalkthroughFile['steps'][number];

export type WalkthroughLoadError =
  | { kind: 'not-json'; message: string }
  | { kind: 'foreign'; message: string }
  | { kind: 'future-version'; message: string; version: number }
  | { kind: 'invalid'; message: string; issues: string[] };

export type WalkthroughLoadResult = { ok: true; walkthrough: WalkthroughFile } | { ok: false; error: WalkthroughLoadError };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Brings an older walkthrough to the current version (version 1 is the first: nothing to do yet). */
export function migrateWalkthrough(raw: Record<string, unknown>): Record<string, unknown> {
  return { ...raw };
}

/** Validates a parsed JSON value as a walkthrough. Never throws. */
export function parseWalkthrough(data: unknown): WalkthroughLoadResult {
  if (!isObject(data) || data.format !== WALKTHROUGH_FORMAT) {
    // The file's own "format" is not quoted: a file that is not a walkthrough may hold anything.
    return { ok: false, error: { kind: 'foreign', message: `not a walkthrough file: its "format" is not "${WALKTHROUGH_FORMAT}"` } };
  }
  const tooBig = jsonLimitProblem(data, SCENARIO_JSON_LIMITS);
  if (tooBig) return { ok: false, error: { kind: 'invalid', message: `invalid walkthrough file: ${tooBig}`, issues: [tooBig] } };
  const version = data.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > WALKTHROUGH_VERSION) {
    return {
      ok: false,
      error: { kind: 'future-version', version, message: `this walkthrough was saved by a newer version of the app (file version ${version}; this app reads up to ${WALKTHROUGH_VERSION})` },
    };
  }
  const parsed = walkthroughSchema.safeParse(migrateWalkthrough(data));
  const issues: string[] = [];
  if (!parsed.success) {
    for (const i of parsed.error.issues) issues.push(`${i.path.map(String).join('.') || '(file)'}: ${i.message}`);
  } else {
    parsed.data.steps.forEach((step, n) => {
      if ('changes' in step.scenario) {
        if (n === 0) issues.push('steps.0.scenario: the first step must name a preset or a file, not changes to a previous step');
        for (const [id, v] of Object.entries(step.scenario.changes)) {
          const problem = checkValue(id, v);
          if (problem) issues.push(`steps.${n}.scenario.changes.${id}: ${problem}`);
        }
      }
    });
  }
  if (!parsed.success || issues.length) {
    return { ok: false, error: { kind: 'invalid', message: `invalid walkthrough: ${issues.join('; ')}`, issues } };
  }
  return { ok: true, walkthrough: parsed.data };
}

/** Parses walkthrough text (JSON). Never throws. */
export function parseWalkthroughText(textContent: string): WalkthroughLoadResult {
  try {
    return parseWalkthrough(JSON.parse(textContent));
  } catch (e) {
    return { ok: false, error: { kind: 'not-json', message: `the file is not valid JSON (${(e as Error).message})` } };
  }
}

/** Serialises a walkthrough: stable key order, 2-space indent, trailing newline. */
export function serializeWalkthrough(w: Omit<WalkthroughFile, 'format' | 'version'>): string {
  return JSON.stringify({ format: WALKTHROUGH_FORMAT, version: WALKTHROUGH_VERSION, title: w.title, description: w.description, steps: w.steps }, null, 2) + '\n';
}

/** A step's resolved values and a short label of where they came from. */
export interface ResolvedStep {
  step: WalkthroughStep;
  values: ScenarioValues;
  /** Values that differ from the previous step (empty for the first). */
  changed: Record<string, LeverValue>;
}

/**
 * Resolves every step to full values. `scenarioFor` returns the lever/norm overrides of a preset id or
 * of a saved file name (the app looks them up in its library; tests pass presets), or an error message.
 */
export function resolveWalkthrough(
  w: WalkthroughFile,
  scenarioFor: (ref: { preset: string } | { file: string }) => Record<string, unknown> | string,
): { ok: true; steps: ResolvedStep[] } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const steps: ResolvedStep[] = [];
  let previous: ScenarioValues = DEFAULT_VALUES;
  w.steps.forEach((step, n) => {
    let overrides: Record<string, unknown>;
    if ('changes' in step.scenario) overrides = { ...valueOverrides(previous), ...step.scenario.changes };
    else {
      const found = scenarioFor(step.scenario);
      if (typeof found === 'string') {
        errors.push(`steps.${n}.scenario: ${found}`);
        return;
      }
      overrides = found;
    }
    const r = resolveValues(overrides);
    if (!r.ok) {
      errors.push(...r.errors.map((e) => `steps.${n}: ${e}`));
      return;
    }
    const changed: Record<string, LeverValue> = {};
    for (const id of VALUE_IDS) if (!sameValue(valueOf(r.values, id), valueOf(previous, id))) changed[id] = valueOf(r.values, id);
    steps.push({ step, values: r.values, changed: n === 0 ? {} : changed });
    previous = r.values;
  });
  return errors.length ? { ok: false, errors } : { ok: true, steps };
}

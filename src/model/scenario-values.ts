/**
 * Everything a scenario can set: the model's levers and the service norms. Scenario files keep both in
 * their `levers` map (ids never collide), so one validator, one "what differs" list and one lever-card
 * generator serve both.
 */
import { checkNormValue, isNormId } from './service-demand/norm-values';
import { DEFAULT_NORMS, NORM_IDS, NORM_SPECS, type NormId, type NormValues } from './service-demand/norm-specs';
import type { LeverSpec } from './xiqing/levers/lever-spec';
import { LEVER_IDS, LEVER_SPECS, type LeverId } from './xiqing/levers/lever-specs';
import { checkLeverValue, DEFAULT_LEVERS, isLeverId, type LeverValue, type LeverValues } from './xiqing/levers/lever-values';
import { copyPathValue, samePathValue } from './xiqing/levers/year-path';

/** A full set of values: every lever and every norm. */
export interface ScenarioValues {
  levers: LeverValues;
  norms: NormValues;
}

/** Any adjustable value's id. */
export type ValueId = LeverId | NormId;

/** All ids, levers first (display order). */
export const VALUE_IDS: readonly ValueId[] = [...LEVER_IDS, ...NORM_IDS];

/** The defaults (the "recent trend" scenario with the plan's norms). */
export const DEFAULT_VALUES: ScenarioValues = { levers: DEFAULT_LEVERS, norms: DEFAULT_NORMS };

/** The spec of a lever or norm. */
export function valueSpec(id: ValueId): LeverSpec {
  return isLeverId(id) ? LEVER_SPECS[id] : NORM_SPECS[id as NormId];
}

/** Checks one value; a readable message naming the lever or norm and its range, or undefined. */
export function checkValue(id: string, value: unknown): string | undefined {
  if (isLeverId(id)) return checkLeverValue(id, value);
  if (isNormId(id)) return checkNormValue(id, value);
  return `unknown lever or norm "${id}"; known levers: ${LEVER_IDS.join(', ')}; known norms: ${NORM_IDS.join(', ')}`;
}

/** Merges overrides (levers and norms mixed) onto the defaults after checking each. Never throws. */
export function resolveValues(overrides: Readonly<Record<string, unknown>>):
  | { ok: true; values: ScenarioValues }
  | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const levers: Record<string, LeverValue> = { ...DEFAULT_LEVERS };
  const norms: Record<string, number> = { ...DEFAULT_NORMS };
  for (const [id, value] of Object.entries(overrides)) {
    const problem = checkValue(id, value);
    if (problem) errors.push(problem);
    else if (isLeverId(id)) levers[id] = copyPathValue(value as LeverValue);
    else norms[id] = value as number;
  }
  return errors.length ? { ok: false, errors } : { ok: true, values: { levers: levers as unknown as LeverValues, norms: norms as NormValues } };
}

/** The values that differ from the defaults, levers then norms (what a scenario file stores). */
export function valueOverrides(values: ScenarioValues): Record<string, LeverValue> {
  const out: Record<string, LeverValue> = {};
  for (const id of LEVER_IDS) if (!samePathValue(values.levers[id], DEFAULT_LEVERS[id])) out[id] = copyPathValue(values.levers[id]);
  for (const id of NORM_IDS) if (values.norms[id] !== DEFAULT_NORMS[id]) out[id] = values.norms[id];
  return out;
}

/** The value of any id in a full set (a path-capable lever may hold a per-year path). */
export function valueOf(values: ScenarioValues, id: ValueId): LeverValue {
  return isLeverId(id) ? values.levers[id] : values.norms[id as NormId];
}

/** Whether two values of one id mean the same in every year. */
export function sameValue(a: LeverValue, b: LeverValue): boolean {
  return samePathValue(a, b);
}

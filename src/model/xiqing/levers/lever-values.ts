/**
 * Lever values: the full set a projection runs on, the defaults, and checking one value. Merging a
 * scenario's levers and norms onto the defaults is `resolveValues` in ../../scenario-values.ts.
 */
import { LEVER_IDS, LEVER_SPECS, PATH_LEVER_IDS, type LeverId, type PathLeverId } from './lever-specs';
import type { LeverSpec } from './lever-spec';
import { checkAgainstSpec } from './spec-check';
import { isYearPath, PATH_FIRST_YEAR, PATH_LAST_YEAR, type PathValue } from './year-path';

/** One lever's value: a number, or for a path-capable lever a number or a per-year path. */
export type LeverValue = PathValue;

/**
 * A value for every lever, in each spec's stored unit (shares as fractions 0..1). Path-capable levers
 * ({@link PATH_LEVER_IDS}) hold a number or a per-year path; the rest hold numbers.
 */
export type LeverValues = Readonly<{ [K in LeverId]: K extends PathLeverId ? PathValue : number }>;

/** The default value of every lever (the "recent trend" assumptions). */
export const DEFAULT_LEVERS: LeverValues = Object.fromEntries(
  LEVER_IDS.map((id) => [id, (LEVER_SPECS[id] as LeverSpec).defaultPath ?? LEVER_SPECS[id].default]),
) as unknown as LeverValues;

/** Whether `id` names a lever. */
export function isLeverId(id: string): id is LeverId {
  return Object.prototype.hasOwnProperty.call(LEVER_SPECS, id);
}

const pathLevers: ReadonlySet<string> = new Set(PATH_LEVER_IDS);

/** Whether lever `id` takes a per-year path. */
export function isPathLever(id: string): id is PathLeverId {
  return pathLevers.has(id);
}

const yearLevers: ReadonlySet<LeverId> = new Set(LEVER_IDS.filter((id) => LEVER_SPECS[id].format === 'year' || LEVER_SPECS[id].id === 'upliftPhaseInYears'));

function checkPath(id: LeverId, value: Record<string, unknown>, whole: boolean): string | undefined {
  const keys = Object.keys(value);
  const extra = keys.filter((k) => k !== 'byYear');
  if (extra.length) return `lever ${id}: a path has only "byYear", got ${extra.map((k) => JSON.stringify(k)).join(', ')}`;
  const byYear = value.byYear;
  if (typeof byYear !== 'object' || byYear === null || Array.isArray(byYear)) return `lever ${id}: "byYear" must be an object of year → value`;
  const entries = Object.entries(byYear as Record<string, unknown>);
  if (!entries.length) return `lever ${id}: "byYear" lists no year; give at least one, e.g. { "2021": 12000 }`;
  for (const [year, v] of entries) {
    if (!/^\d{4}$/.test(year) || Number(year) < PATH_FIRST_YEAR || Number(year) > PATH_LAST_YEAR) {
      return `lever ${id}: byYear key ${JSON.stringify(year)} is not a year ${PATH_FIRST_YEAR}–${PATH_LAST_YEAR}`;
    }
    const problem = checkAgainstSpec('lever', LEVER_SPECS[id], v, whole);
    if (problem) return `${problem} (in ${year})`;
  }
  return undefined;
}

/** Checks one value against its spec; returns a readable message or undefined if it is valid. */
export function checkLeverValue(id: string, value: unknown): string | undefined {
  if (!isLeverId(id)) return `unknown lever "${id}"; known levers: ${LEVER_IDS.join(', ')}`;
  const whole = yearLevers.has(id);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    if (!isPathLever(id)) return `lever ${id} takes one number, not a per-year path`;
    return checkPath(id, value as Record<string, unknown>, whole);
  }
  return checkAgainstSpec('lever', LEVER_SPECS[id], value, whole);
}

export { isYearPath };

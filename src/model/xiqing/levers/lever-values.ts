/**
 * Lever values: the full set a projection runs on, the defaults, and checking user-supplied values.
 */
import { LEVER_IDS, LEVER_SPECS, type LeverId } from './lever-specs';
import { checkAgainstSpec } from './spec-check';

/** A value for every lever, in each spec's stored unit (shares as fractions 0..1). */
export type LeverValues = Readonly<Record<LeverId, number>>;

/** Values that differ from the defaults (what a scenario file stores). */
export type LeverOverrides = Partial<Record<LeverId, number>>;

/** The default value of every lever (the "recent trend" assumptions). */
export const DEFAULT_LEVERS: LeverValues = Object.fromEntries(LEVER_IDS.map((id) => [id, LEVER_SPECS[id].default])) as Record<
  LeverId,
  number
>;

/** Whether `id` names a lever. */
export function isLeverId(id: string): id is LeverId {
  return Object.prototype.hasOwnProperty.call(LEVER_SPECS, id);
}

/** A problem with one lever value, with a message that names the lever and its range. */
export interface LeverError {
  lever: string;
  message: string;
}

const yearLevers: ReadonlySet<LeverId> = new Set(LEVER_IDS.filter((id) => LEVER_SPECS[id].format === 'year' || LEVER_SPECS[id].id === 'upliftPhaseInYears'));

/** Checks one value against its spec; returns a readable message or undefined if it is valid. */
export function checkLeverValue(id: string, value: unknown): string | undefined {
  if (!isLeverId(id)) return `unknown lever "${id}"; known levers: ${LEVER_IDS.join(', ')}`;
  return checkAgainstSpec('lever', LEVER_SPECS[id], value, yearLevers.has(id));
}

/** Merges overrides onto the defaults after checking each; never throws for bad input. */
export function resolveLevers(overrides: Readonly<Record<string, unknown>>):
  | { ok: true; values: LeverValues }
  | { ok: false; errors: LeverError[] } {
  const errors: LeverError[] = [];
  const values: Record<LeverId, number> = { ...DEFAULT_LEVERS };
  for (const [id, value] of Object.entries(overrides)) {
    const message = checkLeverValue(id, value);
    if (message) errors.push({ lever: id, message });
    else values[id as LeverId] = value as number;
  }
  return errors.length ? { ok: false, errors } : { ok: true, values };
}

/** The overrides that differ from the defaults (for saving a scenario compactly). */
export function leverOverrides(values: LeverValues): LeverOverrides {
  const out: LeverOverrides = {};
  for (const id of LEVER_IDS) if (values[id] !== DEFAULT_LEVERS[id]) out[id] = values[id];
  return out;
}

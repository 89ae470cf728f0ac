/**
 * Lever values: the full set a projection runs on, the defaults, and checking one value. Merging a
 * scenario's levers and norms onto the defaults is `resolveValues` in ../../scenario-values.ts.
 */
import { LEVER_IDS, LEVER_SPECS, type LeverId } from './lever-specs';
import { checkAgainstSpec } from './spec-check';

/** A value for every lever, in each spec's stored unit (shares as fractions 0..1). */
export type LeverValues = Readonly<Record<LeverId, number>>;

/** The default value of every lever (the "recent trend" assumptions). */
export const DEFAULT_LEVERS: LeverValues = Object.fromEntries(LEVER_IDS.map((id) => [id, LEVER_SPECS[id].default])) as Record<
  LeverId,
  number
>;

/** Whether `id` names a lever. */
export function isLeverId(id: string): id is LeverId {
  return Object.prototype.hasOwnProperty.call(LEVER_SPECS, id);
}

const yearLevers: ReadonlySet<LeverId> = new Set(LEVER_IDS.filter((id) => LEVER_SPECS[id].format === 'year' || LEVER_SPECS[id].id === 'upliftPhaseInYears'));

/** Checks one value against its spec; returns a readable message or undefined if it is valid. */
export function checkLeverValue(id: string, value: unknown): string | undefined {
  if (!isLeverId(id)) return `unknown lever "${id}"; known levers: ${LEVER_IDS.join(', ')}`;
  return checkAgainstSpec('lever', LEVER_SPECS[id], value, yearLevers.has(id));
}

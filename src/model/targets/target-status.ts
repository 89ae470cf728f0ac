/**
 * What "met" means for a target, by its kind. An "at least" target is met by any value at or above it
 * (overshooting is still met); an "at most" target by any value at or below it; an "about" target by a
 * value inside its band (target ± tolerance × target), and outside the band the value is "above" or
 * "below" it — never simply "not met", because an overshoot is a different story from a shortfall.
 */

/** How a target is worded in a plan: 达到…左右 (about), …以上 (at least), …以内 (at most). */
export type TargetKind = 'about' | 'atLeast' | 'atMost';

/** The kinds, in the order the interface offers them. */
export const TARGET_KINDS: readonly TargetKind[] = ['about', 'atLeast', 'atMost'];

/** Where a value stands against a target: met, or outside it on one side. */
export type TargetStatus = 'met' | 'above' | 'below';

/** The band of an "about" target when the file gives none: ±1% (relative). */
export const DEFAULT_ABOUT_TOLERANCE = 0.01;

/**
 * Where `value` stands against `target`. A 1e-9 relative slack absorbs rounding (e.g. e0 = 82.38).
 *
 * @param tolerance for "about": the largest relative deviation still met (0.01 = ±1%); ignored otherwise
 */
export function targetStatus(value: number, target: number, kind: TargetKind, tolerance = DEFAULT_ABOUT_TOLERANCE): TargetStatus {
  const slack = 1e-9 * Math.max(1, Math.abs(target));
  if (kind === 'atLeast') return value >= target - slack ? 'met' : 'below';
  if (kind === 'atMost') return value <= target + slack ? 'met' : 'above';
  const band = tolerance * Math.abs(target) + slack;
  if (value > target + band) return 'above';
  if (value < target - band) return 'below';
  return 'met';
}

/** Whether `value` meets `target` under `kind` (see {@link targetStatus}). */
export function meets(value: number, target: number, kind: TargetKind, tolerance?: number): boolean {
  return targetStatus(value, target, kind, tolerance) === 'met';
}

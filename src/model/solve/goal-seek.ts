/**
 * Goal seek: the value of one lever that makes one indicator reach a target in a given year, e.g. the
 * central-city relocation per year that gives 1.35 M residents in 2025.
 *
 * Method: the indicator is assumed monotone in the lever over the lever's range (true of the volume
 * and rate levers for the counts they drive; for others a user should look at the two end values we
 * report). The range ends are evaluated first; if they do not bracket the target the answer is
 * "unreachable", with the values at both ends. Otherwise Brent's method (bisection safeguarded by
 * secant and inverse quadratic steps; Brent 1973, as in Numerical Recipes' zbrent) narrows the bracket
 * until the indicator is within tolerance of the target (the registry's: half a unit for counts,
 * 1e-6 for shares, rates, years and ratios) or the bracket is narrower than the lever's step / 100.
 * Whole-number levers (years, phase-in years) are bisected over the integers and the closer of the
 * two final neighbours is returned.
 *
 * Pure apart from running the model; each evaluation is one full projection (a few milliseconds).
 */
import { LEVER_SPECS, type LeverId } from '../xiqing/levers/lever-specs';
import { isLeverId, type LeverValues } from '../xiqing/levers/lever-values';
import { readXiqing } from '../xiqing/model';
import { BASE_YEAR } from '../xiqing/rates/year-paths';
import { DEFAULT_NORMS, type NormValues } from '../service-demand/norm-specs';
import { indicatorTolerance } from '../indicators/indicator-format';
import { INDICATOR_IDS, INDICATORS, isIndicatorId, type IndicatorId } from '../indicators/indicator-registry';
import { runIndicatorValue } from '../indicators/indicator-value';
import { brent } from './brent';

/** The indicators goal seek can solve for (those some lever moves), in output order. */
export const SOLVABLE_INDICATORS: readonly IndicatorId[] = INDICATOR_IDS.filter((id) => INDICATORS[id].solvable);

/** What to solve for. */
export interface GoalSeekRequest {
  /** The scenario the search starts from (all other levers keep these values). */
  levers: LeverValues;
  /** The lever to vary within its spec range (any lever but `endYear`). */
  lever: LeverId | string;
  /** One of {@link SOLVABLE_INDICATORS}. */
  indicator: IndicatorId | string;
  /** The value the indicator should reach, in the indicator's unit (shares as fractions 0..1). */
  target: number;
  /** Calendar year in which the target applies (2020..levers.endYear). */
  year: number;
  /** Norms for service indicators (defaults if omitted). */
  norms?: NormValues;
}

/** A solution: the lever value, the indicator there, and the number of model runs it took. */
export interface GoalSeekFound {
  ok: true;
  /** The lever value found, in the lever's stored unit. */
  value: number;
  /** The indicator's value at that lever value. */
  achieved: number;
  /** Model runs made (the two range ends included). */
  iterations: number;
  /** The full lever set with the solved value (ready to run or save). */
  levers: LeverValues;
}

/** No solution: why, the lever's range, and the indicator at both ends (null if the request was invalid). */
export interface GoalSeekFailed {
  ok: false;
  reason: string;
  range: { min: number; max: number };
  valuesAtEnds: { min: number; max: number } | null;
}

export type GoalSeekResult = GoalSeekFound | GoalSeekFailed;

/** Levers that take whole numbers only (calendar years, numbers of years). */
function integerLever(id: LeverId): boolean {
  return LEVER_SPECS[id].format === 'year' || id === 'upliftPhaseInYears';
}

const fail = (reason: string, range = { min: NaN, max: NaN }, valuesAtEnds: GoalSeekFailed['valuesAtEnds'] = null): GoalSeekFailed => ({
  ok: false,
  reason,
  range,
  valuesAtEnds,
});

/**
 * Finds the value of `lever` in its range at which `indicator` equals `target` in `year`.
 * Never throws for bad input: an invalid request comes back as `{ ok: false, reason }`.
 */
export function goalSeek(request: GoalSeekRequest): GoalSeekResult {
  const { levers, lever, indicator, target, year } = request;
  const norms = request.norms ?? DEFAULT_NORMS;
  if (!isLeverId(lever)) return fail(`unknown lever "${lever}"`);
  const spec = LEVER_SPECS[lever];
  const range = { min: spec.min, max: spec.max };
  if (lever === 'endYear') return fail('endYear sets the projection horizon; it cannot be solved for', range);
  if (!Number.isFinite(target)) return fail(`target must be a finite number, got ${target}`, range);
  if (!Number.isInteger(year) || year < BASE_YEAR || year > levers.endYear) {
    return fail(`year must be a whole year from ${BASE_YEAR} to the scenario's end year ${levers.endYear}, got ${year}`, range);
  }
  const t = year - BASE_YEAR;

  if (!isIndicatorId(indicator)) return fail(`unknown indicator "${indicator}"; known: ${SOLVABLE_INDICATORS.join(', ')}`, range);
  if (!INDICATORS[indicator].solvable) return fail(`${indicator} cannot be solved for: no lever moves it`, range);

  let runs = 0;
  const withValue = (v: number): LeverValues => ({ ...levers, [lever]: v });
  const evaluate = (v: number): number => {
    runs++;
    return readXiqing(withValue(v), (run) => runIndicatorValue(run, norms, t, indicator));
  };

  const atMin = evaluate(spec.min);
  const atMax = evaluate(spec.max);
  const valuesAtEnds = { min: atMin, max: atMax };
  if (!Number.isFinite(atMin) || !Number.isFinite(atMax)) return fail(`${indicator} is not a finite number at the ends of the range`, range, valuesAtEnds);

  const tolY = indicatorTolerance(indicator);
  const found = (value: number, achieved: number): GoalSeekFound => ({ ok: true, value, achieved, iterations: runs, levers: withValue(value) });
  if (Math.abs(atMin - target) <= tolY) return found(spec.min, atMin);
  if (Math.abs(atMax - target) <= tolY) return found(spec.max, atMax);
  if ((atMin - target) * (atMax - target) > 0) {
    return fail(
      `no value of ${lever} in ${spec.min}..${spec.max} gives ${indicator} = ${target} in ${year}: ` +
        `it ranges from ${atMin} (at ${spec.min}) to ${atMax} (at ${spec.max})`,
      range,
      valuesAtEnds,
    );
  }

  if (integerLever(lever)) {
    // Bisection over whole numbers, keeping lo and hi on opposite sides of the target.
    let lo = spec.min;
    let hi = spec.max;
    let fLo = atMin - target;
    let fHi = atMax - target;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      const fMid = evaluate(mid) - target;
      if (Math.abs(fMid) <= tolY) return found(mid, fMid + target);
      if (fMid * fLo > 0) [lo, fLo] = [mid, fMid];
      else [hi, fHi] = [mid, fMid];
    }
    return Math.abs(fLo) <= Math.abs(fHi) ? found(lo, fLo + target) : found(hi, fHi + target);
  }

  const { value, residual } = brent((v) => evaluate(v) - target, spec.min, spec.max, atMin - target, atMax - target, spec.step / 100, tolY);
  return found(value, residual + target);
}

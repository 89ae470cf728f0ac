/**
 * Goal seek: the value of one lever that makes one indicator reach a target in a given year, e.g. the
 * central-city relocation per year that gives 1.35 M residents in 2025.
 *
 * Method: the indicator is assumed monotone in the lever over the lever's range (true of the volume
 * and rate levers for the counts they drive; for others a user should look at the two end values we
 * report). The range ends are evaluated first; if they do not bracket the target the answer is
 * "unreachable", with the values at both ends. Otherwise Brent's method (bisection safeguarded by
 * secant and inverse quadratic steps; Brent 1973, as in Numerical Recipes' zbrent) narrows the bracket
 * until the indicator is within tolerance of the target — 0.5 for counts of persons, places etc.,
 * 1e-6 for shares and other levels — or the bracket is narrower than the lever's step / 100.
 * Whole-number levers (years, phase-in years) are bisected over the integers and the closer of the
 * two final neighbours is returned.
 *
 * Pure apart from running the model; each evaluation is one full projection (a few milliseconds).
 */
import { LEVER_SPECS, type LeverId } from '../xiqing/levers/lever-specs';
import { isLeverId, type LeverValues } from '../xiqing/levers/lever-values';
import { runXiqing } from '../xiqing/model';
import { BASE_YEAR } from '../xiqing/rates/year-paths';
import { indicatorRow } from '../xiqing/scenario/indicators';
import type { ScenarioRun } from '../xiqing/scenario/run-scenario';
import { serviceDemand } from '../service-demand/demand';
import { DEFAULT_NORMS, type NormValues } from '../service-demand/norm-specs';
import { SERVICE_FIELDS, type FieldKind } from '../service-demand/service-row';
import { brent } from './brent';

/** What to solve for. */
export interface GoalSeekRequest {
  /** The scenario the search starts from (all other levers keep these values). */
  levers: LeverValues;
  /** The lever to vary within its spec range (any lever but `endYear`). */
  lever: LeverId | string;
  /** Any numeric field of `IndicatorRow` or `ServiceRow` except `year`. */
  indicator: string;
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

/** Indicator-row fields that count persons (solved to 0.5); every other numeric field is a level or share. */
const INDICATOR_COUNTS = new Set([
  'residents', 'hukouPopulation', 'local', 'tianjin', 'outside', 'students', 'births', 'deaths', 'naturalIncrease',
  'netMigration', 'settlements', 'inflowCentralCity', 'inflowOutside', 'inflowTalent', 'inflowSouthStation', 'outflow',
]);

const serviceKinds = new Map<string, FieldKind>(SERVICE_FIELDS.map((f) => [f.id, f.kind]));

/**
 * What kind of quantity an indicator is: 'count' for persons, places, beds … (including the age-group
 * counts `age0to2` … `age80plus`), otherwise 'share' or 'level'. Unknown names count as 'level', the
 * stricter tolerance.
 */
export function indicatorKind(indicator: string): FieldKind {
  const service = serviceKinds.get(indicator);
  if (service) return service;
  if (INDICATOR_COUNTS.has(indicator) || /^age\d+(to\d+|plus)$/.test(indicator)) return 'count';
  return /Share$/.test(indicator) ? 'share' : 'level';
}

/** Tolerance on the indicator: 0.5 for counts (half a person or place), 1e-6 for shares and levels. */
export function indicatorTolerance(indicator: string): number {
  return indicatorKind(indicator) === 'count' ? 0.5 : 1e-6;
}

/**
 * The value of an indicator (IndicatorRow field first, then ServiceRow field) in year index t, or
 * undefined if no row has a numeric field of that name.
 */
export function indicatorValue(run: ScenarioRun, norms: NormValues, t: number, indicator: string): number | undefined {
  if (indicator === 'year') return undefined;
  const row = indicatorRow(run, t) as unknown as Record<string, unknown>;
  if (Object.prototype.hasOwnProperty.call(row, indicator) && typeof row[indicator] === 'number') return row[indicator];
  if (serviceKinds.has(indicator)) return serviceDemand(run, norms, t)[indicator as keyof ReturnType<typeof serviceDemand>];
  return undefined;
}

/** Names of every seekable indicator of a run (IndicatorRow fields, then ServiceRow fields). */
export function seekableIndicators(run: ScenarioRun): string[] {
  const row = indicatorRow(run, 0) as unknown as Record<string, unknown>;
  const fromIndicators = Object.keys(row).filter((k) => k !== 'year' && typeof row[k] === 'number');
  return [...fromIndicators, ...SERVICE_FIELDS.map((f) => f.id).filter((id) => !fromIndicators.includes(id))];
}

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

  let runs = 0;
  const withValue = (v: number): LeverValues => ({ ...levers, [lever]: v });
  const evaluate = (v: number): number => {
    runs++;
    return indicatorValue(runXiqing(withValue(v)), norms, t, indicator) ?? NaN;
  };

  runs++;
  const minRun = runXiqing(withValue(spec.min));
  const atMinOrUnknown = indicatorValue(minRun, norms, t, indicator);
  if (atMinOrUnknown === undefined) return fail(`unknown indicator "${indicator}"; known: ${seekableIndicators(minRun).join(', ')}`, range);
  const atMin = atMinOrUnknown;
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

/**
 * One-at-a-time sensitivity (a tornado): each lever moved alone to its plausible low and high value
 * (levers/plausible-ranges.ts), the chosen indicator read in the chosen year, and the levers sorted
 * by swing, largest first.
 */
import type { ScenarioValues } from '../scenario-values';
import { runIndicatorValue } from '../indicators/indicator-value';
import { isIndicatorId } from '../indicators/indicator-registry';
import { LEVER_IDS, type LeverId } from '../xiqing/levers/lever-specs';
import { PLAUSIBLE_RANGES } from '../xiqing/levers/plausible-ranges';
import type { LeverValues } from '../xiqing/levers/lever-values';
import { runXiqing } from '../xiqing/model';
import { BASE_YEAR } from '../xiqing/rates/year-paths';

/** One bar of the tornado. */
export interface SensitivityBar {
  id: LeverId;
  /** The lever's plausible low and high values, in its stored unit. */
  low: number;
  high: number;
  /** The indicator with the lever at low / high (every other lever as in the scenario). */
  atLow: number;
  atHigh: number;
  /** |atHigh − atLow|, in the indicator's unit. */
  swing: number;
}

/** The tornado for one indicator in one year. */
export interface SensitivityResult {
  indicator: string;
  year: number;
  /** The indicator in the scenario as it is. */
  base: number;
  /** Sorted by swing, largest first (ties keep the levers' display order). */
  levers: SensitivityBar[];
}

/**
 * The indicator in `year` for a set of values.
 * @throws RangeError for an unknown indicator
 */
export function indicatorAt(values: ScenarioValues, indicator: string, year: number): number {
  if (!isIndicatorId(indicator)) throw new RangeError(`unknown indicator "${indicator}"`);
  return runIndicatorValue(runXiqing(values.levers), values.norms, year - BASE_YEAR, indicator);
}

/**
 * Runs the tornado.
 * @param indicator any numeric field of the indicator or service rows (e.g. "residents")
 * @param year a calendar year from 2020 to the scenario's end year
 * @throws RangeError for an unknown indicator or a year outside the run
 */
export function sensitivity(values: ScenarioValues, indicator: string, year: number): SensitivityResult {
  const endYear = values.levers.endYear;
  if (!Number.isInteger(year) || year < BASE_YEAR || year > endYear) {
    throw new RangeError(`year ${year} is outside the run (${BASE_YEAR}..${endYear})`);
  }
  const base = indicatorAt(values, indicator, year);
  const at = (id: LeverId, value: number): number => {
    const levers: LeverValues = { ...values.levers, [id]: value };
    return indicatorAt({ levers, norms: values.norms }, indicator, year);
  };
  const bars: SensitivityBar[] = [];
  for (const id of LEVER_IDS) {
    const range = PLAUSIBLE_RANGES[id];
    if (!range) continue;
    const atLow = at(id, range.low);
    const atHigh = at(id, range.high);
    bars.push({ id, low: range.low, high: range.high, atLow, atHigh, swing: Math.abs(atHigh - atLow) });
  }
  bars.sort((a, b) => b.swing - a.swing);
  return { indicator, year, base, levers: bars };
}

/**
 * One-at-a-time sensitivity (a tornado): each lever moved alone to its plausible low and high value
 * (levers/plausible-ranges.ts), the chosen indicator read in the chosen year, and the levers sorted
 * by swing, largest first. A path lever that the scenario holds as a per-year path keeps its shape:
 * the path is scaled so that its reference level goes to low and to high (docs/uncertainty.md).
 */
import type { ScenarioValues } from '../scenario-values';
import { runIndicatorValue } from '../indicators/indicator-value';
import { isIndicatorId } from '../indicators/indicator-registry';
import { LEVER_IDS, LEVER_SPECS, type LeverId } from '../xiqing/levers/lever-specs';
import { PLAUSIBLE_RANGES } from '../xiqing/levers/plausible-ranges';
import type { LeverValue, LeverValues } from '../xiqing/levers/lever-values';
import { isYearPath } from '../xiqing/levers/year-path';
import { readXiqing } from '../xiqing/model';
import { BASE_YEAR } from '../xiqing/rates/year-paths';

/** One bar of the tornado. */
export interface SensitivityBar {
  id: LeverId;
  /** The lever's plausible low and high values (levels), in its stored unit. */
  low: number;
  high: number;
  /**
   * The values the bar is computed with, and a click applies: `low` and `high` themselves, or for a
   * path lever the scenario holds as a per-year path, that path scaled by low / reference and
   * high / reference (each year kept within the lever's range).
   */
  lowValue: LeverValue;
  highValue: LeverValue;
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
  return readXiqing(values.levers, (run) => runIndicatorValue(run, values.norms, year - BASE_YEAR, indicator));
}

/**
 * The value a tornado bar sets a lever to for a plausible level (low or high): the level itself, or,
 * when the scenario holds a path lever as a per-year path, that path with every listed year scaled by
 * level / the range's reference level and kept within the lever's range (so the post-census shock years
 * of the default outside-Tianjin path stay, and the path moves by the same factor as its level).
 */
export function plausibleValue(id: LeverId, current: LeverValue, level: number): LeverValue {
  const reference = PLAUSIBLE_RANGES[id]?.reference;
  if (!isYearPath(current) || reference === undefined || !(reference > 0)) return level;
  const factor = level / reference;
  const spec = LEVER_SPECS[id];
  const byYear: Record<string, number> = {};
  for (const [y, v] of Object.entries(current.byYear)) byYear[y] = Math.min(spec.max, Math.max(spec.min, v * factor));
  return { byYear };
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
  const at = (id: LeverId, value: LeverValue): number => {
    const levers: LeverValues = { ...values.levers, [id]: value };
    return indicatorAt({ levers, norms: values.norms }, indicator, year);
  };
  const bars: SensitivityBar[] = [];
  for (const id of LEVER_IDS) {
    const range = PLAUSIBLE_RANGES[id];
    if (!range) continue;
    const lowValue = plausibleValue(id, values.levers[id], range.low);
    const highValue = plausibleValue(id, values.levers[id], range.high);
    const atLow = at(id, lowValue);
    const atHigh = at(id, highValue);
    bars.push({ id, low: range.low, high: range.high, lowValue, highValue, atLow, atHigh, swing: Math.abs(atHigh - atLow) });
  }
  bars.sort((a, b) => b.swing - a.swing);
  return { indicator, year, base, levers: bars };
}

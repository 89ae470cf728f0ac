/**
 * Urbanisation of residents (常住人口城镇化率): 94.76% at end-2020 (plan, census bulletin, grade A),
 * target ≥ 95% in 2025.
 *
 * The model, kept deliberately simple because Xiqing publishes no urban–rural flows:
 *  - the 2020 rural population is (1 − 94.76%) × the 2020 residents;
 *  - it then changes by a fixed annual rate (norm `ruralChangeRate`), which stands for everything
 *    that happens to the villages: ageing and natural decrease, young people leaving, and villages
 *    redeveloped into urban communities (村改居), the main driver in 2010–2020;
 *  - every other resident is urban: births and net inflows are assumed to live in urban areas, since
 *    new arrivals move into new estates, and the villages' own births are part of the rural rate.
 * The rural population is capped at the residents, so the share stays within 0..1.
 */
import type { ScenarioRun } from '../xiqing/scenario/run-scenario';
import type { NormValues } from './norm-specs';
import { residentsOf } from './run-populations';

/** Urbanisation of residents at end-2020, fraction (plan base year; census bulletin, grade A). */
export const URBANISATION_2020 = 0.9476;

/** Residents of year index t (students included), persons (summed once per run and year). */
export function residentsAt(run: ScenarioRun, t: number): number {
  return residentsOf(run, t);
}

/** Rural and urban residents and the urbanisation of one year. */
export interface UrbanisationYear {
  /** Rural residents, persons. */
  rural: number;
  /** Urban residents, persons. */
  urban: number;
  /** Urban share of residents, fraction 0..1. */
  urbanisation: number;
}

/**
 * Urbanisation in year index t (0 = 2020).
 * @param run the scenario run
 * @param norms uses `ruralChangeRate` (fraction per year, e.g. −0.03)
 * @param t year index into `run.years`
 */
export function urbanisationAt(run: ScenarioRun, norms: NormValues, t: number): UrbanisationYear {
  return urbanisationOf(residentsOf(run, t), residentsOf(run, 0), norms, t);
}

/**
 * Urbanisation in year index t from the residents of that year and of 2020 (the formula of
 * {@link urbanisationAt}, for callers that hold the totals already).
 * @param residents residents of year index t, persons
 * @param residents2020 residents of year index 0 (31 December 2020), persons
 * @param norms uses `ruralChangeRate` (fraction per year)
 * @param t year index (years since 2020)
 */
export function urbanisationOf(residents: number, residents2020: number, norms: NormValues, t: number): UrbanisationYear {
  const rural2020 = (1 - URBANISATION_2020) * residents2020;
  const rural = Math.min(residents, rural2020 * (1 + norms.ruralChangeRate) ** t);
  return { rural, urban: residents - rural, urbanisation: residents > 0 ? (residents - rural) / residents : 0 };
}

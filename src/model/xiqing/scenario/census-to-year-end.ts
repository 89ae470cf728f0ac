/**
 * The fractional first step: from the census (1 November 2020) to 31 December 2020, a sixth of a year,
 * so that every later step is a calendar year and every row is a stock at 31 December with the flows
 * of its calendar year (docs/calibration.md, "Timing").
 *
 * Over a fraction f of a year, with birthdays spread evenly over the year:
 * - each single-year cohort survives with S^f (S: the annual survival ratio of that cohort, UN index
 *   convention, so the person aged x survives with S[x+1], the open group with S[open]);
 * - a fraction f of each cohort has its birthday and moves up one year of age (the open group keeps
 *   everyone);
 * - births are f times the annual rate on the women at the start, and the newborns survive with S[0];
 * - net migrants are f times the annual counts, added at the end (capped so no cell goes negative);
 * - settlement transfers act with f times their annual rates.
 * The accounting identity P(end) = P(start) + B − D + M + transfers in − out holds per state and sex.
 */
import { applyTransfers } from '../../engine/transfers';
import type { BySex, StateTransfer } from '../../engine/types';

/** Fraction of a year from 1 November to 31 December (61 of 365 days). */
export const CENSUS_TO_YEAR_END = 61 / 365;

/** The flows of one step by block (state·2 + sex), the same layout as the engine's per-step arrays. */
export interface StepFlows {
  births: Float64Array;
  deaths: Float64Array;
  netMigration: Float64Array;
  /** Persons moved `from → to` at `from·states + to`. */
  transfers: Float64Array;
}

/** Inputs of the fractional step for one state (annual rates; the step scales them). */
export interface FractionalStateRates {
  asfr: Float64Array;
  srb: number;
  survival: BySex<Float64Array>;
  /** Annual net migrant counts by age at arrival, persons a year. */
  netMigrants: BySex<Float64Array>;
}

/**
 * Advances a flattened population (layout `(state·2 + sex)·n + age`) by a fraction `f` of a year.
 * @param start population at the start, persons (not modified)
 * @param rates per state, annual
 * @param transfers annual transfer rates (scaled by f here)
 * @param f fraction of a year, 0 < f ≤ 1
 * @returns the end population and the step's flows
 */
export function fractionalStep(
  start: Float64Array,
  rates: readonly FractionalStateRates[],
  transfers: readonly StateTransfer[],
  f: number,
  n: number,
): { population: Float64Array; flows: StepFlows } {
  const states = rates.length;
  const blocks = states * 2;
  const next = new Float64Array(start.length);
  const flows: StepFlows = {
    births: new Float64Array(blocks),
    deaths: new Float64Array(blocks),
    netMigration: new Float64Array(blocks),
    transfers: new Float64Array(states * states),
  };
  const open = n - 1;
  const survived = new Float64Array(n);
  for (let s = 0; s < states; s++) {
    const r = rates[s];
    // Births to this state's women over the fraction (ages 0 and open bear none, as in the engine).
    let births = 0;
    const wOff = (s * 2 + 1) * n;
    for (let x = 1; x < open; x++) births += r.asfr[x] * start[wOff + x];
    births *= f;
    const femaleBirths = births * (1 / (1 + r.srb));
    for (let sex = 0; sex < 2; sex++) {
      const b = s * 2 + sex;
      const off = b * n;
      const surv = sex === 0 ? r.survival.male : r.survival.female;
      let deaths = 0;
      for (let x = 0; x < n; x++) {
        const p = start[off + x];
        const s1 = Math.pow(x < open ? surv[x + 1] : surv[open], f);
        survived[x] = p * s1;
        deaths += p - survived[x];
      }
      for (let x = 1; x < open; x++) next[off + x] = (1 - f) * survived[x] + f * survived[x - 1];
      next[off + open] = survived[open] + f * survived[open - 1];
      const born = sex === 0 ? births - femaleBirths : femaleBirths;
      const bornSurvivors = born * surv[0];
      next[off] = (1 - f) * survived[0] + bornSurvivors;
      deaths += born - bornSurvivors;
      const m = sex === 0 ? r.netMigrants.male : r.netMigrants.female;
      let added = 0;
      for (let x = 0; x < n; x++) {
        let h = f * m[x];
        if (h < -next[off + x]) h = -next[off + x];
        next[off + x] += h;
        added += h;
      }
      flows.births[b] = born;
      flows.deaths[b] = deaths;
      flows.netMigration[b] = added;
    }
  }
  const scaled = transfers.map((t) => ({ ...t, rate: { male: t.rate.male.map((v) => v * f), female: t.rate.female.map((v) => v * f) } }));
  applyTransfers(next, new Float64Array(next.length), scaled, states, n, flows.transfers);
  return { population: next, flows };
}

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

/** S^f per survival vector and fraction: survival vectors are cached per e0, so this is computed once. */
const powered = new WeakMap<Float64Array, { f: number; v: Float64Array }>();
function survivalPower(surv: Float64Array, f: number): Float64Array {
  const hit = powered.get(surv);
  if (hit && hit.f === f) return hit.v;
  const n = surv.length;
  const v = new Float64Array(n);
  // v[x]: survival over the fraction of those aged x (the UN index convention: S[x+1]; the open group S[open]).
  for (let x = 0; x < n; x++) v[x] = Math.pow(x < n - 1 ? surv[x + 1] : surv[n - 1], f);
  powered.set(surv, { f, v });
  return v;
}

/** Transfers with their rates × f, per transfer list (settlement transfers are shared between runs with the same rate). */
const scaledTransfers = new WeakMap<readonly StateTransfer[], { f: number; scaled: StateTransfer[] }>();
function transfersTimes(transfers: readonly StateTransfer[], f: number): StateTransfer[] {
  const hit = scaledTransfers.get(transfers);
  if (hit && hit.f === f) return hit.scaled;
  const scaled = transfers.map((t) => ({ ...t, rate: { male: t.rate.male.map((v) => v * f), female: t.rate.female.map((v) => v * f) } }));
  scaledTransfers.set(transfers, { f, scaled });
  return scaled;
}

/** Work arrays reused by every call (the step calls nothing that could call it back). */
const scratch = { before: new Float64Array(0) };

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

/** Values the flows of a fractional step over `states` states take (see fractionalStep's `flowsOut`). */
export function fractionalFlowsSize(states: number): number {
  return 6 * states + states * states;
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
 * @param transfers annual transfer rates (scaled by f here; read-only: the scaled copy is kept per list)
 * @param f fraction of a year, 0 < f ≤ 1
 * @param out receives the end population (default: a new array); returned as `population`
 * @param flowsOut receives the flows, {@link fractionalFlowsSize} zeros (default: a new array); the flows are views into it
 * @returns the end population and the step's flows
 */
export function fractionalStep(
  start: Float64Array,
  rates: readonly FractionalStateRates[],
  transfers: readonly StateTransfer[],
  f: number,
  n: number,
  out?: Float64Array,
  flowsOut?: Float64Array,
): { population: Float64Array; flows: StepFlows } {
  const states = rates.length;
  const blocks = states * 2;
  const next = out ?? new Float64Array(start.length); // every cell is written below
  // The flows in one buffer (views): one allocation instead of four (none when the caller lends one).
  const flowBuffer = flowsOut ?? new Float64Array(fractionalFlowsSize(states));
  const flows: StepFlows = {
    births: flowBuffer.subarray(0, blocks),
    deaths: flowBuffer.subarray(blocks, 2 * blocks),
    netMigration: flowBuffer.subarray(2 * blocks, 3 * blocks),
    transfers: flowBuffer.subarray(3 * blocks, 3 * blocks + states * states),
  };
  const open = n - 1;
  if (scratch.before.length !== next.length) scratch.before = new Float64Array(next.length);
  for (let s = 0; s < states; s++) {
    const r = rates[s];
    // Births to this state's women over the fraction (ages 0 and open bear none, as in the engine).
    let births = 0;
    const wOff = (s * 2 + 1) * n;
    const asfr = r.asfr;
    for (let x = 1; x < open; x++) births += asfr[x] * start[wOff + x];
    births *= f;
    const femaleBirths = births * (1 / (1 + r.srb));
    for (let sex = 0; sex < 2; sex++) {
      const b = s * 2 + sex;
      const off = b * n;
      const surv = sex === 0 ? r.survival.male : r.survival.female;
      const sf = survivalPower(surv, f);
      const m = sex === 0 ? r.netMigrants.male : r.netMigrants.female;
      const born = sex === 0 ? births - femaleBirths : femaleBirths;
      const bornSurvivors = born * surv[0];
      // One pass over the ages: each cohort survives the fraction (S^f), a fraction f of it has its
      // birthday and moves up one age, then f of the year's migrants join (capped at the cell). The
      // sums run in age order, as separate passes would form them.
      let deaths = 0;
      let added = 0;
      let p = start[off];
      let below = p * sf[0];
      deaths += p - below;
      let cell = (1 - f) * below + bornSurvivors;
      let h = f * m[0];
      if (h < -cell) h = -cell;
      next[off] = cell + h;
      added += h;
      for (let x = 1; x < open; x++) {
        p = start[off + x];
        const here = p * sf[x];
        deaths += p - here;
        cell = (1 - f) * here + f * below;
        h = f * m[x];
        if (h < -cell) h = -cell;
        next[off + x] = cell + h;
        added += h;
        below = here;
      }
      p = start[off + open];
      const survivedOpen = p * sf[open];
      deaths += p - survivedOpen;
      cell = survivedOpen + f * below;
      h = f * m[open];
      if (h < -cell) h = -cell;
      next[off + open] = cell + h;
      added += h;
      deaths += born - bornSurvivors;
      flows.births[b] = born;
      flows.deaths[b] = deaths;
      flows.netMigration[b] = added;
    }
  }
  applyTransfers(next, scratch.before, transfersTimes(transfers, f), states, n, flows.transfers);
  return { population: next, flows };
}

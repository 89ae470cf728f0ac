/**
 * Transfers between states (hukou settlement and other status changes), applied once per step to
 * the end-of-step populations, after survival, births and migration.
 *
 * All transfers of a step act simultaneously: each flow is a share of the source's population
 * *before any transfer of the step*, so the result does not depend on the order in which the
 * transfers are listed, and A→B and B→A in the same step do not feed each other.
 */
import type { StateTransfer } from './types';

/**
 * Moves persons between the state blocks of `pop` (layout `(state·2 + sex)·n + age`).
 *
 * @param pop end-of-step populations, persons; updated in place
 * @param before scratch of pop's length, overwritten with the pre-transfer populations
 * @param transfers this step's transfers; rates already validated (0..1, summing to ≤ 1 per source cell)
 * @param states number of states
 * @param n ages per block (openAge + 1)
 * @param moved output, persons moved `from → to` accumulated at `moved[from·states + to]`
 */
export function applyTransfers(
  pop: Float64Array,
  before: Float64Array,
  transfers: readonly StateTransfer[],
  states: number,
  n: number,
  moved: Float64Array,
): void {
  if (transfers.length === 0) return;
  before.set(pop);
  for (const tr of transfers) {
    let total = 0;
    for (let sex = 0; sex < 2; sex++) {
      const rate = sex === 0 ? tr.rate.male : tr.rate.female;
      const fromOff = (tr.from * 2 + sex) * n;
      const toOff = (tr.to * 2 + sex) * n;
      for (let x = 0; x < n; x++) {
        let flow = rate[x] * before[fromOff + x];
        // Rates summing to exactly 1 can overshoot the remainder by an ulp; never go below zero.
        const left = pop[fromOff + x];
        if (flow > left) flow = left;
        pop[fromOff + x] = left - flow;
        pop[toOff + x] += flow;
        total += flow;
      }
    }
    moved[tr.from * states + tr.to] += total;
  }
}

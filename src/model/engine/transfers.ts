/**
 * Transfers between states (hukou settlement and other status changes), applied once per step to
 * the end-of-step populations, after survival, births and migration.
 *
 * All transfers of a step act simultaneously: each flow is a share of the source's population
 * *before any transfer of the step*, so the result does not depend on the order in which the
 * transfers are listed, and A→B and B→A in the same step do not feed each other.
 */
import type { StateTransfer } from './types';

/** The distinct share vectors of the current call and their non-zero age spans [lo, hi] (reused: no callbacks inside). */
const distinct: Float64Array[] = [];
const spans: number[] = [];
/** Per transfer and sex (2·i + sex): the index of its share vector in `distinct`. */
const spanOf: number[] = [];

/**
 * Moves persons between the state blocks of `pop` (layout `(state·2 + sex)·n + age`).
 *
 * @param pop end-of-step populations, persons; updated in place
 * @param before scratch of pop's length for the pre-transfer populations of source blocks, when needed
 *   (allocated here if not given)
 * @param transfers this step's transfers (shares 0..1, summing to ≤ 1 per source cell)
 * @param states number of states
 * @param n ages per block (openAge + 1)
 * @param moved output, persons moved `from → to` accumulated at `moved[from·states + to]`
 * @returns how many shares read were outside [0, 1] (the engine then checks the step in full)
 */
export function applyTransfers(
  pop: Float64Array,
  before: Float64Array | undefined,
  transfers: readonly StateTransfer[],
  states: number,
  n: number,
  moved: Float64Array,
): number {
  if (transfers.length === 0) return 0;
  // Each flow is a share of the source's value before any transfer of the step. A source block that
  // no transfer flows into and that only one transfer leaves still holds that value when it is read,
  // so a snapshot is needed only for sources that are also destinations or are left by several transfers
  // (those are copied once, before anything moves).
  let snapshot = false;
  for (let i = 0; i < transfers.length; i++) {
    for (let j = 0; j < transfers.length; j++) {
      if (transfers[j].to === transfers[i].from || (j !== i && transfers[j].from === transfers[i].from)) snapshot = true;
    }
  }
  if (!snapshot) return moveInPlace(pop, transfers, states, n, moved);
  const source = before ?? new Float64Array(pop.length);
  for (let i = 0; i < transfers.length; i++) {
    const from = transfers[i].from;
    let first = true;
    for (let j = 0; j < i; j++) if (transfers[j].from === from) first = false;
    if (first) for (let k = from * 2 * n, end = (from * 2 + 2) * n; k < end; k++) source[k] = pop[k];
  }
  let bad = 0;
  distinct.length = 0;
  // Each distinct share vector is range-checked once, and only the ages where it is not zero move
  // anyone (a zero share adds 0 to every sum: skipping those ages changes no result).
  spanOf.length = 2 * transfers.length;
  for (let i = 0; i < transfers.length; i++) {
    const rate = transfers[i].rate;
    for (let sex = 0; sex < 2; sex++) {
      const v = sex === 0 ? rate.male : rate.female;
      let k = distinct.indexOf(v);
      if (k < 0) {
        k = distinct.push(v) - 1;
        bad += checkShares(v, n, k);
      }
      spanOf[2 * i + sex] = k;
    }
  }
  for (let i = 0; i < transfers.length; i++) moveOne(pop, source, transfers[i], 2 * i, states, n, moved);
  distinct.length = 0;
  return bad;
}

/**
 * The transfers when no source is a destination or left by another transfer, so `pop` still holds each
 * source's pre-transfer values when it is read: two at a time in one loop over every age (each cell sees
 * the operations of {@link moveOne} in the same order, and the two sums of persons moved, chains of
 * dependent adds, proceed side by side). The shares are range-checked on these reads rather than in a
 * pass of their own, and ages where a share is zero move 0 persons (the same values and sums, to the bit,
 * as skipping them).
 *
 * @returns how many shares read were outside [0, 1]
 */
function moveInPlace(pop: Float64Array, transfers: readonly StateTransfer[], states: number, n: number, moved: Float64Array): number {
  let bad = 0;
  let i = 0;
  for (; i + 1 < transfers.length; i += 2) bad += movePair(pop, transfers[i], transfers[i + 1], states, n, moved);
  if (i < transfers.length) bad += moveAlone(pop, transfers[i], states, n, moved);
  return bad;
}

/**
 * Takes the share r of the cell pop[at] out of it and returns the persons taken: r · P, never more than
 * P (shares summing to exactly 1 can overshoot the remainder by an ulp; a cell never goes below zero).
 */
function takeShare(pop: Float64Array, at: number, r: number): number {
  const left = pop[at];
  let flow = r * left;
  if (flow > left) flow = left;
  pop[at] = left - flow;
  return flow;
}

/** Values of a share vector outside [0, 1]; records its non-zero age span [lo, hi] at spans[2k..2k+1]. */
function checkShares(rate: Float64Array, n: number, k: number): number {
  let bad = 0;
  let lo = n;
  let hi = -1;
  for (let x = 0; x < n; x++) {
    const r = rate[x];
    if (!(r >= 0 && r <= 1)) bad++;
    if (r !== 0) {
      if (lo === n) lo = x;
      hi = x;
    }
  }
  spans[2 * k] = lo;
  spans[2 * k + 1] = hi;
  return bad;
}

/**
 * One transfer: flows are shares of `source` (the pre-transfer values), taken from and added to `pop`.
 * @param at index of the transfer's male span in spanOf (female at at + 1)
 */
function moveOne(pop: Float64Array, source: Float64Array, tr: StateTransfer, at: number, states: number, n: number, moved: Float64Array): void {
  let total = 0;
  for (let sex = 0; sex < 2; sex++) {
    const rate = sex === 0 ? tr.rate.male : tr.rate.female;
    const k = spanOf[at + sex];
    const fromOff = (tr.from * 2 + sex) * n;
    const toOff = (tr.to * 2 + sex) * n;
    for (let x = spans[2 * k], hi = spans[2 * k + 1]; x <= hi; x++) {
      let flow = rate[x] * source[fromOff + x];
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

/**
 * One transfer whose source is not a destination nor shared, over every age, as {@link moveOne} gives it
 * to the bit; its shares are range-checked on the reads.
 * @returns how many shares read were outside [0, 1]
 */
function moveAlone(pop: Float64Array, tr: StateTransfer, states: number, n: number, moved: Float64Array): number {
  let total = 0;
  let bad = 0;
  for (let sex = 0; sex < 2; sex++) {
    const rate = sex === 0 ? tr.rate.male : tr.rate.female;
    const fromOff = (tr.from * 2 + sex) * n;
    const toOff = (tr.to * 2 + sex) * n;
    for (let x = 0; x < n; x++) {
      const r = rate[x];
      if (!(r >= 0 && r <= 1)) bad++;
      const flow = takeShare(pop, fromOff + x, r);
      pop[toOff + x] += flow;
      total += flow;
    }
  }
  moved[tr.from * states + tr.to] += total;
  return bad;
}

/**
 * Two transfers a and b in one pass over every age, as {@link moveOne}(a) then {@link moveOne}(b) would
 * give them to the bit, when neither source is a destination nor shared (so `pop` still holds the
 * pre-transfer source values). Settlement, the common case, moves two states into one with one share
 * vector: then the shares are read once per age, and the destination cell is read and written once
 * ((P + flow a) + flow b, the sums of the two updates in turn).
 * @returns how many shares read were outside [0, 1]
 */
function movePair(pop: Float64Array, a: StateTransfer, b: StateTransfer, states: number, n: number, moved: Float64Array): number {
  let totalA = 0;
  let totalB = 0;
  let bad = 0;
  for (let sex = 0; sex < 2; sex++) {
    const rateA = sex === 0 ? a.rate.male : a.rate.female;
    const rateB = sex === 0 ? b.rate.male : b.rate.female;
    const fromA = (a.from * 2 + sex) * n;
    const toA = (a.to * 2 + sex) * n;
    const fromB = (b.from * 2 + sex) * n;
    const toB = (b.to * 2 + sex) * n;
    if (rateA === rateB && toA === toB) {
      for (let x = 0; x < n; x++) {
        const r = rateA[x];
        if (!(r >= 0 && r <= 1)) bad++;
        const flowA = takeShare(pop, fromA + x, r);
        totalA += flowA;
        const flowB = takeShare(pop, fromB + x, r);
        totalB += flowB;
        pop[toA + x] = pop[toA + x] + flowA + flowB;
      }
      continue;
    }
    for (let x = 0; x < n; x++) {
      const ra = rateA[x];
      const rb = rateB[x];
      if (!(ra >= 0 && ra <= 1) || !(rb >= 0 && rb <= 1)) bad++;
      const flowA = takeShare(pop, fromA + x, ra);
      pop[toA + x] += flowA;
      totalA += flowA;
      const flowB = takeShare(pop, fromB + x, rb);
      pop[toB + x] += flowB;
      totalB += flowB;
    }
  }
  moved[a.from * states + a.to] += totalA;
  moved[b.from * states + b.to] += totalB;
  return bad;
}

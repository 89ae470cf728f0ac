/**
 * Hukou settlement by people already resident: points-based, family and employment settlement move
 * working-age residents from the tianjin and outside states into the local state once a year, as
 * engine transfers (applied at the end of the step, after migration).
 */
import type { StateTransfer } from '../../engine/types';
import type { LeverValues } from '../levers/lever-values';
import { valuesByYear } from '../levers/year-path';
import { LOCAL, OUTSIDE, TIANJIN } from '../hukou-states';
import { SETTLEMENT_AGE_INTENSITY } from './migration-profiles';
import { AGE_COUNT } from './mortality';

/** Transfers by annual rate: most runs use one or a few rates, so each is built once (read-only). */
const byRate = new Map<number, readonly StateTransfer[]>();
/**
 * Enough for every rate of the probabilistic runs' operator runs (100 runs × 16 years) and the
 * scenario's own (about 1 kB each, 2 MB at most); the cache starts afresh when full.
 */
const CACHE_LIMIT = 2048;

/**
 * The settlement transfers for an annual settlement rate (fraction of non-hukou residents 18–59 a
 * year). Shared between runs with the same rate: read-only.
 */
export function settlementTransfersAt(annualRate: number): readonly StateTransfer[] {
  let transfers = byRate.get(annualRate);
  if (!transfers) {
    const rate = new Float64Array(AGE_COUNT);
    for (let x = 0; x < AGE_COUNT; x++) rate[x] = annualRate * SETTLEMENT_AGE_INTENSITY[x];
    const bySex = { male: rate, female: rate };
    transfers = [
      { from: TIANJIN, to: LOCAL, rate: bySex },
      { from: OUTSIDE, to: LOCAL, rate: bySex },
    ];
    if (byRate.size >= CACHE_LIMIT) byRate.clear();
    byRate.set(annualRate, transfers);
  }
  return transfers;
}

/** The settlement transfers of every calendar year from..to (index year − from). */
export function settlementByYear(levers: LeverValues, from: number, to: number): (readonly StateTransfer[])[] {
  return valuesByYear(levers.pointsSettlementRate, from, to).map(settlementTransfersAt);
}

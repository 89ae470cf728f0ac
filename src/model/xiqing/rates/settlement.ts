/**
 * Hukou settlement by people already resident: points-based, family and employment settlement move
 * working-age residents from the tianjin and outside states into the local state once a year, as
 * engine transfers (applied at the end of the step, after migration).
 */
import type { StateTransfer } from '../../engine/types';
import type { LeverValues } from '../levers/lever-values';
import { valueInYear } from '../levers/year-path';
import { LOCAL, OUTSIDE, TIANJIN } from '../hukou-states';
import { SETTLEMENT_AGE_INTENSITY } from './migration-profiles';
import { AGE_COUNT } from './mortality';

/** The settlement transfers for an annual settlement rate (fraction of non-hukou residents 18–59 a year). */
export function settlementTransfersAt(annualRate: number): StateTransfer[] {
  const rate = new Float64Array(AGE_COUNT);
  for (let x = 0; x < AGE_COUNT; x++) rate[x] = annualRate * SETTLEMENT_AGE_INTENSITY[x];
  const bySex = { male: rate, female: rate };
  return [
    { from: TIANJIN, to: LOCAL, rate: bySex },
    { from: OUTSIDE, to: LOCAL, rate: bySex },
  ];
}

/** Per-run settlement transfers by calendar year, rebuilt only when the year's rate changes. */
export function settlementCache(levers: LeverValues): (year: number) => StateTransfer[] {
  let lastRate = Number.NaN;
  let transfers: StateTransfer[] = [];
  return (year) => {
    const r = valueInYear(levers.pointsSettlementRate, year);
    if (r !== lastRate) {
      transfers = settlementTransfersAt(r);
      lastRate = r;
    }
    return transfers;
  };
}

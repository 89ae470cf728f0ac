/**
 * Hukou settlement by people already resident: points-based, family and employment settlement move
 * working-age residents from the tianjin and outside states into the local state once a year, as
 * engine transfers (applied at the end of the step, after migration).
 */
import type { StateTransfer } from '../../engine/types';
import type { LeverValues } from '../levers/lever-values';
import { LOCAL, OUTSIDE, TIANJIN } from '../hukou-states';
import { SETTLEMENT_AGE_INTENSITY } from './migration-profiles';
import { AGE_COUNT } from './mortality';

/** The settlement transfers for a set of levers (constant over the projection). */
export function settlementTransfers(levers: LeverValues): StateTransfer[] {
  const rate = new Float64Array(AGE_COUNT);
  for (let x = 0; x < AGE_COUNT; x++) rate[x] = levers.pointsSettlementRate * SETTLEMENT_AGE_INTENSITY[x];
  const bySex = { male: rate, female: rate };
  return [
    { from: TIANJIN, to: LOCAL, rate: bySex },
    { from: OUTSIDE, to: LOCAL, rate: bySex },
  ];
}

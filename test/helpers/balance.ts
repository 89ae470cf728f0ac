/**
 * The demographic balance P(t+1) − P(t) − B + D − M (− transfers in + transfers out) for every step
 * of a projection result; it should be zero up to rounding.
 */
import type { ProjectionResult } from '../../src/model/engine/types';

function blockSum(year: Float64Array, block: number, n: number): number {
  let s = 0;
  for (let x = block * n; x < (block + 1) * n; x++) s += year[x];
  return s;
}

/** Largest |residual| in persons over steps, states and sexes (ignores transfers: use without them). */
export function maxBalanceResidualBySex(r: ProjectionResult): number {
  const n = r.openAge + 1;
  let worst = 0;
  for (let t = 0; t < r.steps; t++) {
    for (let b = 0; b < r.states * 2; b++) {
      const change = blockSum(r.population[t + 1], b, n) - blockSum(r.population[t], b, n);
      const residual = change - r.births[t][b] + r.deaths[t][b] - r.netMigration[t][b];
      worst = Math.max(worst, Number.isNaN(residual) ? Infinity : Math.abs(residual));
    }
  }
  return worst;
}

/** Largest |residual| in persons over steps and states, both sexes together, transfers included. */
export function maxBalanceResidualByState(r: ProjectionResult): number {
  const n = r.openAge + 1;
  const S = r.states;
  let worst = 0;
  for (let t = 0; t < r.steps; t++) {
    for (let s = 0; s < S; s++) {
      let residual = 0;
      for (const b of [s * 2, s * 2 + 1]) {
        residual += blockSum(r.population[t + 1], b, n) - blockSum(r.population[t], b, n);
        residual += -r.births[t][b] + r.deaths[t][b] - r.netMigration[t][b];
      }
      for (let o = 0; o < S; o++) residual += r.transfers[t][s * S + o] - r.transfers[t][o * S + s];
      worst = Math.max(worst, Number.isNaN(residual) ? Infinity : Math.abs(residual));
    }
  }
  return worst;
}

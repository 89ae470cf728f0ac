/**
 * Fits the migration age-profile parameters by the 2010 → 2020 backtest: coordinate descent over a grid
 * per parameter, minimising the mean absolute % error over 5-year groups by sex (each candidate's volumes
 * and settlement rate re-calibrated to the 2020 totals by hukou status, so only the *shape* is fitted).
 * Prints each pass and the best parameters; the shipped PROFILE_PARAMETERS are copied from its output
 * and a test checks they are a local optimum of this grid.
 *
 * Run: npx tsx scripts/backtest/fit-profiles.ts
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { runBacktest } from '../../src/model/xiqing/backtest/backtest';
import { buildProfiles, PROFILE_PARAMETERS, shareAtOrAbove, type ProfileParameters } from '../../src/model/xiqing/rates/migration-profiles';
import { buildBase2010 } from './base-2010';
import { census2020ByAge } from './census-2020';

/** The values tried for each parameter. */
export const PROFILE_GRID: { readonly [K in keyof ProfileParameters]: readonly number[] } = {
  labourPeak: [15, 16, 17, 18, 19, 20, 21, 22, 23],
  labourDescent: [0.03, 0.04, 0.05, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2],
  familyPeak: [20, 22, 24, 26, 28, 30, 32],
  centralPeak: [20, 22, 24, 26, 28, 30, 32, 35, 38, 42],
  centralDescent: [0.02, 0.03, 0.04, 0.06, 0.08, 0.1],
  olderShare: [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5],
  childrenPerWoman: [0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0],
  olderPeak: [52, 55, 58, 60, 62, 65],
  labourMaleShare: [0.5, 0.55, 0.6, 0.65, 0.7],
};

/** Most of any stream's movers allowed at 80+ (the cohort residual puts about 1% of net in-migrants there). */
export const MAX_SHARE_80_PLUS = 0.02;

/** The backtest MAPE of a parameter set; Infinity when a stream puts more than 2% of its movers at 80+. */
export function backtestMape(p: ProfileParameters, base = buildBase2010(), census = census2020ByAge()): number {
  const profiles = buildProfiles(p);
  if (Object.values(profiles).some((q) => shareAtOrAbove(q, 80) > MAX_SHARE_80_PLUS)) return Number.POSITIVE_INFINITY;
  return runBacktest(base, census, { profiles }).mape;
}

function main(): void {
  const base = buildBase2010();
  const census = census2020ByAge();
  let best: ProfileParameters = { ...PROFILE_PARAMETERS };
  let bestMape = backtestMape(best, base, census);
  console.log(`start ${(100 * bestMape).toFixed(2)}%`, best);
  for (let pass = 0; pass < 10; pass++) {
    let improved = false;
    for (const key of Object.keys(PROFILE_GRID) as (keyof ProfileParameters)[]) {
      for (const v of PROFILE_GRID[key]) {
        if (v === best[key]) continue;
        const candidate = { ...best, [key]: v };
        const m = backtestMape(candidate, base, census);
        if (m < bestMape - 1e-6) {
          bestMape = m;
          best = candidate;
          improved = true;
        }
      }
    }
    console.log(`pass ${pass + 1}: ${(100 * bestMape).toFixed(2)}%`, JSON.stringify(best));
    if (!improved) break;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

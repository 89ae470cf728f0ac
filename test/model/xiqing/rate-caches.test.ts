/**
 * The caches between runs (fertility and mortality tables by year, arrivals by year, settlement
 * transfers, survival ratios) are keyed by exactly what they are computed from: a run after other,
 * cached runs gives the same numbers, to the bit, as the same run from cold caches; and they stay
 * bounded however many different runs are made.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEVERS, type LeverValues } from '../../../src/model/xiqing/levers/lever-values';
import { runXiqing } from '../../../src/model/xiqing/model';
import { ARRIVALS_CACHE_SIZE, arrivalsCacheSize, clearArrivalsCache } from '../../../src/model/xiqing/rates/migration-streams';
import { clearYearRateCaches, RATE_CACHE_SIZE, yearRateCacheSizes } from '../../../src/model/xiqing/rates/year-rates';
import { indicatorRows } from '../../../src/model/xiqing/scenario/indicators';

/** Everything a run reports: indicator rows and the populations of every year. */
function outputs(levers: LeverValues) {
  const run = runXiqing(levers);
  return { rows: indicatorRows(run), population: run.projection.population.map((p) => Array.from(p)) };
}

function cold(levers: LeverValues) {
  clearYearRateCaches();
  clearArrivalsCache();
  return outputs(levers);
}

const base: LeverValues = { ...DEFAULT_LEVERS, endYear: 2035 };
/** Pairs that share most inputs, so the second runs right after the first's tables were cached. */
const changes: [string, Partial<LeverValues>][] = [
  ['mortality (e0 in 2025)', { e02025: 83.1 }],
  ['mortality (the sex gap only)', { e0SexGap: 5 }],
  ['fertility (TFR in 2035)', { tfr2035: 0.9 }],
  ['fertility (the migrant ratio only)', { migrantFertilityRatio: 1.2 }],
  ['the central-city hukou share (arrivals by state)', { centralCityHukouShare: 0.3 }],
  ['the central-city inflow only (the other streams\' arrivals reused)', { centralCityInflow: 13_500 }],
  ['one year of a stream path', { outsideMigrants: { byYear: { '2020': 18100, '2021': 0, '2023': 15500, '2030': 9000 } } }],
  ['the settlement rate', { pointsSettlementRate: 0.02 }],
];

describe('caches between runs', () => {
  it.each(changes)('a run after a cached run that differs in %s equals the run from cold caches', (_, change) => {
    const changed = { ...base, ...change };
    const expectedBase = cold(base);
    const expectedChanged = cold(changed);
    // Warm: base first (its tables cached), then the changed run, then base again.
    cold(base);
    expect(outputs(changed)).toEqual(expectedChanged);
    expect(outputs(base)).toEqual(expectedBase);
    expect(expectedChanged).not.toEqual(expectedBase);
  });

  it('stay bounded: many different runs keep at most a few tables', () => {
    clearYearRateCaches();
    clearArrivalsCache();
    for (let i = 0; i < 3 * RATE_CACHE_SIZE; i++) {
      runXiqing({ ...base, e02025: 82 + i * 0.01, tfr2025: 0.6 + i * 0.001, outsideMigrants: 15000 + i });
    }
    expect(yearRateCacheSizes()).toEqual({ fertility: RATE_CACHE_SIZE, mortality: RATE_CACHE_SIZE });
    expect(arrivalsCacheSize()).toBe(ARRIVALS_CACHE_SIZE);
  });

  it('a central-city slider move computes no other stream\'s arrivals again', () => {
    clearArrivalsCache();
    for (let i = 0; i < 3 * ARRIVALS_CACHE_SIZE; i++) runXiqing({ ...base, centralCityInflow: 10000 + 50 * i });
    expect(arrivalsCacheSize()).toBe(1);
  });
});

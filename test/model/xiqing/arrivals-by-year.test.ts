/**
 * A run's arrivals by year (migration-streams.ts, arrivalsByYear / arrivalsOfYear): central-city
 * arrivals reach only the local and tianjin blocks, so the outside state's arrivals are the other
 * streams' row of the table as it is, and a run hands the engine views of that row instead of copying
 * it every year. Held here: the premise, to the bit, and a year with extra arrivals (where the run
 * copies the row and adds them) moving exactly those persons.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEVERS, type LeverValues } from '../../../src/model/xiqing/levers/lever-values';
import { runXiqing } from '../../../src/model/xiqing/model';
import { OUTSIDE } from '../../../src/model/xiqing/hukou-states';
import { AGE_COUNT } from '../../../src/model/xiqing/rates/mortality';
import {
  arrivalsByYear, arrivalsOfYear, SHIPPED_PROFILES, SOUTH_STATION_DESTINATION, streamVolumesByYear,
} from '../../../src/model/xiqing/rates/migration-streams';

const CELLS = 3 * 2 * AGE_COUNT;
const scenarios: [string, LeverValues][] = [
  ['the defaults', { ...DEFAULT_LEVERS, endYear: 2035 }],
  ['a large relocation with a high hukou share', { ...DEFAULT_LEVERS, endYear: 2035, centralCityInflow: 40_000, centralCityHukouShare: 0.9 }],
  ['no relocation', { ...DEFAULT_LEVERS, endYear: 2035, centralCityInflow: 0 }],
];

describe('arrivals by year', () => {
  it.each(scenarios)('%s: the central-city blocks come first, and the outside block is the table row itself, to the bit', (_, levers) => {
    const volumes = streamVolumesByYear(levers, 2020, 2035);
    const table = arrivalsByYear(levers, volumes, SHIPPED_PROFILES);
    expect(table.centralCityCells).toBe(2 * 2 * AGE_COUNT);
    const outsideAt = OUTSIDE * 2 * AGE_COUNT;
    expect(outsideAt).toBe(table.centralCityCells);
    for (let i = 0; i < volumes.length; i++) {
      const full = new Float64Array(CELLS).fill(Number.NaN);
      arrivalsOfYear(table, i, full);
      const part = new Float64Array(CELLS).fill(-1);
      arrivalsOfYear(table, i, part, table.centralCityCells);
      expect(Array.from(part.subarray(0, outsideAt))).toEqual(Array.from(full.subarray(0, outsideAt)));
      // Only the central-city blocks are written.
      expect(part.subarray(outsideAt).every((v) => v === -1)).toBe(true);
      const row = table.buffer.subarray(table.offset[i] + outsideAt, table.offset[i] + CELLS);
      expect(Array.from(full.subarray(outsideAt))).toEqual(Array.from(row));
    }
  });

  it('a year with extra arrivals adds exactly their outside share to the outside state, and the next year is as without', () => {
    const levers: LeverValues = { ...DEFAULT_LEVERS, endYear: 2035 };
    const extra = 9000;
    const plain = runXiqing(levers);
    const added = runXiqing(levers, { extraArrivals: { 2024: extra } });
    const t = 2024 - 2020; // row of 2024; engine step t − 1
    const outsideNet = (run: typeof plain, step: number) => run.projection.netMigration[step][2 * OUTSIDE] + run.projection.netMigration[step][2 * OUTSIDE + 1];
    // Before 2024 nothing differs.
    expect(Array.from(added.projection.population[t - 1])).toEqual(Array.from(plain.projection.population[t - 1]));
    // In 2024 the outside state gains the extra arrivals' outside share (the outflow is on the same start population).
    const gained = outsideNet(added, t - 1) - outsideNet(plain, t - 1);
    expect(gained).toBeCloseTo(extra * SOUTH_STATION_DESTINATION[OUTSIDE], 6);
    // In 2025 the arrivals are the table's again: the outside state's net migration differs only by the
    // outflow from its now larger population (a few per cent of the added persons at most).
    const after = outsideNet(added, t) - outsideNet(plain, t);
    expect(after).toBeLessThan(0);
    expect(after).toBeGreaterThan(-0.1 * extra * SOUTH_STATION_DESTINATION[OUTSIDE]);
  });
});

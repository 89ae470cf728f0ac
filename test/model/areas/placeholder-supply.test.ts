/** The shipped placeholder supply table is what placeholderSupply computes (nobody edits it by hand). */
import { describe, expect, it } from 'vitest';
import { defaultAreasFile, xiqingAreas } from '../../../src/model/areas';
import { largestRemainder, placeholderSupply } from '../../../src/model/areas/placeholder-supply';
import { DEFAULT_NORMS } from '../../../src/model/service-demand/norm-specs';
import { DEFAULT_LEVERS } from '../../../src/model/xiqing/levers/lever-values';

describe('placeholder supply', () => {
  it('matches the committed table (re-run scripts/build-area-supply.ts after changing the method)', () => {
    const file = { ...defaultAreasFile(), supply: [] };
    const rows2020 = xiqingAreas(file, DEFAULT_LEVERS, DEFAULT_NORMS).rows.map((r) => r[0]);
    expect(placeholderSupply(file, rows2020, DEFAULT_NORMS)).toEqual(defaultAreasFile().supply);
  });

  it('spreads the district’s 2,430 childcare places and 36 centres without losing any', () => {
    const sum = (f: string): number => defaultAreasFile().supply.filter((r) => r.facility === f).reduce((s, r) => s + r.capacity, 0);
    expect(sum('childcare')).toBe(DEFAULT_NORMS.childcareSupply2020);
    expect(sum('dayCareCentre')).toBe(36);
  });

  it('largest remainder gives whole parts that add up', () => {
    expect(largestRemainder(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(largestRemainder(7, [0, 2, 5])).toEqual([0, 2, 5]);
  });
});

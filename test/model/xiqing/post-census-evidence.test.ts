/** The post-census evidence and what the default draws from it (Tianjin's net migration, the share mapping). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_OUTSIDE_MIGRANTS_PATH, OUTSIDE_MIGRANTS_LEVEL } from '../../../src/model/xiqing/levers/default-paths';
import {
  tianjinNetMigration,
  TIANJIN_DECADE_NET_MIGRATION,
  XIQING_SHARE_OF_OUTSIDE_PROVINCE,
  xiqingOutsideDeviation,
  xiqingOutsideLevelMapping,
} from '../../../src/model/xiqing/rates/post-census-evidence';

describe('post-census evidence', () => {
  it('Tianjin lost residents by net migration in 2021–2022 (order −100 k a year) and gained a little in 2023–2024', () => {
    expect(tianjinNetMigration(2021)).toBeLessThan(-80_000);
    expect(tianjinNetMigration(2021)).toBeGreaterThan(-140_000);
    expect(tianjinNetMigration(2022)).toBeLessThan(-50_000);
    expect(tianjinNetMigration(2023)).toBeGreaterThan(20_000);
    expect(tianjinNetMigration(2024)).toBeGreaterThan(10_000);
    // 2023: residents +10 k, natural increase −2.57‰ of about 13.635 M, so net migration ≈ +45 k.
    expect(tianjinNetMigration(2023)).toBeCloseTo(10_000 + 0.00257 * 13_635_000, -1);
  });

  it('Xiqing holds 12.6% of Tianjin’s residents from other provinces (446,228 of 3,534,816)', () => {
    expect(XIQING_SHARE_OF_OUTSIDE_PROVINCE).toBeCloseTo(446_228 / 3_534_816, 12);
    expect(TIANJIN_DECADE_NET_MIGRATION).toBeGreaterThan(50_000);
  });

  it('the deviation mapping (default) and the level mapping (sensitivity) differ by the share times the decade average', () => {
    for (const y of [2021, 2022, 2023, 2024] as const) {
      expect(xiqingOutsideLevelMapping(y) - xiqingOutsideDeviation(y)).toBeCloseTo(XIQING_SHARE_OF_OUTSIDE_PROVINCE * TIANJIN_DECADE_NET_MIGRATION, 6);
    }
  });

  it('the default path is the level plus the deviation, never negative, back to the level by 2027', () => {
    const p = DEFAULT_OUTSIDE_MIGRANTS_PATH.byYear;
    expect(p['2021']).toBe(Math.max(0, Math.round((OUTSIDE_MIGRANTS_LEVEL + xiqingOutsideDeviation(2021)) / 100) * 100));
    expect(p['2023']).toBe(Math.round((OUTSIDE_MIGRANTS_LEVEL + xiqingOutsideDeviation(2023)) / 100) * 100);
    for (const v of Object.values(p)) expect(v).toBeGreaterThanOrEqual(0);
    expect(p['2027']).toBe(OUTSIDE_MIGRANTS_LEVEL);
  });
});

import { describe, expect, it } from 'vitest';
import { CENSUS_AGE0_2020, censusYearSurvivorsAtLevelOne } from '../../../src/model/xiqing/calibration';
import { DEFAULT_LEVERS } from '../../../src/model/xiqing/levers/lever-values';
import { xiqingBase, xiqingIndicators, xiqingTfr2020 } from '../../../src/model/xiqing/model';

const rows = xiqingIndicators(DEFAULT_LEVERS);

describe('calibration of the default (trend) assumptions', () => {
  it('census births (Nov 2019–Oct 2020) belong to the year ending at the census: level × survivors = 6,962', () => {
    expect(xiqingTfr2020() * censusYearSurvivorsAtLevelOne(xiqingBase())).toBeCloseTo(CENSUS_AGE0_2020, 6);
  });

  it('the calibrated 2020 TFR of local women is plausible for Xiqing (0.6–0.9; README estimates ≈ 0.67–0.83)', () => {
    expect(xiqingTfr2020()).toBeGreaterThan(0.6);
    expect(xiqingTfr2020()).toBeLessThan(0.9);
  });

  it('2020 life expectancy is 81.89 and 2025 follows the lever (82.38)', () => {
    expect(rows[0].e0).toBe(81.89);
    expect(rows.find((r) => r.year === 2025)!.e0).toBeCloseTo(82.38, 10);
  });
});

import { describe, expect, it } from 'vitest';
import { buildBase2010 } from '../../../scripts/backtest/base-2010';
import { census2020ByAge } from '../../../scripts/backtest/census-2020';
import {
  calibrateMigrationLevel,
  CENSUS_AGE0_2020,
  censusYearSurvivorsAtLevelOne,
  DECADE_CALIBRATION,
} from '../../../src/model/xiqing/calibration';
import wpp from '../../../src/model/xiqing/data/wpp2024-china.json';
import { runBacktest } from '../../../src/model/xiqing/backtest/backtest';
import { DEFAULT_OUTSIDE_MIGRANTS_PATH, OUTSIDE_MIGRANTS_LEVEL } from '../../../src/model/xiqing/levers/default-paths';
import { DEFAULT_LEVERS } from '../../../src/model/xiqing/levers/lever-values';
import { LEVER_SPECS } from '../../../src/model/xiqing/levers/lever-specs';
import { valueInYear } from '../../../src/model/xiqing/levers/year-path';
import { xiqingBase, xiqingIndicators, xiqingTfr2020 } from '../../../src/model/xiqing/model';
import { FERTILITY_RATIO_TO_2020 } from '../../../src/model/xiqing/rates/post-census-evidence';

const rows = xiqingIndicators(DEFAULT_LEVERS);
const row = (y: number) => rows.find((r) => r.year === y)!;

describe('calibration of the default (recent trend) assumptions', () => {
  it('census births (Nov 2019–Oct 2020) belong to the year ending at the census: level × survivors = 6,962', () => {
    expect(xiqingTfr2020() * censusYearSurvivorsAtLevelOne(xiqingBase())).toBeCloseTo(CENSUS_AGE0_2020, 6);
  });

  it('the calibrated 2020 TFR of local women is plausible for Xiqing (0.6–0.9; README estimates ≈ 0.67–0.83)', () => {
    expect(xiqingTfr2020()).toBeGreaterThan(0.6);
    expect(xiqingTfr2020()).toBeLessThan(0.9);
  });

  it('the TFR defaults are the calibrated 2020 level times WPP 2024 China’s 2025 and 2035 ratios (to 2 decimals)', () => {
    const t = xiqingTfr2020();
    expect(DEFAULT_LEVERS.tfr2025).toBeCloseTo((t * wpp.tfr['2025']) / wpp.tfr['2020'], 2);
    expect(DEFAULT_LEVERS.tfr2035).toBeCloseTo((t * wpp.tfr['2035']) / wpp.tfr['2020'], 2);
  });

  it('2021–2024 fertility follows the evidence: the local TFR falls with China’s 2021–2023 and rises in the 2024 dragon year', () => {
    const local = (y: number) => row(y).tfrFirst + row(y).tfrSecond + row(y).tfrThirdPlus;
    expect(local(2021) / local(2020)).toBeCloseTo(FERTILITY_RATIO_TO_2020[2021], 2);
    expect(local(2023) / local(2020)).toBeCloseTo(FERTILITY_RATIO_TO_2020[2023], 2);
    expect(local(2024)).toBeGreaterThan(local(2023));
    expect(local(2025)).toBeCloseTo(DEFAULT_LEVERS.tfr2025, 2);
  });

  it('life expectancy: 81.89 in 2020, 82.38 in 2025 (the lever), and the 2023 COVID wave below the line', () => {
    expect(row(2020).e0).toBe(81.89);
    expect(row(2025).e0).toBeCloseTo(82.38, 10);
    expect(row(2023).e0).toBeLessThan((row(2022).e0 + row(2024).e0) / 2 - 0.3);
    expect(row(2023).deaths).toBeGreaterThan(row(2022).deaths);
  });

  it('the hukou population at 31 December 2020 is the published register (465.9 k)', () => {
    expect(Math.abs(row(2020).hukouPopulation - 465_900)).toBeLessThan(0.01); // the base JSON rounds to 4 decimals
  });

  it('the normal-year migration level reproduces 2015–2020 resident growth; shipped rounded to the slider step', () => {
    const c = calibrateMigrationLevel(xiqingBase(), xiqingTfr2020());
    expect(Math.abs(OUTSIDE_MIGRANTS_LEVEL - c.outsideMigrants)).toBeLessThanOrEqual(100);
    expect(Math.abs((DEFAULT_LEVERS.centralCityInflow as number) - c.centralCityInflow)).toBeLessThanOrEqual(100);
    expect(valueInYear(DEFAULT_OUTSIDE_MIGRANTS_PATH, 2027)).toBe(OUTSIDE_MIGRANTS_LEVEL);
    expect(valueInYear(DEFAULT_OUTSIDE_MIGRANTS_PATH, 2020)).toBe(OUTSIDE_MIGRANTS_LEVEL);
    expect(DEFAULT_LEVERS.outsideMigrants).toEqual(DEFAULT_OUTSIDE_MIGRANTS_PATH);
    expect(LEVER_SPECS.outsideMigrants.default).toBe(valueInYear(DEFAULT_OUTSIDE_MIGRANTS_PATH, 2025));
  });

  it('the decade constants are the 2010–2020 backtest’s calibration, rounded (ratio to 0.01, settlement rate to 0.001)', () => {
    const r = runBacktest(buildBase2010(), census2020ByAge());
    expect(r.calibrated.centralCityInflow / r.calibrated.outsideMigrants).toBeCloseTo(DECADE_CALIBRATION.centralCityPerOutsideMigrant, 2);
    expect(Math.abs(r.calibrated.pointsSettlementRate - DECADE_CALIBRATION.pointsSettlementRate)).toBeLessThanOrEqual(0.0005);
    expect(DEFAULT_LEVERS.pointsSettlementRate).toBe(DECADE_CALIBRATION.pointsSettlementRate);
  });

  it('Haihe Talent settlements by default match 2016–2020’s 2,600 a year', () => {
    expect((DEFAULT_LEVERS.talentInflow as number) * DEFAULT_LEVERS.talentSettlementRate).toBeCloseTo(13_000 / 5, 6);
  });
});

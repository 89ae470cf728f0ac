import { describe, expect, it } from 'vitest';
import { calibrateMigration, CENSUS_AGE0_2020, HUKOU_GROWTH_PER_YEAR_2015_2020, RESIDENT_GROWTH_PER_YEAR_2015_2020 } from '../../../src/model/xiqing/calibration';
import wpp from '../../../src/model/xiqing/data/wpp2024-china.json';
import { DEFAULT_LEVERS } from '../../../src/model/xiqing/levers/lever-values';
import { xiqingBase, xiqingIndicators, xiqingTfr2020 } from '../../../src/model/xiqing/model';

const rows = xiqingIndicators(DEFAULT_LEVERS);

describe('calibration of the default (trend) assumptions', () => {
  it('2020 births, students excluded, equal the census age-0 count of 6,962', () => {
    expect(rows[0].births).toBeCloseTo(CENSUS_AGE0_2020, 6);
  });

  it('the calibrated 2020 TFR of local women is plausible for Xiqing (0.6–0.9; README estimates ≈ 0.67–0.83)', () => {
    expect(xiqingTfr2020()).toBeGreaterThan(0.6);
    expect(xiqingTfr2020()).toBeLessThan(0.9);
  });

  it('the TFR defaults follow WPP 2024 China’s decline from the calibrated 2020 level (to 2 decimals)', () => {
    const t = xiqingTfr2020();
    expect(DEFAULT_LEVERS.tfr2025).toBeCloseTo((t * wpp.tfr['2025']) / wpp.tfr['2020'], 2);
    expect(DEFAULT_LEVERS.tfr2035).toBeCloseTo((t * wpp.tfr['2035']) / wpp.tfr['2020'], 2);
  });

  it('2020 life expectancy is 81.89 and 2025 follows the lever (82.38)', () => {
    expect(rows[0].e0).toBe(81.89);
    expect(rows.find((r) => r.year === 2025)!.e0).toBeCloseTo(82.38, 10);
  });

  it('the first projected year grows residents and hukou population at the 2015–2020 pace (±1%)', () => {
    const dRes = rows[1].residents - rows[0].residents;
    const dHukou = rows[1].hukouPopulation - rows[0].hukouPopulation;
    expect(Math.abs(dRes / RESIDENT_GROWTH_PER_YEAR_2015_2020 - 1)).toBeLessThan(0.01);
    expect(Math.abs(dHukou / HUKOU_GROWTH_PER_YEAR_2015_2020 - 1)).toBeLessThan(0.01);
  });

  it('the shipped migration defaults are the calibration’s answers rounded to their slider steps', () => {
    const c = calibrateMigration(xiqingBase(), xiqingTfr2020());
    expect(Math.abs(DEFAULT_LEVERS.outsideMigrants - c.outsideMigrants)).toBeLessThanOrEqual(100);
    expect(Math.abs(DEFAULT_LEVERS.centralCityInflow - c.centralCityInflow)).toBeLessThanOrEqual(100);
    expect(Math.abs(DEFAULT_LEVERS.pointsSettlementRate - c.pointsSettlementRate)).toBeLessThanOrEqual(0.001);
  });

  it('Haihe Talent settlements by default match 2016–2020’s 2,600 a year', () => {
    expect(DEFAULT_LEVERS.talentInflow * DEFAULT_LEVERS.talentSettlementRate).toBeCloseTo(13_000 / 5, 6);
  });
});

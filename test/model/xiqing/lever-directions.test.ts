/** Each lever moves the outputs in the direction a demographer expects. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEVERS, type LeverValues } from '../../../src/model/xiqing/levers/lever-values';
import { xiqingIndicators } from '../../../src/model/xiqing/model';
import type { IndicatorRow } from '../../../src/model/xiqing/scenario/indicators';

const in2025 = (changes: Partial<LeverValues>): IndicatorRow => xiqingIndicators({ ...DEFAULT_LEVERS, ...changes }).find((r) => r.year === 2025)!;
const trend = in2025({});

describe('lever directions (2025, against the trend defaults)', () => {
  it.each([
    ['centralCityInflow', 20000],
    ['outsideMigrants', 40000],
    ['talentInflow', 10000],
    ['southStationPopulation', 150000],
  ] as const)('more %s → more residents', (lever, value) => {
    expect(in2025({ [lever]: value }).residents).toBeGreaterThan(trend.residents);
  });

  it('a higher out-migration rate → fewer residents', () => {
    expect(in2025({ outflowRate: 0.06 }).residents).toBeLessThan(trend.residents);
  });

  it.each([
    ['tfr2025', 1.2],
    ['secondBirthUplift', 0.5],
    ['thirdBirthUplift', 2],
    ['migrantFertilityRatio', 1.4],
  ] as const)('higher %s → more births', (lever, value) => {
    const r = in2025({ [lever]: value });
    expect(r.births).toBeGreaterThan(trend.births);
    expect(r.tfr).toBeGreaterThan(trend.tfr);
  });

  // Settlement changes status, not residence: residents are identical in the period it happens (the
  // census → 31 December 2020 step, whose outflows act on the census stock). Later, settled residents
  // leave at the local (lower) out-migration rate, so residents drift up slightly — by design
  // (docs/calibration.md, "Outflows"); the drift is bounded here.
  const sameResidents = (changes: Partial<LeverValues>): void => {
    const [base2020] = xiqingIndicators(DEFAULT_LEVERS);
    const [r2020] = xiqingIndicators({ ...DEFAULT_LEVERS, ...changes });
    expect(r2020.residents).toBeCloseTo(base2020.residents, 6);
    expect(Math.abs(in2025(changes).residents / trend.residents - 1)).toBeLessThan(0.005);
  };

  it('a higher settlement rate → more hukou population and the same residents', () => {
    const r = in2025({ pointsSettlementRate: 0.05 });
    expect(r.hukouPopulation).toBeGreaterThan(trend.hukouPopulation);
    expect(r.settlements).toBeGreaterThan(trend.settlements);
    sameResidents({ pointsSettlementRate: 0.05 });
  });

  it('a larger hukou share of central-city movers or of talent → more hukou population, same residents', () => {
    for (const change of [{ centralCityHukouShare: 0.6 }, { talentSettlementRate: 1 }]) {
      expect(in2025(change).hukouPopulation).toBeGreaterThan(trend.hukouPopulation);
      sameResidents(change);
    }
  });

  it('higher life expectancy → fewer deaths and more people aged 80+', () => {
    const r = in2025({ e02025: 84 });
    expect(r.deaths).toBeLessThan(trend.deaths);
    expect(r.age80plus).toBeGreaterThan(trend.age80plus);
    expect(r.e0).toBeCloseTo(84, 10);
  });

  it('a larger family share of migrants → more children under 15', () => {
    expect(in2025({ familyShare: 0.9 }).age0to14).toBeGreaterThan(trend.age0to14);
  });

  it('a childbearing-age shift moves births but keeps the TFR (it changes timing, not quantum)', () => {
    const r = in2025({ childbearingAgeShift: 4 });
    expect(r.tfr).toBeCloseTo(trend.tfr, 10);
    expect(Math.abs(r.births - trend.births)).toBeGreaterThan(10);
  });

  it('a higher sex ratio at birth → more boys among the under-3s (sex ratio rises)', () => {
    expect(in2025({ srb: 1.14 }).sexRatio).toBeGreaterThan(trend.sexRatio);
  });

  it('the end-year lever sets the horizon', () => {
    expect(xiqingIndicators({ ...DEFAULT_LEVERS, endYear: 2050 }).at(-1)!.year).toBe(2050);
    expect(xiqingIndicators({ ...DEFAULT_LEVERS, endYear: 2025 }).length).toBe(6);
  });
});

/** Goal seek finds a known answer, handles whole-number levers and reports unreachable targets. */
import { describe, expect, it } from 'vitest';
import { goalSeek } from '../../../src/model/solve/goal-seek';
import { INDICATORS, indicatorTolerance, runIndicatorValue, type IndicatorId } from '../../../src/model/indicators';
import { DEFAULT_NORMS } from '../../../src/model/service-demand/norm-specs';
import { LEVER_SPECS } from '../../../src/model/xiqing/levers/lever-specs';
import { DEFAULT_LEVERS } from '../../../src/model/xiqing/levers/lever-values';
import { runXiqing } from '../../../src/model/xiqing/model';

const at = (levers: typeof DEFAULT_LEVERS, indicator: IndicatorId, year: number): number =>
  runIndicatorValue(runXiqing(levers), DEFAULT_NORMS, year - 2020, indicator);

describe('goal seek', () => {
  it('finds back a known central-city inflow from the residents it gives in 2025', () => {
    const known = 17_250;
    const target = at({ ...DEFAULT_LEVERS, centralCityInflow: known }, 'residents', 2025);
    const r = goalSeek({ levers: DEFAULT_LEVERS, lever: 'centralCityInflow', indicator: 'residents', target, year: 2025 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // Each stopping rule of the method, checked on its own: half a person, and a hundredth of the lever's step.
    expect(Math.abs(r.achieved - target)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(r.value - known)).toBeLessThanOrEqual(LEVER_SPECS.centralCityInflow.step / 100);
    // What it reports achieving is what the model gives at that value.
    expect(at({ ...DEFAULT_LEVERS, centralCityInflow: r.value }, 'residents', 2025)).toBe(r.achieved);
    expect(r.levers.centralCityInflow).toBe(r.value);
    expect(r.iterations).toBeLessThan(40);
  });

  it('finds a service indicator (care beds in 2030) via outside migrants', () => {
    const known = 41_000;
    const target = at({ ...DEFAULT_LEVERS, outsideMigrants: known }, 'careBeds', 2030);
    const r = goalSeek({ levers: DEFAULT_LEVERS, lever: 'outsideMigrants', indicator: 'careBeds', target, year: 2030 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Math.abs(r.achieved - target)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(r.value - known)).toBeLessThanOrEqual(LEVER_SPECS.outsideMigrants.step / 100);
    expect(at({ ...DEFAULT_LEVERS, outsideMigrants: r.value }, 'careBeds', 2030)).toBe(r.achieved);
  });

  it('solves a share to 1e-6 (60+ share in 2030 via talent)', () => {
    const target = at({ ...DEFAULT_LEVERS, talentInflow: 9_000 }, 'age60plusShare', 2030);
    const r = goalSeek({ levers: DEFAULT_LEVERS, lever: 'talentInflow', indicator: 'age60plusShare', target, year: 2030 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Math.abs(r.achieved - target)).toBeLessThanOrEqual(1e-6);
    expect(Math.abs(r.value - 9_000)).toBeLessThanOrEqual(LEVER_SPECS.talentInflow.step / 100);
    expect(at({ ...DEFAULT_LEVERS, talentInflow: r.value }, 'age60plusShare', 2030)).toBe(r.achieved);
  });

  it('returns a whole number for a year lever (South Station completion year)', () => {
    const levers = { ...DEFAULT_LEVERS, southStationPopulation: 150_000 };
    const target = at({ ...levers, southStationCompletionYear: 2031 }, 'residents', 2028);
    const r = goalSeek({ levers, lever: 'southStationCompletionYear', indicator: 'residents', target, year: 2028 });
    expect(r.ok).toBe(true);
    expect(r.ok && r.value).toBe(2031);
  });

  it('reports an unreachable target with the values at both ends of the range', () => {
    const r = goalSeek({ levers: DEFAULT_LEVERS, lever: 'centralCityInflow', indicator: 'residents', target: 3_000_000, year: 2025 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.range).toEqual({ min: 0, max: 60_000 });
    expect(r.valuesAtEnds?.min).toBeCloseTo(at({ ...DEFAULT_LEVERS, centralCityInflow: 0 }, 'residents', 2025), 6);
    expect(r.valuesAtEnds?.max).toBeCloseTo(at({ ...DEFAULT_LEVERS, centralCityInflow: 60_000 }, 'residents', 2025), 6);
    expect(r.valuesAtEnds!.max).toBeLessThan(3_000_000);
    expect(r.reason).toMatch(/no value of centralCityInflow/);
  });

  it('a lever that does not move the indicator cannot reach another value', () => {
    const r = goalSeek({ levers: DEFAULT_LEVERS, lever: 'e02035', indicator: 'residents', target: 1_400_000, year: 2020 });
    expect(r.ok).toBe(false);
  });

  it('rejects bad requests without throwing', () => {
    const base = { levers: DEFAULT_LEVERS, target: 1, year: 2025 };
    expect(goalSeek({ ...base, lever: 'nope', indicator: 'residents' })).toMatchObject({ ok: false, reason: expect.stringMatching(/unknown lever/) });
    expect(goalSeek({ ...base, lever: 'endYear', indicator: 'residents' })).toMatchObject({ ok: false });
    expect(goalSeek({ ...base, lever: 'talentInflow', indicator: 'nope' })).toMatchObject({ ok: false, reason: expect.stringMatching(/unknown indicator "nope"; known: residents/) });
    expect(goalSeek({ ...base, lever: 'talentInflow', indicator: 'year' })).toMatchObject({ ok: false });
    expect(goalSeek({ ...base, lever: 'talentInflow', indicator: 'residents', year: 2040 })).toMatchObject({ ok: false, reason: expect.stringMatching(/end year 2035/) });
    expect(goalSeek({ ...base, lever: 'talentInflow', indicator: 'residents', target: NaN })).toMatchObject({ ok: false });
  });

  it('takes the tolerance from the indicator registry: half a unit for counts, 1e-6 otherwise', () => {
    expect(INDICATORS.residents.kind).toBe('count');
    expect(INDICATORS.age16to59.kind).toBe('count');
    expect(INDICATORS.age60plusShare.kind).toBe('share');
    expect(INDICATORS.e0.kind).toBe('years');
    expect(INDICATORS.careBeds.kind).toBe('count');
    expect(INDICATORS.urbanisation.kind).toBe('share');
    expect(indicatorTolerance('residents')).toBe(0.5);
    expect(indicatorTolerance('careBeds')).toBe(0.5);
    expect(indicatorTolerance('meanSchoolingYears16to59')).toBe(1e-6);
    expect(indicatorTolerance('oldAgeDependency')).toBe(1e-6);
  });

  it('refuses an indicator no lever moves', () => {
    const r = goalSeek({ levers: DEFAULT_LEVERS, lever: 'talentInflow', indicator: 'students', target: 1, year: 2025 });
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/students cannot be solved for/) });
  });
});

/** Norm specs have the lever-spec shape, sound ranges and the documented defaults and grades. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_NORMS, NORM_IDS, NORM_SPECS } from '../../../src/model/service-demand/norm-specs';
import { resolveValues, valueOverrides } from '../../../src/model/scenario-values';
import { checkNormValue } from '../../../src/model/service-demand/norm-values';
import { DEFAULT_LEVERS } from '../../../src/model/xiqing/levers/lever-values';
import type { NormSpec } from '../../../src/model/service-demand/norm-specs';

describe('norm specs', () => {
  it('one spec per id, in the services chapter, with the LeverSpec fields', () => {
    expect(Object.keys(NORM_SPECS).sort()).toEqual([...NORM_IDS].sort());
    const keys: (keyof NormSpec)[] = ['id', 'chapter', 'label', 'explanation', 'unit', 'format', 'decimals', 'min', 'max', 'step', 'default', 'source', 'drives', 'appliesTo'];
    for (const id of NORM_IDS) {
      const s = NORM_SPECS[id];
      expect(Object.keys(s).sort()).toEqual([...keys].sort());
      expect(s.id).toBe(id);
      expect(s.chapter).toBe('services');
      for (const text of [s.label, s.explanation, s.unit, s.source.text]) {
        expect(text.zh.length).toBeGreaterThan(0);
        expect(text.en.length).toBeGreaterThan(0);
      }
      expect(['A', 'B', 'C', 'D', 'U']).toContain(s.source.grade);
      expect(s.min).toBeLessThan(s.max);
      expect(s.default).toBeGreaterThanOrEqual(s.min);
      expect(s.default).toBeLessThanOrEqual(s.max);
      expect(s.step).toBeGreaterThan(0);
      expect(s.drives.length).toBeGreaterThan(0);
      expect(checkNormValue(id, s.default)).toBeUndefined();
    }
  });

  it.each([
    ['childcarePlacesPer1000', 4.5, 'A'],
    ['childcareDemandRate', 0.3, 'B'],
    ['preschoolEnrolment', 0.93, 'A'],
    ['preschoolEnrolment2020', 0.85, 'A'],
    ['kindergartenClassSizeAge3', 25, 'A'],
    ['kindergartenClassSizeAge4', 30, 'A'],
    ['kindergartenClassSizeAge5', 35, 'A'],
    ['maxChildrenPerKindergarten', 360, 'A'],
    ['primaryClassSize', 45, 'U'],
    ['juniorClassSize', 50, 'U'],
    ['careDependentShare60plus', 0.0234, 'B'],
    ['disabledShare60plus', 0.183, 'B'],
    ['dementiaShare60plus', 0.06, 'B'],
    ['careBedsPer1000Elderly', 40, 'B'],
    ['nursingBedShare', 0.55, 'A'],
    ['healthManagementRate', 0.8, 'A'],
  ] as const)('%s defaults to %s (grade %s)', (id, value, grade) => {
    expect(NORM_SPECS[id].default).toBe(value);
    expect(NORM_SPECS[id].source.grade).toBe(grade);
  });

  it('every norm states its population; rates on people name an age group of residents', () => {
    // Norms whose value is multiplied by (or divides) a count of residents must say which residents.
    const onResidents = [
      'childcarePlacesPer1000', 'childcareDemandRate', 'preschoolEnrolment', 'preschoolEnrolment2020', 'primaryClassSize',
      'juniorClassSize', 'careDependentShare60plus', 'disabledShare60plus', 'dementiaShare60plus', 'careBedsPer1000Elderly',
      'elderlyPerDayCareCentre', 'mealServiceRate', 'healthManagementRate',
    ];
    for (const id of NORM_IDS) {
      const base = NORM_SPECS[id].appliesTo;
      if (onResidents.includes(id)) expect(base.kind, id).toBe('ageGroup');
      if (base.kind === 'other') expect(base.what.zh.length * base.what.en.length, id).toBeGreaterThan(0);
      else expect(base.fromAge, id).toBeLessThanOrEqual(base.toAge);
    }
    const elderly = NORM_SPECS.careBedsPer1000Elderly.appliesTo;
    expect(elderly).toEqual({ kind: 'ageGroup', status: 'resident', fromAge: 60, toAge: 100 });
    expect(NORM_SPECS.healthManagementRate.appliesTo).toMatchObject({ fromAge: 65, status: 'resident' });
  });

  it('assumptions are graded U and say so', () => {
    for (const id of NORM_IDS) {
      const s = NORM_SPECS[id];
      if (s.source.grade === 'U') expect(s.source.text.en).toMatch(/^Assumption/);
    }
  });

  it('the 2020 childcare supply is the national 2.03 per 1,000 × 1,195,124 residents, rounded to the step', () => {
    expect(Math.abs(DEFAULT_NORMS.childcareSupply2020 - (2.03 * 1_195_124) / 1000)).toBeLessThanOrEqual(NORM_SPECS.childcareSupply2020.step);
  });
});

describe('norm values', () => {
  it('resolves overrides onto the defaults and reports bad ones by name', () => {
    const ok = resolveValues({ careBedsPer1000Elderly: 35 });
    expect(ok.ok && ok.values.norms.careBedsPer1000Elderly).toBe(35);
    const bad = resolveValues({ careBedsPer1000Elderly: 500, primaryClassSize: 40.5, nope: 1, nursingBedShare: 'x' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors).toHaveLength(4);
      for (const id of ['careBedsPer1000Elderly', 'nope', 'nursingBedShare', 'primaryClassSize']) {
        expect(bad.errors.some((e) => e.includes(`"${id}"`) || e.includes(` ${id} `)), id).toBe(true);
      }
    }
  });
  it('lists only the values that differ from the defaults', () => {
    expect(valueOverrides({ levers: DEFAULT_LEVERS, norms: DEFAULT_NORMS })).toEqual({});
    expect(valueOverrides({ levers: DEFAULT_LEVERS, norms: { ...DEFAULT_NORMS, mealServiceRate: 0.1 } })).toEqual({ mealServiceRate: 0.1 });
  });
});

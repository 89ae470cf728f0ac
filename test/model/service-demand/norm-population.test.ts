/** Each norm is applied to the population its spec names, and the demand computation reads that field. */
import { describe, expect, it } from 'vitest';
import { serviceDemand } from '../../../src/model/service-demand/demand';
import { describeNormBase, personsIn, populationWithStatus, type AgeGroupBase } from '../../../src/model/service-demand/norm-population';
import { DEFAULT_NORMS, NORM_SPECS } from '../../../src/model/service-demand/norm-specs';
import type { NormBase } from '../../../src/model/service-demand/norms/norm-spec-common';
import { syntheticRun } from './synthetic-run';

// 1,000 Xiqing-hukou residents aged 70 and 600 with hukou elsewhere in Tianjin; 40 students aged 20
// with Xiqing hukou and 15 from outside Tianjin.
const run = syntheticRun(
  [[{ state: 0, sex: 0, age: 70, persons: 1000 }, { state: 1, sex: 1, age: 70, persons: 600 }, { state: 2, sex: 0, age: 30, persons: 5000 }]],
  { students: [{ state: 0, sex: 1, age: 20, persons: 40 }, { state: 2, sex: 0, age: 20, persons: 15 }] },
);
const elderly: AgeGroupBase = { kind: 'ageGroup', status: 'resident', fromAge: 60, toAge: 100 };

describe('populations of norms', () => {
  it('residents count every state and every student; Xiqing-hukou residents the local state and its students', () => {
    const residents = populationWithStatus(run, 0, 'resident');
    const hukou = populationWithStatus(run, 0, 'xiqingHukou');
    expect(personsIn(residents, elderly)).toBe(1600);
    expect(personsIn(hukou, elderly)).toBe(1000);
    const young: AgeGroupBase = { kind: 'ageGroup', status: 'resident', fromAge: 20, toAge: 20 };
    expect(personsIn(residents, young)).toBe(55);
    expect(personsIn(hukou, young)).toBe(40);
  });

  it('care beds follow the population named in the spec: 1,600 residents 60+ × 40 / 1,000 = 64, or 1,000 hukou residents → 40', () => {
    expect(serviceDemand(run, DEFAULT_NORMS, 0).careBeds).toBeCloseTo(64, 10);
    const spec = NORM_SPECS.careBedsPer1000Elderly as { appliesTo: NormBase };
    const original = spec.appliesTo;
    try {
      spec.appliesTo = { ...elderly, status: 'xiqingHukou' };
      expect(serviceDemand(run, DEFAULT_NORMS, 0).careBeds).toBeCloseTo(40, 10);
    } finally {
      spec.appliesTo = original;
    }
  });

  it('health management applies to 65+: a spec saying 60+ would count more people', () => {
    expect(serviceDemand(run, DEFAULT_NORMS, 0).healthManagedElderly).toBeCloseTo(1600 * 0.8, 10);
    const spec = NORM_SPECS.healthManagementRate as { appliesTo: NormBase };
    const original = spec.appliesTo;
    try {
      spec.appliesTo = { ...elderly, fromAge: 75 };
      expect(serviceDemand(run, DEFAULT_NORMS, 0).healthManagedElderly).toBe(0);
    } finally {
      spec.appliesTo = original;
    }
  });

  it('describes each population in both languages', () => {
    expect(describeNormBase(NORM_SPECS.careBedsPer1000Elderly.appliesTo)).toEqual({ zh: '常住人口（60岁及以上）', en: 'residents, 60+' });
    expect(describeNormBase(NORM_SPECS.childcareDemandRate.appliesTo)).toEqual({ zh: '常住人口（0—2岁）', en: 'residents, 0–2' });
    expect(describeNormBase(NORM_SPECS.childcarePlacesPer1000.appliesTo)).toEqual({ zh: '常住人口（全部）', en: 'residents, all ages' });
    expect(describeNormBase({ ...elderly, status: 'xiqingHukou' }).en).toBe('Xiqing-hukou residents, 60+');
    expect(describeNormBase(NORM_SPECS.nursingBedShare.appliesTo).en).toBe('elderly-care beds needed');
  });
});

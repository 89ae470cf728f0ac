/**
 * Service demand arithmetic, checked against hand-computed cases: a small synthetic population whose
 * every number can be worked out on paper, and the real default run recomputed from populationByAge.
 */
import { describe, expect, it } from 'vitest';
import { serviceDemand, serviceRows, wholeUnits } from '../../../src/model/service-demand/demand';
import { DEFAULT_NORMS, type NormValues } from '../../../src/model/service-demand/norm-specs';
import { prevalenceByAge } from '../../../src/model/service-demand/prevalence';
import { SERVICE_FIELDS } from '../../../src/model/indicators';
import { URBANISATION_2020 } from '../../../src/model/service-demand/urbanisation';
import { DEFAULT_LEVERS } from '../../../src/model/xiqing/levers/lever-values';
import { runXiqing } from '../../../src/model/xiqing/model';
import { populationByAge } from '../../../src/model/xiqing/scenario/indicators';
import { syntheticRun, type Cell } from './synthetic-run';

/** 10,000 residents (12,000 in 2021), with round numbers at the ages the norms look at. */
function cells(filler: number): Cell[] {
  const c: Cell[] = [];
  for (const age of [0, 1, 2]) c.push({ state: 0, sex: 1, age, persons: 100 });
  c.push({ state: 0, sex: 0, age: 3, persons: 100 }, { state: 0, sex: 0, age: 4, persons: 61 }, { state: 0, sex: 0, age: 5, persons: 35 });
  for (let age = 6; age <= 11; age++) c.push({ state: 0, sex: 0, age, persons: 10 }, { state: 2, sex: 0, age, persons: 5 });
  for (let age = 12; age <= 14; age++) c.push({ state: 0, sex: 1, age, persons: 10 }, { state: 1, sex: 1, age, persons: 7 });
  c.push(
    { state: 0, sex: 1, age: 60, persons: 1000 },
    { state: 1, sex: 0, age: 70, persons: 500 },
    { state: 0, sex: 1, age: 85, persons: 200 },
    { state: 2, sex: 1, age: 100, persons: 10 },
  );
  c.push({ state: 0, sex: 0, age: 40, persons: filler });
  return c;
}
// 300 under-3s + 196 aged 3–5 + 90 aged 6–11 + 51 aged 12–14 + 1,710 aged 60+ = 2,347; the filler makes 10,000.
const run = syntheticRun([cells(7653), cells(9653)]);
const norms: NormValues = { ...DEFAULT_NORMS, childcareSupply2020: 20, childcarePlacesAddedPerYear: 10, preschoolPlacesAddedPerYear: 5 };
const r0 = serviceDemand(run, norms, 0);
const r1 = serviceDemand(run, norms, 1);

describe('childcare', () => {
  it('places by the per-1,000 norm: 10,000 residents × 4.5 / 1,000 = 45', () => expect(r0.childcarePlacesByNorm).toBeCloseTo(45, 10));
  it('places by demand: 300 under-3s × 30% = 90', () => {
    expect(r0.under3).toBe(300);
    expect(r0.childcarePlacesByDemand).toBeCloseTo(90, 10);
  });
  it('supply, supply per 1,000 and gaps', () => {
    expect(r0.childcareSupply).toBe(20);
    expect(r0.childcareSupplyPer1000).toBeCloseTo(2, 12);
    expect(r0.childcareGap).toBeCloseTo(25, 10);
    expect(r0.childcareGapByDemand).toBeCloseTo(70, 10);
  });
  it('a year later: 10 places added, 12,000 residents → 30 places, 2.5 per 1,000, norm 54', () => {
    expect(r1.childcareSupply).toBe(30);
    expect(r1.childcareSupplyPer1000).toBeCloseTo(2.5, 12);
    expect(r1.childcarePlacesByNorm).toBeCloseTo(54, 10);
  });
  it('no negative gap when supply exceeds need', () => {
    const big = serviceDemand(run, { ...norms, childcareSupply2020: 1000 }, 0);
    expect(big.childcareGap).toBe(0);
    expect(big.childcareGapByDemand).toBe(0);
  });
});

describe('preschool', () => {
  it('places: 196 children aged 3–5 × 93% = 182.28', () => {
    expect(r0.age3to5).toBe(196);
    expect(r0.preschoolPlaces).toBeCloseTo(182.28, 10);
  });
  it('classes per band: ⌈93/25⌉ + ⌈56.73/30⌉ + ⌈32.55/35⌉ = 4 + 2 + 1 = 7', () => expect(r0.preschoolClasses).toBe(7));
  it('kindergartens: ⌈182.28 / 360⌉ = 1; with 150 per kindergarten 2', () => {
    expect(r0.kindergartens).toBe(1);
    expect(serviceDemand(run, { ...norms, maxChildrenPerKindergarten: 150 }, 0).kindergartens).toBe(2);
  });
  it('supply: 85% × 196 = 166.6 places, gap 15.68, attainable enrolment 85%', () => {
    expect(r0.preschoolSupply).toBeCloseTo(166.6, 10);
    expect(r0.preschoolGap).toBeCloseTo(15.68, 10);
    expect(r0.preschoolAttainableEnrolment).toBeCloseTo(0.85, 12);
  });
  it('a year later the 2020 places stay and 5 are added: 171.6', () => expect(r1.preschoolSupply).toBeCloseTo(171.6, 10));
  it('smaller classes need more: 20/20/20 → ⌈4.65⌉ + ⌈2.8365⌉ + ⌈1.6275⌉ = 5 + 3 + 2 = 10', () => {
    const small = { ...norms, kindergartenClassSizeAge3: 20, kindergartenClassSizeAge4: 20, kindergartenClassSizeAge5: 20 };
    expect(serviceDemand(run, small, 0).preschoolClasses).toBe(10);
  });
});

describe('compulsory education', () => {
  it('primary: 90 pupils, ⌈90/45⌉ = 2 classes exactly (no extra class from rounding)', () => {
    expect(r0.age6to11).toBe(90);
    expect(r0.primaryPlaces).toBe(90);
    expect(r0.primaryClasses).toBe(2);
  });
  it('junior: 51 pupils, ⌈51/50⌉ = 2 classes', () => {
    expect(r0.juniorPlaces).toBe(51);
    expect(r0.juniorClasses).toBe(2);
  });
  it('non-local pupils: (30 outside + 21 tianjin) / 141', () => expect(r0.nonLocalPupilShare).toBeCloseTo(51 / 141, 12));
});

describe('elderly', () => {
  it('age groups: 60+ 1,710, 65+ 710, 80+ 210', () => {
    expect([r0.age60plus, r0.age65plus, r0.age80plus]).toEqual([1710, 710, 210]);
  });
  it('beds: 1,710 × 40 / 1,000 = 68.4, nursing 55% = 37.62', () => {
    expect(r0.careBeds).toBeCloseTo(68.4, 10);
    expect(r0.nursingBeds).toBeCloseTo(37.62, 10);
  });
  it('day-care centres ⌈1,710 / 5,000⌉ = 1; at 500 per centre ⌈3.42⌉ = 4', () => {
    expect(r0.dayCareCentres).toBe(1);
    expect(serviceDemand(run, { ...norms, elderlyPerDayCareCentre: 500 }, 0).dayCareCentres).toBe(4);
  });
  it('meal service 1,710 × 5% = 85.5; health management 710 × 80% = 568; doctors ⌈568/600⌉ = 1, at 100 each 6', () => {
    expect(r0.mealServiceUsers).toBeCloseTo(85.5, 10);
    expect(r0.healthManagedElderly).toBeCloseTo(568, 10);
    expect(r0.familyDoctors).toBe(1);
    expect(serviceDemand(run, { ...norms, elderlyPerFamilyDoctor: 100 }, 0).familyDoctors).toBe(6);
  });
  it('care-dependent, broad disability and dementia: Σ prevalence(age) × persons over the four elderly cells', () => {
    const cases = (p: Float64Array): number => p[60] * 1000 + p[70] * 500 + p[85] * 200 + p[100] * 10;
    expect(r0.careDependentElderly).toBeCloseTo(cases(prevalenceByAge(0.0234, 10)), 9);
    expect(r0.disabledElderly).toBeCloseTo(cases(prevalenceByAge(0.183, 10)), 9);
    expect(r0.dementiaElderly).toBeCloseTo(cases(prevalenceByAge(0.06, 6)), 9);
  });
  it('the care-need group is the census "unable to care for self" (2.34%), about an eighth of the broad 18.3% group', () => {
    expect(r0.careDependentElderly / r0.disabledElderly).toBeCloseTo(0.0234 / 0.183, 1);
    expect(r0.careDependentElderly).toBeLessThan(r0.disabledElderly);
  });
  it('no service field adds the disability and dementia groups into one demand', () => {
    const sum = r0.careDependentElderly + r0.dementiaElderly;
    const sumBroad = r0.disabledElderly + r0.dementiaElderly;
    for (const f of SERVICE_FIELDS) {
      const v = r0[f.id];
      expect(Math.abs(v - sum) > 1e-6 && Math.abs(v - sumBroad) > 1e-6, f.id).toBe(true);
    }
  });
});

describe('urbanisation', () => {
  it('2020: 94.76% of residents, rural = 5.24% × 10,000 = 524', () => {
    expect(r0.urbanisation).toBeCloseTo(URBANISATION_2020, 12);
    expect(r0.ruralResidents).toBeCloseTo(524, 9);
    expect(r0.urbanResidents).toBeCloseTo(9476, 9);
  });
  it('2021: rural 524 × (1 − 3%) = 508.28 of 12,000; all growth is urban', () => {
    expect(r1.ruralResidents).toBeCloseTo(508.28, 9);
    expect(r1.urbanisation).toBeCloseTo(1 - 508.28 / 12000, 12);
  });
  it('the rural population never exceeds the residents', () => {
    const shrinking = syntheticRun([cells(7653), [{ state: 0, sex: 0, age: 40, persons: 100 }], [{ state: 0, sex: 0, age: 40, persons: 100 }]]);
    const r = serviceDemand(shrinking, { ...norms, ruralChangeRate: 0.05 }, 2);
    expect(r.ruralResidents).toBeCloseTo(100, 9);
    expect(r.urbanisation).toBe(0);
  });
});

describe('real run, recomputed by hand from populationByAge', () => {
  const real = runXiqing(DEFAULT_LEVERS);
  const rows = serviceRows(real, DEFAULT_NORMS);
  const t = 5; // 2025
  const p = populationByAge(real, t);
  const sum = (from: number, to: number): number => {
    let s = 0;
    for (let x = from; x <= to; x++) s += p.male[x] + p.female[x];
    return s;
  };
  const residents = sum(0, 100);
  const r = rows[t];

  it('one row per year, 2020..endYear', () => expect(rows.map((x) => x.year)).toEqual(real.years));
  it('2025 childcare, preschool, beds, health management', () => {
    expect(r.year).toBe(2025);
    expect(r.childcarePlacesByNorm).toBeCloseTo((residents * 4.5) / 1000, 6);
    expect(r.childcarePlacesByDemand).toBeCloseTo(sum(0, 2) * 0.3, 6);
    expect(r.preschoolPlaces).toBeCloseTo(sum(3, 5) * 0.93, 6);
    expect(r.careBeds).toBeCloseTo((sum(60, 100) * 40) / 1000, 6);
    expect(r.nursingBeds).toBeCloseTo(((sum(60, 100) * 40) / 1000) * 0.55, 6);
    expect(r.healthManagedElderly).toBeCloseTo(sum(65, 100) * 0.8, 6);
    expect(r.familyDoctors).toBe(Math.ceil((sum(65, 100) * 0.8) / 600));
    expect(r.primaryClasses).toBe(Math.ceil(sum(6, 11) / 45));
    expect(r.juniorClasses).toBe(Math.ceil(sum(12, 14) / 50));
  });
  it('every field of the row type has an indicator spec, and vice versa', () => {
    expect(new Set(SERVICE_FIELDS.map((f) => f.id))).toEqual(new Set(Object.keys(r).filter((k) => k !== 'year')));
  });
  it('2020 urbanisation is the bulletin’s 94.76%', () => expect(rows[0].urbanisation).toBeCloseTo(0.9476, 12));
});

describe('wholeUnits', () => {
  it('rounds up but ignores floating-point noise', () => {
    expect(wholeUnits(2)).toBe(2);
    expect(wholeUnits(2 + 1e-12)).toBe(2);
    expect(wholeUnits(2.001)).toBe(3);
    expect(wholeUnits(0)).toBe(0);
  });
  it('throws for a year index outside the run', () => expect(() => serviceDemand(run, norms, 2)).toThrow(RangeError));
});

describe('front door from lever values', () => {
  it('xiqingServiceRows and xiqingPlanTargets equal the run-based functions', async () => {
    const { xiqingServiceRows, xiqingPlanTargets } = await import('../../../src/model/service-demand/xiqing-services');
    const { planTargetChecklist } = await import('../../../src/model/service-demand/plan-targets');
    const real = runXiqing(DEFAULT_LEVERS);
    expect(xiqingServiceRows(DEFAULT_LEVERS)).toEqual(serviceRows(real, DEFAULT_NORMS));
    expect(xiqingPlanTargets(DEFAULT_LEVERS)).toEqual(planTargetChecklist(real, DEFAULT_NORMS, 2025));
  });
});

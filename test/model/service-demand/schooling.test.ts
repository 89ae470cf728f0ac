/**
 * Schooling as a cohort attribute: the 2020 calibration (12.31 years, 42.6% college for ages 16–59),
 * the gradient's documented shape, and the cohort bookkeeping on a hand-made population.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_NORMS } from '../../../src/model/service-demand/norm-specs';
import {
  COLLEGE_ODDS_SLOPE,
  computeSchoolingPath,
  GRADIENT_PIVOT_AGE,
  NON_COLLEGE_SLOPE,
  SCHOOLING_2020,
  schoolingPath,
} from '../../../src/model/service-demand/schooling';
import { DEFAULT_LEVERS } from '../../../src/model/xiqing/levers/lever-values';
import { runXiqing } from '../../../src/model/xiqing/model';
import { TALENT_PROFILE } from '../../../src/model/xiqing/rates/migration-profiles';
import { syntheticRun } from './synthetic-run';

const logit = (p: number): number => Math.log(p / (1 - p));

describe('2020 calibration on the real base', () => {
  const run = runXiqing(DEFAULT_LEVERS);
  const path = schoolingPath(run, DEFAULT_NORMS);
  it('reproduces 12.31 years and 42.6% college for ages 16–59, students included', () => {
    // Solved exactly on the census; the first row is 31 December 2020, two months later.
    expect(SCHOOLING_2020).toEqual({ meanYears16to59: 12.31, collegeShare16to59: 0.426 });
    expect(path.years[0].meanYears16to59).toBeCloseTo(12.31, 2);
    expect(path.years[0].collegeShare16to59).toBeCloseTo(0.426, 2);
  });
  it('the gradient has the documented shape: flat to 25, then log-odds −0.08 and −0.06 years per year of age', () => {
    const g = path.gradient;
    expect(g.collegeShare[16]).toBe(g.collegeShare[GRADIENT_PIVOT_AGE]);
    expect(logit(g.collegeShare[35]) - logit(g.collegeShare[45])).toBeCloseTo(10 * COLLEGE_ODDS_SLOPE, 9);
    const nonCollege = (x: number): number => (g.meanYears[x] - g.collegeShare[x] * 16) / (1 - g.collegeShare[x]);
    expect(nonCollege(35) - nonCollege(45)).toBeCloseTo(10 * NON_COLLEGE_SLOPE, 9);
  });
  it('the default school-leaver level is the calibrated level of the youngest finished cohorts', () => {
    expect(Math.abs(DEFAULT_NORMS.schoolLeaverYears - path.gradient.meanYears[GRADIENT_PIVOT_AGE])).toBeLessThanOrEqual(0.05);
    expect(Math.abs(DEFAULT_NORMS.schoolLeaverCollegeShare - path.gradient.collegeShare[GRADIENT_PIVOT_AGE])).toBeLessThanOrEqual(0.005);
  });
  it('rises over time at default levers (older cohorts leave 16–59, better-schooled ones enter)', () => {
    const y = path.years.map((s) => s.meanYears16to59);
    for (let t = 1; t < y.length; t++) expect(y[t]).toBeGreaterThan(y[t - 1]);
  });
  it('more talent raises 2025 schooling; a lower school-leaver level lowers it', () => {
    const base = path.years[5].meanYears16to59;
    expect(schoolingPath(runXiqing({ ...DEFAULT_LEVERS, talentInflow: 20000 }), DEFAULT_NORMS).years[5].meanYears16to59).toBeGreaterThan(base);
    expect(schoolingPath(run, { ...DEFAULT_NORMS, schoolLeaverYears: 11 }).years[5].meanYears16to59).toBeLessThan(base);
  });
});

describe('cohort bookkeeping on a hand-made population', () => {
  // 2020: 50 aged 16, 100 aged 30, 80 aged 59 (men, local) and 40 students aged 20 (women, tianjin).
  // 2021: the same people a year older, plus 1,000 talent arrivals on the talent profile; only the
  // arrivals aged 31 share a cell with residents (elsewhere the cells hold the arrivals alone).
  const V = 1000;
  const arrivals31 = V * TALENT_PROFILE.male[31];
  const run = syntheticRun(
    [
      [
        { state: 0, sex: 0, age: 16, persons: 50 },
        { state: 0, sex: 0, age: 30, persons: 100 },
        { state: 0, sex: 0, age: 59, persons: 80 },
      ],
      [
        { state: 0, sex: 0, age: 17, persons: 50 },
        { state: 0, sex: 0, age: 31, persons: 100 + arrivals31 },
        { state: 0, sex: 0, age: 60, persons: 80 },
      ],
    ],
    // Row 1's calendar-year flows are the arrivals between rows 0 and 1 (rows are at 31 December).
    { students: [{ state: 1, sex: 1, age: 20, persons: 40 }], streams: [{}, { talent: V }] },
  );
  const path = computeSchoolingPath(run, DEFAULT_NORMS);
  const g = path.gradient;
  const [y0, y1] = path.years;

  it('the 2020 gradient is solved on whatever base it is given', () => {
    expect(y0.meanYears16to59).toBeCloseTo(12.31, 9);
    expect(y0.collegeShare16to59).toBeCloseTo(0.426, 9);
    const persons = 50 + 100 + 80 + 40;
    expect((50 * g.meanYears[16] + 100 * g.meanYears[30] + 80 * g.meanYears[59] + 40 * DEFAULT_NORMS.studentYears) / persons).toBeCloseTo(12.31, 9);
  });
  it('survivors keep their level as they age', () => {
    expect(y1.meanYears.male[17]).toBeCloseTo(g.meanYears[16], 9);
    expect(y1.collegeShare.male[60]).toBeCloseTo(g.collegeShare[59], 9);
  });
  it('arrivals bring their stream’s level: age 31 mixes 100 stayers with the talent arrivals', () => {
    const expected = (100 * g.meanYears[30] + arrivals31 * DEFAULT_NORMS.talentYears) / (100 + arrivals31);
    expect(y1.meanYears.male[31]).toBeCloseTo(expected, 9);
    const college = (100 * g.collegeShare[30] + arrivals31 * DEFAULT_NORMS.talentCollegeShare) / (100 + arrivals31);
    expect(y1.collegeShare.male[31]).toBeCloseTo(college, 9);
  });
  it('cohorts reaching 16 bring the school-leaver level', () => {
    expect(y1.meanYears.male[16]).toBe(DEFAULT_NORMS.schoolLeaverYears);
    expect(y1.collegeShare.female[16]).toBe(DEFAULT_NORMS.schoolLeaverCollegeShare);
  });
  it('the 2021 mean of ages 16–59 counts the people present (60-year-olds have left) and the students', () => {
    const persons = 50 + 100 + arrivals31 + 40;
    const years = 50 * g.meanYears[16] + (100 + arrivals31) * y1.meanYears.male[31] + 40 * DEFAULT_NORMS.studentYears;
    expect(y1.meanYears16to59).toBeCloseTo(years / persons, 9);
    const college = 50 * g.collegeShare[16] + (100 + arrivals31) * y1.collegeShare.male[31] + 40;
    expect(y1.collegeShare16to59).toBeCloseTo(college / persons, 9);
  });
});

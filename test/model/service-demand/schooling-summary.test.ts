/**
 * The 16–59 schooling figures without the levels by age (what the service rows show): the same
 * numbers as the full cohort path, to the bit, and the memo per run and schooling norms (cold vs
 * warm, bounded).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_NORMS } from '../../../src/model/service-demand/norm-specs';
import { computeSchoolingPath, computeSchoolingSummary, schoolingPath, schoolingSummary } from '../../../src/model/service-demand/schooling';
import { DEFAULT_LEVERS } from '../../../src/model/xiqing/levers/lever-values';
import { runXiqing } from '../../../src/model/xiqing/model';

const cases = [
  { levers: DEFAULT_LEVERS, norms: DEFAULT_NORMS },
  { levers: { ...DEFAULT_LEVERS, endYear: 2050, talentInflow: 20_000, familyShare: 0.9 }, norms: DEFAULT_NORMS },
  // No central-city relocation: a component that brings no one.
  { levers: { ...DEFAULT_LEVERS, endYear: 2035, centralCityInflow: 0 }, norms: { ...DEFAULT_NORMS, schoolLeaverYears: 11, talentYears: 17.5, southStationCollegeShare: 0.2 } },
];

describe('schooling summary', () => {
  it('equals the full path’s 16–59 figures to the bit in every year', () => {
    for (const { levers, norms } of cases) {
      const run = runXiqing(levers);
      const path = computeSchoolingPath(run, norms);
      const summary = computeSchoolingSummary(run, norms);
      expect(summary.meanYears16to59).toHaveLength(run.years.length);
      run.years.forEach((_, t) => {
        expect(summary.meanYears16to59[t]).toBe(path.years[t].meanYears16to59);
        expect(summary.collegeShare16to59[t]).toBe(path.years[t].collegeShare16to59);
      });
    }
  });

  it('the full path keeps every year’s levels by age apart (one buffer, a view per year)', () => {
    const run = runXiqing(DEFAULT_LEVERS);
    const path = computeSchoolingPath(run, DEFAULT_NORMS);
    expect(path.years[1].meanYears.male).toHaveLength(101);
    expect(path.years[1].meanYears.male[40]).not.toBe(path.years[2].meanYears.male[40]);
    // Ages 0–16 of a projected year hold the school-leaver level; 100+ is carried too.
    expect(path.years[3].collegeShare.female[10]).toBe(DEFAULT_NORMS.schoolLeaverCollegeShare);
    expect(path.years[3].meanYears.female[100]).toBeGreaterThan(0);
  });

  it('memoised per run and schooling norms: warm returns the cold result; other norms or another run compute afresh', () => {
    const run = runXiqing({ ...DEFAULT_LEVERS, centralCityInflow: 18_000 });
    const cold = schoolingSummary(run, DEFAULT_NORMS);
    expect(schoolingSummary(run, { ...DEFAULT_NORMS })).toBe(cold);
    // A norm the schooling model does not read shares the entry.
    expect(schoolingSummary(run, { ...DEFAULT_NORMS, careBedsPer1000Elderly: 60 })).toBe(cold);
    const other = schoolingSummary(run, { ...DEFAULT_NORMS, talentYears: DEFAULT_NORMS.talentYears + 1 });
    expect(other).not.toBe(cold);
    expect(other.meanYears16to59[10]).toBeGreaterThan(cold.meanYears16to59[10]);
    const otherRun = runXiqing({ ...DEFAULT_LEVERS, centralCityInflow: 18_000 });
    expect(schoolingSummary(otherRun, DEFAULT_NORMS)).not.toBe(cold);
    expect(Array.from(schoolingSummary(otherRun, DEFAULT_NORMS).meanYears16to59)).toEqual(Array.from(cold.meanYears16to59));
    expect(schoolingPath(run, DEFAULT_NORMS)).toBe(schoolingPath(run, DEFAULT_NORMS));
  });

  it('bounded: after a sweep of 40 schooling norms on one run the first entry has been dropped, and is computed again equal', () => {
    const run = runXiqing(DEFAULT_LEVERS);
    const first = schoolingSummary(run, DEFAULT_NORMS);
    for (let i = 1; i <= 40; i++) schoolingSummary(run, { ...DEFAULT_NORMS, schoolLeaverYears: 11 + i / 100 });
    const again = schoolingSummary(run, DEFAULT_NORMS);
    expect(again).not.toBe(first);
    expect(Array.from(again.collegeShare16to59)).toEqual(Array.from(first.collegeShare16to59));
  });
});

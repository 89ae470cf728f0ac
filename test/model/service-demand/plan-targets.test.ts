/** The plan's 2025 targets as data and the checklist against a scenario. */
import { describe, expect, it } from 'vitest';
import { serviceDemand } from '../../../src/model/service-demand/demand';
import { DEFAULT_NORMS } from '../../../src/model/service-demand/norm-specs';
import { meets, PLAN_TARGET_SET, PLAN_TARGETS, planTargetChecklist, targetStatus } from '../../../src/model/service-demand/plan-targets';
import { DEFAULT_LEVERS } from '../../../src/model/xiqing/levers/lever-values';
import { runXiqing } from '../../../src/model/xiqing/model';
import { indicatorRow } from '../../../src/model/xiqing/scenario/indicators';

const run = runXiqing(DEFAULT_LEVERS);
const rows = planTargetChecklist(run, DEFAULT_NORMS, 2025);
const byId = Object.fromEntries(rows.map((r) => [r.id, r]));

describe('plan targets', () => {
  it('hold the plan’s 2025 figures (key-figures.md)', () => {
    const t = Object.fromEntries(PLAN_TARGETS.map((p) => [p.id, [p.kind, p.target]]));
    expect(t).toEqual({
      residents: ['about', 1_350_000],
      hukouPopulation: ['about', 526_000],
      lifeExpectancy: ['atLeast', 82.38],
      meanSchooling16to59: ['atLeast', 12.5],
      urbanisation: ['atLeast', 0.95],
      childcarePlacesPer1000: ['atLeast', 4.5],
      preschoolEnrolment: ['atLeast', 0.93],
      healthManagement65: ['atLeast', 0.8],
    });
    for (const p of PLAN_TARGETS) expect(p.year).toBe(2025);
  });

  it('take the scenario’s values from the indicator and service rows', () => {
    const ind = indicatorRow(run, 5);
    const svc = serviceDemand(run, DEFAULT_NORMS, 5);
    expect(byId.residents.value).toBe(ind.residents);
    expect(byId.hukouPopulation.value).toBe(ind.hukouPopulation);
    expect(byId.lifeExpectancy.value).toBe(ind.e0);
    expect(byId.meanSchooling16to59.value).toBe(svc.meanSchoolingYears16to59);
    expect(byId.urbanisation.value).toBe(svc.urbanisation);
    expect(byId.childcarePlacesPer1000.value).toBe(svc.childcareSupplyPer1000);
    expect(byId.preschoolEnrolment.value).toBe(svc.preschoolAttainableEnrolment);
    expect(byId.healthManagement65.value).toBe(DEFAULT_NORMS.healthManagementRate);
  });

  it('gap = value − target, met by the comparison', () => {
    for (const r of rows) {
      expect(r.gap).toBeCloseTo(r.value - r.target, 9);
      expect(r.met).toBe(meets(r.value, r.target, r.kind, r.tolerance));
    }
    expect(byId.lifeExpectancy.met).toBe(true); // the default e0 path hits 82.38 exactly in 2025
  });

  it('about allows ±1%, at least and at most only rounding', () => {
    expect(meets(1_363_000, 1_350_000, 'about', 0.01)).toBe(true);
    expect(meets(1_337_000, 1_350_000, 'about', 0.01)).toBe(true);
    expect(meets(1_364_000, 1_350_000, 'about', 0.01)).toBe(false);
    expect(meets(0.9499, 0.95, 'atLeast')).toBe(false);
    expect(meets(82.38 - 1e-12, 82.38, 'atLeast')).toBe(true);
    expect(meets(5.9, 6, 'atMost')).toBe(true);
    expect(meets(6.1, 6, 'atMost')).toBe(false);
  });

  it('an overshoot of an "at least" target is met; "about" says above or below its band; "at most" above', () => {
    expect(targetStatus(0.99, 0.95, 'atLeast')).toBe('met');
    expect(targetStatus(0.94, 0.95, 'atLeast')).toBe('below');
    expect(targetStatus(1_400_000, 1_350_000, 'about', 0.01)).toBe('above');
    expect(targetStatus(1_300_000, 1_350_000, 'about', 0.01)).toBe('below');
    expect(targetStatus(1_350_000 * 1.0099, 1_350_000, 'about', 0.01)).toBe('met');
    expect(targetStatus(7, 6, 'atMost')).toBe('above');
    expect(targetStatus(2, 6, 'atMost')).toBe('met');
  });

  it('come from the shipped targets file, one entry per checklist row', () => {
    expect(PLAN_TARGET_SET.name).toBe('西青区人口发展“十四五”规划');
    expect(PLAN_TARGETS.map((p) => p.id)).toEqual(rows.map((r) => r.id));
    for (const r of rows) expect(r.targetYear).toBe(2025);
  });

  it('more childcare places meet the 4.5 per 1,000 target', () => {
    const built = planTargetChecklist(run, { ...DEFAULT_NORMS, childcarePlacesAddedPerYear: 2000 }, 2025);
    expect(built.find((r) => r.id === 'childcarePlacesPer1000')?.met).toBe(true);
  });

  it('throws for a year outside the run', () => {
    expect(() => planTargetChecklist(run, DEFAULT_NORMS, 2019)).toThrow(RangeError);
    expect(() => planTargetChecklist(run, DEFAULT_NORMS, 2036)).toThrow(RangeError);
  });
});

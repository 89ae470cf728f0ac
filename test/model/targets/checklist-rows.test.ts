/**
 * The checklist read from the caller's rows (the editor passes the rows its tiles and charts show)
 * equals the checklist computed year by year from the run, for every target kind the plan has
 * (indicators, services with the cohort schooling model, a norm) and a year the rows do not hold.
 */
import { describe, expect, it } from 'vitest';
import { scenarioReport } from '../../../src/model/scenario-report';
import { DEFAULT_NORMS } from '../../../src/model/service-demand/norm-specs';
import { PLAN_TARGETS } from '../../../src/model/service-demand/plan-targets';
import { targetChecklist } from '../../../src/model/targets/checklist';
import { DEFAULT_LEVERS } from '../../../src/model/xiqing/levers/lever-values';

const values = { levers: { ...DEFAULT_LEVERS, endYear: 2035, centralCityInflow: 26_200, talentInflow: 8_000 }, norms: { ...DEFAULT_NORMS, childcareSupply2020: 4_000 } };
const report = scenarioReport(values);
const rows = { rows: report.indicators, services: report.services };

describe('checklist from the rows', () => {
  it('the plan’s targets in 2025: the same rows, value for value, as computed from the run', () => {
    const fromRun = targetChecklist(report.run, values.norms, 2025, PLAN_TARGETS);
    expect(fromRun.map((r) => r.measure.kind === 'indicator' && r.measure.field)).toEqual(expect.arrayContaining(['residents', 'meanSchoolingYears16to59', 'childcareSupplyPer1000']));
    expect(targetChecklist(report.run, values.norms, 2025, PLAN_TARGETS, rows)).toEqual(fromRun);
  });

  it('in 2030 and 2035 as well', () => {
    for (const year of [2030, 2035]) expect(targetChecklist(report.run, values.norms, year, PLAN_TARGETS, rows)).toEqual(targetChecklist(report.run, values.norms, year, PLAN_TARGETS));
  });

  it('rows without services: service targets are computed from the run', () => {
    const fromRun = targetChecklist(report.run, values.norms, 2025, PLAN_TARGETS);
    expect(targetChecklist(report.run, values.norms, 2025, PLAN_TARGETS, { rows: report.indicators })).toEqual(fromRun);
  });
});

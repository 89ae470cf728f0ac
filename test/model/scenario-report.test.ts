/**
 * The scenario report builds its keyed rows and census row when first read: the lazy values equal the
 * eager ones (each cell read through indicatorValue, as the report did before), reading twice gives
 * the same rows, and the service rows equal each year's row computed on its own.
 */
import { describe, expect, it } from 'vitest';
import { indicatorValue } from '../../src/model/indicators/indicator-value';
import { keyedRows, REPORT_COLUMNS, scenarioReport } from '../../src/model/scenario-report';
import { serviceDemand } from '../../src/model/service-demand/demand';
import { DEFAULT_NORMS } from '../../src/model/service-demand/norm-specs';
import { DEFAULT_LEVERS } from '../../src/model/xiqing/levers/lever-values';
import { censusIndicatorRow } from '../../src/model/xiqing/scenario/indicators';
import { SCENARIO_COLUMNS } from '../../src/model/xiqing/scenario/scenario-output';

const values = { levers: { ...DEFAULT_LEVERS, endYear: 2035, centralCityInflow: 25_000 }, norms: { ...DEFAULT_NORMS, careBedsPer1000Elderly: 45 } };

/** The rows as the report built them eagerly: every cell through indicatorValue. */
function eagerRows(report: ReturnType<typeof scenarioReport>): Record<string, number>[] {
  const results = { rows: report.indicators, services: report.services };
  return report.indicators.map((r) => Object.fromEntries(report.columns.map((c) => [c, c === 'year' ? r.year : (indicatorValue(results, c, r.year) ?? Number.NaN)])));
}

describe('scenario report', () => {
  it('keyed rows, built when read, equal the eager rows cell by cell, in column order', () => {
    const report = scenarioReport(values);
    const rows = report.rows;
    expect(rows).toHaveLength(16);
    expect(rows).toEqual(eagerRows(report));
    expect(Object.keys(rows[4])).toEqual([...REPORT_COLUMNS]);
    // A name in both rows (ages 3–5) comes from the indicator row; a service field from the service row.
    expect(rows[5].age3to5).toBe(report.indicators[5].age3to5);
    expect(rows[5].careBeds).toBe(report.services![5].careBeds);
    expect(rows[5].year).toBe(2025);
  });

  it('without services: the demographic columns, equal to the eager rows', () => {
    const report = scenarioReport(values, { services: false });
    expect(report.services).toBeUndefined();
    expect(report.columns).toBe(SCENARIO_COLUMNS);
    expect(report.rows).toEqual(eagerRows(report));
  });

  it('read twice: the same rows and census (built once, never recomputed differently)', () => {
    const report = scenarioReport(values);
    const rows = report.rows;
    expect(report.rows).toBe(rows);
    const census = report.census;
    expect(report.census).toBe(census);
    expect(census).toEqual(censusIndicatorRow(report.run));
    // Spreading the report (as callers that copy it do) reads the same values.
    expect({ ...report }.rows).toBe(rows);
  });

  it('keyedRows with a column list of its own: NaN where a column has no value', () => {
    const report = scenarioReport(values, { services: false });
    const rows = keyedRows(report.indicators, undefined, ['year', 'residents', 'careBeds']);
    expect(rows[0]).toEqual({ year: 2020, residents: report.indicators[0].residents, careBeds: Number.NaN });
  });

  it('service rows of every year equal each year computed on its own', () => {
    const report = scenarioReport(values);
    const { run, services } = report;
    // A copy of the run has none of the original's memoised sums: computed cold.
    const cold = { ...run };
    run.years.forEach((_, t) => expect(serviceDemand(cold, values.norms, t)).toEqual(services![t]));
  });
});

/**
 * Fitting a scenario to observed figures. The round trip: observations made by running a *different*
 * scenario (its own migration and settlement paths) are fitted from trend; the fitted run reproduces
 * them to 0.1% and the fitted levers recover the generating scenario's values to 1%.
 */
import { describe, expect, it } from 'vitest';
import example from '../../../src/model/observations/data/xiqing-year-end.observations.json';
import { fittedPath } from '../../../src/model/fit/continuation';
import { FIT_MIGRATION_LEVER, FIT_SETTLEMENT_LEVER, fitToObserved } from '../../../src/model/fit/fit-to-observed';
import { fittedScenarioFile } from '../../../src/model/fit/fitted-scenario';
import type { Observation } from '../../../src/model/observations/observations-file';
import { parseScenarioText, scenarioValues, serializeScenario } from '../../../src/model/scenario-file/scenario-file';
import { DEFAULT_NORMS } from '../../../src/model/service-demand/norm-specs';
import { DEFAULT_LEVERS, type LeverValues } from '../../../src/model/xiqing/levers/lever-values';
import { valueInYear } from '../../../src/model/xiqing/levers/year-path';
import { runXiqing } from '../../../src/model/xiqing/model';
import { indicatorRow, indicatorRows } from '../../../src/model/xiqing/scenario/indicators';
import { GENERATOR } from '../../helpers/fit-generator';

const YEARS = [2021, 2022, 2023];

function observationsOf(levers: LeverValues, fields: (keyof Observation)[] = ['residents', 'hukouPopulation']): Observation[] {
  const run = runXiqing(levers);
  return YEARS.map((year) => {
    const row = indicatorRow(run, year - 2020) as unknown as Record<string, number>;
    return Object.fromEntries([['year', year], ...fields.map((f) => [f, row[f]])]) as Observation;
  });
}

describe('fit to observed', () => {
  const observations = observationsOf(GENERATOR);
  const result = fitToObserved(DEFAULT_LEVERS, { observations }, { rule: { kind: 'hold' } });
  if (!result.ok) throw new Error(result.reason);

  it('round trip: reproduces another scenario’s 2021–2023 rows to 0.1% and recovers its levers to 1%', () => {
    const rows = indicatorRows(runXiqing(result.levers));
    for (const o of observations) {
      const row = rows.find((r) => r.year === o.year)!;
      expect(Math.abs(row.residents - o.residents!) / o.residents!).toBeLessThanOrEqual(0.001);
      expect(Math.abs(row.hukouPopulation - o.hukouPopulation!) / o.hukouPopulation!).toBeLessThanOrEqual(0.001);
      for (const lever of [FIT_MIGRATION_LEVER, FIT_SETTLEMENT_LEVER] as const) {
        const fitted = valueInYear(result.levers[lever], o.year);
        const truth = valueInYear(GENERATOR[lever], o.year);
        expect(Math.abs(fitted - truth) / truth, `${lever} ${o.year}`).toBeLessThanOrEqual(0.01);
      }
    }
    expect(result.maxRelativeResidual).toBeLessThanOrEqual(0.001);
    // Two or three runs a year (two nudges and the step, rarely a second step), plus the final run.
    expect(result.runs).toBeLessThanOrEqual(YEARS.length * 5 + 1);
    console.log('round-trip fit (generator → fitted):', result.fit.map((r) => `${r.year} ${r.indicator}: observed ${r.observed.toFixed(0)} model ${r.model.toFixed(0)}; ${r.lever} ${valueInYear(GENERATOR[r.lever as 'centralCityInflow'], r.year)} → ${r.value}`).join(' | '), `runs ${result.runs}`);
  });

  it('keeps the scenario’s own values before the first observed year and follows the rule after the last', () => {
    expect(valueInYear(result.levers.centralCityInflow, 2020)).toBe(10_900);
    expect(valueInYear(result.levers.centralCityInflow, 2030)).toBe(valueInYear(result.levers.centralCityInflow, 2023));
    const mean = fitToObserved(DEFAULT_LEVERS, { observations }, { rule: { kind: 'mean', k: 3 } });
    if (!mean.ok) throw new Error(mean.reason);
    const fitted = YEARS.map((y) => valueInYear(mean.levers.centralCityInflow, y));
    expect(valueInYear(mean.levers.centralCityInflow, 2024)).toBeCloseTo((fitted[0] + fitted[1] + fitted[2]) / 3, 6);
    const back = fitToObserved(DEFAULT_LEVERS, { observations }, { rule: { kind: 'return', byYear: 2027 } });
    if (!back.ok) throw new Error(back.reason);
    expect(valueInYear(back.levers.centralCityInflow, 2027)).toBe(DEFAULT_LEVERS.centralCityInflow);
    expect(valueInYear(back.levers.pointsSettlementRate, 2035)).toBe(DEFAULT_LEVERS.pointsSettlementRate);
    const at2025 = valueInYear(back.levers.centralCityInflow, 2025);
    expect(at2025).toBeCloseTo(fitted[2] + (2 / 4) * (DEFAULT_LEVERS.centralCityInflow as number - fitted[2]), 0);
  });

  it('fits residents alone with the migration lever only', () => {
    const only = fitToObserved(DEFAULT_LEVERS, { observations: observationsOf(GENERATOR, ['residents']) }, { rule: { kind: 'hold' } });
    if (!only.ok) throw new Error(only.reason);
    expect(only.levers.pointsSettlementRate).toBe(DEFAULT_LEVERS.pointsSettlementRate);
    expect(only.maxRelativeResidual).toBeLessThanOrEqual(0.001);
  });

  it('reports births and deaths against the model, and can scale fertility and mortality to them', () => {
    const withVital = observationsOf({ ...GENERATOR, tfr2025: (DEFAULT_LEVERS.tfr2025 as number) * 1.15 } as LeverValues, ['residents', 'hukouPopulation', 'births', 'deaths']);
    const plain = fitToObserved(DEFAULT_LEVERS, { observations: withVital }, { rule: { kind: 'hold' } });
    const scaled = fitToObserved(DEFAULT_LEVERS, { observations: withVital }, { rule: { kind: 'hold' }, scaleVital: true });
    if (!plain.ok || !scaled.ok) throw new Error('fit failed');
    const births = (r: typeof plain) => r.vital.filter((v) => v.indicator === 'births');
    expect(births(plain).map((v) => v.year)).toEqual(YEARS);
    const gap = (r: typeof plain) => Math.abs(births(r).reduce((a, v) => a + v.gap, 0));
    expect(gap(scaled)).toBeLessThan(gap(plain) / 10);
    expect(scaled.scaled.tfr2025).toBeGreaterThan(DEFAULT_LEVERS.tfr2025 as number);
    expect(scaled.maxRelativeResidual).toBeLessThanOrEqual(0.001);
  });

  it('makes an ordinary scenario file named after its source that saves, reloads and reruns the same', () => {
    const file = fittedScenarioFile({ name: '趋势 · Trend' }, DEFAULT_NORMS, '生成', result, { kind: 'hold' });
    expect(file.name).toBe('趋势 · Trend · 校准 生成');
    expect(file.description).toMatch(/^按实际数据“生成”（2021–2023年末）校准：中心城区人口疏解迁入 2021: 6,000/);
    const parsed = parseScenarioText(serializeScenario(file));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.scenario.version).toBe(2);
    const again = indicatorRows(runXiqing(scenarioValues(parsed.scenario).levers));
    expect(again).toEqual(indicatorRows(runXiqing(result.levers)));
  });

  it('refuses observations it cannot use, with the reason', () => {
    expect(fitToObserved(DEFAULT_LEVERS, { observations: [{ year: 2022, births: 9000 }] }, { rule: { kind: 'hold' } })).toEqual({ ok: false, reason: 'no observed year gives residents or the hukou population' });
    expect(fitToObserved(DEFAULT_LEVERS, { observations: [{ year: 2040, residents: 1_300_000 }] }, { rule: { kind: 'hold' } }))
      .toMatchObject({ ok: false, reason: expect.stringContaining('outside the scenario') });
  });

  it('fits trend to Xiqing’s published 2022–2023 year-end figures to 0.1% (residents fell: the out-migration rate is solved)', () => {
    const xiqing = fitToObserved(DEFAULT_LEVERS, example as { observations: Observation[] }, { rule: { kind: 'hold' } });
    if (!xiqing.ok) throw new Error(xiqing.reason);
    // Central-city relocation cannot go below 0; the out-migration rate can.
    expect(xiqing.fit.find((r) => r.indicator === 'residents')!.lever).toBe('outflowRate');
    expect(xiqing.maxRelativeResidual).toBeLessThanOrEqual(0.001);
    console.log('trend fitted to the published figures:', xiqing.fit.map((r) => `${r.year} ${r.indicator} ${r.observed} → ${r.lever} ${r.value}`).join(' | '));
  });
});

describe('fitted paths', () => {
  it('write the scenario’s own values before the fit, the fitted years, then the rule', () => {
    const own = { byYear: { 2020: 100, 2024: 200 } };
    const fitted = new Map([[2021, 50], [2022, 70]]);
    expect(fittedPath(own, fitted, { kind: 'hold' }, 2020, 2035)).toEqual({ byYear: { 2020: 100, 2021: 50, 2022: 70 } });
    expect(fittedPath(own, fitted, { kind: 'mean', k: 2 }, 2020, 2035)).toEqual({ byYear: { 2020: 100, 2021: 50, 2022: 70, 2023: 60 } });
    const back = fittedPath(own, fitted, { kind: "return", byYear: 2025 }, 2020, 2035) as { byYear: Record<string, number> };
    expect(Object.keys(back.byYear)).toEqual(["2020", "2021", "2022", "2023", "2024", "2025"]);
    expect(back.byYear[2023]).toBeCloseTo(70 + (200 - 70) / 3, 9);
    expect(back.byYear[2024]).toBeCloseTo(70 + (2 * (200 - 70)) / 3, 9);
    expect(back.byYear[2025]).toBe(200);
    expect(fittedPath(7, new Map(), { kind: 'hold' }, 2020, 2035)).toBe(7);
  });
});

/**
 * Fitting a scenario to observed figures. The round trip: observations made by running a *different*
 * scenario (the tianjin-contraction preset's own 2021–2023 rows) are fitted from trend; the fitted run
 * reproduces them to 0.1% and the fitted levers recover the generating scenario's values to 1%.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import example from '../../../src/model/observations/data/xiqing-year-end.observations.json';
import { fittedPath } from '../../../src/model/fit/continuation';
import { FIT_MIGRATION_LEVERS, FIT_SETTLEMENT_LEVER, fitToObserved } from '../../../src/model/fit/fit-to-observed';
import { fittedScenarioFile, fittedScenarioName } from '../../../src/model/fit/fitted-scenario';
import type { Observation } from '../../../src/model/observations/observations-file';
import { parseScenarioText, scenarioValues, serializeScenario } from '../../../src/model/scenario-file/scenario-file';
import { DEFAULT_NORMS } from '../../../src/model/service-demand/norm-specs';
import { DEFAULT_LEVERS, type LeverValues } from '../../../src/model/xiqing/levers/lever-values';
import { valueInYear } from '../../../src/model/xiqing/levers/year-path';
import { runXiqing } from '../../../src/model/xiqing/model';
import { indicatorRow, indicatorRows } from '../../../src/model/xiqing/scenario/indicators';
import { GENERATOR } from '../../helpers/fit-generator';

const YEARS = [2021, 2022, 2023];

function observationsOf(levers: LeverValues, fields: (keyof Observation)[] = ['residents', 'hukouPopulation'], years = YEARS): Observation[] {
  const run = runXiqing(levers);
  return years.map((year) => {
    const row = indicatorRow(run, year - 2020) as unknown as Record<string, number>;
    return Object.fromEntries([['year', year], ...fields.map((f) => [f, row[f]])]) as Observation;
  });
}

/** The generating scenario: the tianjin-contraction preset as shipped. */
function preset(name: string): LeverValues {
  const parsed = parseScenarioText(readFileSync(`scenarios/${name}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return scenarioValues(parsed.scenario).levers;
}
const CONTRACTION = preset('tianjin-contraction');
const at = (levers: LeverValues, lever: string, year: number) => valueInYear(levers[lever as 'outflowRate'], year);
/** The migration levers in which the generating scenario differs from trend in `year`. */
const movedIn = (year: number) => FIT_MIGRATION_LEVERS.filter((l) => at(CONTRACTION, l, year) !== at(DEFAULT_LEVERS, l, year));
const relative = (fitted: number, truth: number) => Math.abs(fitted - truth) / truth;

describe('fit to observed', () => {
  const observations = observationsOf(CONTRACTION);
  const result = fitToObserved(DEFAULT_LEVERS, { observations }, { rule: { kind: 'hold' } });
  if (!result.ok) throw new Error(result.reason);

  it('round trip: reproduces another scenario’s 2021–2023 rows to 0.1% and recovers its levers to 1%', () => {
    // Residents fell in 2021–2022 (more out-migration), which relocation cannot reach at 0: the out-migration rate is solved.
    expect(result.migrationLever).toBe('outflowRate');
    const rows = indicatorRows(runXiqing(result.levers));
    for (const o of observations) {
      const row = rows.find((r) => r.year === o.year)!;
      expect(relative(row.residents, o.residents!)).toBeLessThanOrEqual(0.001);
      expect(relative(row.hukouPopulation, o.hukouPopulation!)).toBeLessThanOrEqual(0.001);
      // The preset keeps trend's settlement rate; the joint solve must find it again in every year.
      expect(relative(at(result.levers, FIT_SETTLEMENT_LEVER, o.year), at(CONTRACTION, FIT_SETTLEMENT_LEVER, o.year)), `settlement ${o.year}`).toBeLessThanOrEqual(0.01);
    }
    expect(result.maxRelativeResidual).toBeLessThanOrEqual(0.001);
    // 2021–2022: the preset moves only the out-migration rate (10.5%, 8.7%), the lever solved.
    expect(YEARS.filter((y) => movedIn(y).join() === 'outflowRate')).toEqual([2021, 2022]);
    for (const y of [2021, 2022]) expect(relative(at(result.levers, 'outflowRate', y), at(CONTRACTION, 'outflowRate', y)), `outflowRate ${y}`).toBeLessThanOrEqual(0.01);
    // 2023: the preset moves only the inflow from outside Tianjin (11.2 k against trend's 15.5 k), so the
    // out-migration rate solved for it is not comparable; on top of the fitted 2021–2022, fitting 2023 by
    // that lever recovers it.
    expect(movedIn(2023)).toEqual(['outsideMigrants']);
    const upTo2022 = { ...result.levers, outflowRate: { byYear: { 2020: at(DEFAULT_LEVERS, 'outflowRate', 2020), 2021: at(result.levers, 'outflowRate', 2021), 2022: at(result.levers, 'outflowRate', 2022), 2023: at(DEFAULT_LEVERS, 'outflowRate', 2023) } } } as LeverValues;
    const in2023 = fitToObserved(upTo2022, { observations: observations.filter((o) => o.year === 2023) }, { rule: { kind: 'hold' }, migrationLever: 'outsideMigrants' });
    if (!in2023.ok) throw new Error(in2023.reason);
    expect(in2023.maxRelativeResidual).toBeLessThanOrEqual(0.001);
    expect(relative(at(in2023.levers, 'outsideMigrants', 2023), at(CONTRACTION, 'outsideMigrants', 2023)), 'outsideMigrants 2023').toBeLessThanOrEqual(0.01);
    expect(relative(at(in2023.levers, FIT_SETTLEMENT_LEVER, 2023), at(CONTRACTION, FIT_SETTLEMENT_LEVER, 2023)), 'settlement 2023 by outsideMigrants').toBeLessThanOrEqual(0.01);
    // Two or three runs a year (two nudges and the step, rarely a second step), plus the final run. 'auto'
    // first tries relocation, which sits at its floor of 0 and so spends its most (three runs and four
    // steps a year, plus the final run) before the out-migration rate is solved.
    const direct = fitToObserved(DEFAULT_LEVERS, { observations }, { rule: { kind: 'hold' }, migrationLever: 'outflowRate' });
    if (!direct.ok) throw new Error(direct.reason);
    expect(direct.levers).toEqual(result.levers);
    expect(direct.runs).toBeLessThanOrEqual(YEARS.length * 5 + 1);
    expect(result.runs).toBeLessThanOrEqual(YEARS.length * 7 + 1 + direct.runs);
    const line = (by: string) => (r: (typeof result.fit)[number]) => `${by}${r.year} ${r.indicator}: observed ${r.observed.toFixed(0)} model ${r.model.toFixed(0)}; ${r.lever} ${at(CONTRACTION, r.lever, r.year)} → ${r.value}`;
    const table = [...result.fit.map(line('')), ...in2023.fit.map(line('(2023 by outsideMigrants) '))];
    console.log('round-trip fit (tianjin-contraction → fitted from trend):\n' + table.join('\n'), `\nruns ${result.runs} (auto), ${direct.runs} (outflowRate), ${in2023.runs} (2023 by outsideMigrants)`);
  });

  it('keeps the scenario’s own values before the first observed year and follows the rule after the last', () => {
    const lever = result.migrationLever;
    const own = (y: number) => at(DEFAULT_LEVERS, lever, y);
    expect(at(result.levers, lever, 2020)).toBe(own(2020));
    expect(at(result.levers, lever, 2030)).toBe(at(result.levers, lever, 2023));
    const mean = fitToObserved(DEFAULT_LEVERS, { observations }, { rule: { kind: 'mean', k: 3 } });
    if (!mean.ok) throw new Error(mean.reason);
    const fitted = YEARS.map((y) => at(mean.levers, lever, y));
    expect(at(mean.levers, lever, 2024)).toBeCloseTo((fitted[0] + fitted[1] + fitted[2]) / 3, 9);
    const back = fitToObserved(DEFAULT_LEVERS, { observations }, { rule: { kind: 'return', byYear: 2027 } });
    if (!back.ok) throw new Error(back.reason);
    expect(at(back.levers, lever, 2027)).toBe(own(2027));
    expect(at(back.levers, FIT_SETTLEMENT_LEVER, 2035)).toBe(at(DEFAULT_LEVERS, FIT_SETTLEMENT_LEVER, 2035));
    expect(at(back.levers, lever, 2025)).toBeCloseTo(fitted[2] + (2 / 4) * (own(2027) - fitted[2]), 9);
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
    // Both languages keep their own part: the mark goes inside each, not after the English one.
    // A Chinese-only observations name is not put into the English name; a bilingual one gives each language its part.
    expect(file.name).toBe('趋势（校准 生成） · Trend (fitted to observed figures)');
    expect(fittedScenarioName('趋势 · Trend', '实际数据 · Observed 2021–23')).toBe('趋势（校准 实际数据） · Trend (fitted to Observed 2021–23)');
    expect(fittedScenarioName('趋势 · Trend', 'stats-bureau')).toBe('趋势（校准 stats-bureau） · Trend (fitted to stats-bureau)');
    expect(fittedScenarioFile({ name: '我的情景' }, DEFAULT_NORMS, '生成', result, { kind: 'hold' }).name).toBe('我的情景（校准 生成）');
    // The fitted out-migration rates are the preset's (to 1e-7), so the description lists those.
    const pct = (y: number) => `${(at(CONTRACTION, 'outflowRate', y) * 100).toFixed(2)}%`;
    const prefix = `按实际数据“生成”（2021–2023年末）校准：非户籍常住人口年迁出率 2021: ${pct(2021)}, 2022: ${pct(2022)}, 2023: `;
    expect(file.description.slice(0, prefix.length)).toBe(prefix);
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

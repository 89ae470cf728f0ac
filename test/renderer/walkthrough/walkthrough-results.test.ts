/** A step's numbers, charts and presenter payload (walkthrough-results.ts, walkthrough-charts.ts, presenter-state.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioReport } from '../../../src/model/scenario-report';
import { indicatorValue } from '../../../src/model/indicators';
import { presenterStateSchema } from '../../../src/host/walkthrough-schemas';
import { parseWalkthroughText, PREDICTABLE_INDICATORS, WALKTHROUGH_CHARTS, type ResolvedStep } from '../../../src/model/walkthrough-file/walkthrough-file';
import { createI18n } from '../../../renderer/src/i18n/i18n';
import { presetList } from '../../../renderer/src/presets/preset-list';
import { presenterState } from '../../../renderer/src/walkthrough/presenter-state';
import { dataExtent, hukouViewModel, niceStep, walkthroughChartViewModel, withSharedAxis } from '../../../renderer/src/walkthrough/walkthrough-charts';
import { initialNav, navReducer } from '../../../renderer/src/walkthrough/walkthrough-nav';
import { resolveSteps } from '../../../renderer/src/walkthrough/walkthrough-resolve';
import {
  changeLines, countUnits, formatIndicator, guessExample, guessUnit, headlineNumbers, indicatorKind, judgeGuess, parseGuess, stepResults,
} from '../../../renderer/src/walkthrough/walkthrough-results';
import { presetValuesList } from '../../../renderer/src/walkthrough/walkthrough-steps';
import { loadPresetModules } from '../support/preset-modules';
import { viewContext } from '../support/view-context';
import { numberFormat } from '../../../src/format';

const presets = presetValuesList(presetList(loadPresetModules()).presets);
const parsed = parseWalkthroughText(readFileSync(new URL('../../../scenarios/walkthrough-2025-population.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error(parsed.error.message);
const doc = parsed.walkthrough;
const resolved = resolveSteps(doc, presets);
if (!resolved.ok) throw new Error(resolved.errors.join());
const steps: ResolvedStep[] = resolved.steps;
const zh = numberFormat('zh-CN');
const en = numberFormat('en');
const wt = async (language: 'zh-CN' | 'en') => (await createI18n(language)).getFixedT(language, 'walkthrough');

describe('a step’s numbers', () => {
  it('takes every predictable indicator from the same join of rows as the model’s scenarioReport', () => {
    for (const s of [steps[0], steps[5]]) {
      const report = scenarioReport(s.values);
      const results = stepResults(s.values);
      for (const indicator of PREDICTABLE_INDICATORS) {
        for (const year of [2020, 2025, 2035]) {
          const row = report.rows.find((r) => r.year === year)!;
          expect(indicatorValue(results, indicator, year), `${indicator} ${year}`).toBe(row[indicator]);
        }
      }
      expect(indicatorValue(results, 'residents', 2049)).toBeUndefined();
    }
    // One run per set of values: the last step equals the fifth, so they share it.
    expect(stepResults(steps[5].values)).toBe(stepResults(steps[4].values));
  });

  it('writes answers as the interface does in each language', async () => {
    const units = countUnits(await wt('zh-CN'));
    expect(formatIndicator('persons', 1_293_284, zh, units)).toBe('129.3万人');
    expect(formatIndicator('persons', 5_552, zh, units)).toBe('5,552人');
    expect(formatIndicator('share', 0.1974, zh, units)).toBe('19.7%');
    expect(formatIndicator('beds', 10_510.4, zh, units)).toBe('10,510张');
    expect(formatIndicator('signed', 21_000, zh, units)).toBe('+2.1万人');
    const enUnits = countUnits(await wt('en'));
    expect(formatIndicator('persons', 1_293_284, en, enUnits)).toBe('1.293 M');
    expect(formatIndicator('beds', 10_510.4, en, enUnits)).toBe('10,510 beds');
    expect(PREDICTABLE_INDICATORS.map(indicatorKind)).toEqual([
      'persons', 'persons', 'persons', 'persons', 'share', 'share', 'persons', 'persons', 'places', 'places', 'beds', 'signed', 'persons',
    ]);
  });

  it('takes the room’s guess in the answer’s own unit and judges it', () => {
    const units = { places: '个', beds: '张', persons: '人' };
    const wan = guessUnit('persons', 1_293_284, zh, units);
    expect(wan).toEqual({ scale: 10_000, unit: '万人' });
    expect(parseGuess('１２５', wan)).toBe(1_250_000);
    expect(parseGuess('125.5万人', wan)).toBe(1_255_000);
    expect(parseGuess('about', wan)).toBeNull();
    // The true minus the app writes, pasted back, and a full-width point.
    expect(parseGuess('\u22120.5', wan)).toBe(-5_000);
    expect(parseGuess('１２５．５', wan)).toBe(1_255_000);
    expect(guessUnit('persons', 5_552, zh, units)).toEqual({ scale: 1, unit: '人' });
    expect(guessUnit('persons', 1_293_284, en, units)).toEqual({ scale: 1_000_000, unit: 'M' });
    expect(guessUnit('persons', 540_099, en, units)).toEqual({ scale: 1_000, unit: 'k' });
    expect(guessUnit('share', 0.2, en, units)).toEqual({ scale: 0.01, unit: '%' });
    expect(parseGuess('20', guessUnit('share', 0.2, en, units))).toBeCloseTo(0.2, 12);
    expect(judgeGuess(1_293_284, 1_250_000)).toEqual({ guess: 1_250_000, diff: 43_284, relative: (1_250_000 - 1_293_284) / 1_293_284 });
    expect(judgeGuess(0, 5).relative).toBeNull();
  });

  it('offers a placeholder example in the guess box’s unit, from the 2020 figure (never the answer)', async () => {
    const units = { places: '个', beds: '张', persons: '人' };
    const t = await wt('zh-CN');
    // Residents in 万人: 1,195,124 in 2020 reads "120"; births in persons; a share in %.
    expect(guessExample(1_195_124, guessUnit('persons', 1_293_284, zh, units), zh)).toBe('120');
    expect(guessExample(6_962, guessUnit('persons', 5_552, zh, units), zh)).toBe('7,000');
    expect(guessExample(0.1647, guessUnit('share', 0.19, zh, units), zh)).toBe('16');
    expect(guessExample(1_195_124, guessUnit('persons', 1_293_284, en, units), en)).toBe('1.2');
    expect(t('present.guessPlaceholder', { example: '120' })).toBe('例如 120');
  });

  it('shows four headline numbers with the change from the previous step, and hides a pending answer', async () => {
    const t = await wt('zh-CN');
    const first = headlineNumbers({ current: stepResults(steps[0].values), previous: null, predict: steps[0].step.predict, pending: true }, t, zh);
    expect(first.map((h) => h.indicator)).toEqual(['residents', 'hukouPopulation', 'age60plusShare', 'births']);
    expect(first[0]).toMatchObject({ hidden: true, value: { value: '?', unit: '' }, delta: null, label: '常住人口（2025年）' });
    expect(first[1]).toMatchObject({ hidden: false, delta: null });
    const third = headlineNumbers({ current: stepResults(steps[2].values), previous: stepResults(steps[1].values), pending: false }, t, zh);
    const residents = (i: number) => scenarioReport(steps[i].values).rows.find((r) => r.year === 2025)!.residents;
    expect(third[0].value).toEqual(zh.personsParts(residents(2)));
    expect(third[0].delta).toBe(`较上一步 ${zh.personsDiff(residents(2) - residents(1))}`);
    // The last step asks about care beds: a fifth number, hidden until revealed.
    const last = headlineNumbers({ current: stepResults(steps[5].values), previous: stepResults(steps[4].values), predict: steps[5].step.predict, pending: true }, t, zh);
    expect(last).toHaveLength(5);
    expect(last[4]).toMatchObject({ indicator: 'careBeds', hidden: true });
    expect(last[0].delta).toBe('与上一步相同');
  });

  it('lists what changed with labels and values in the interface language', () => {
    expect(changeLines(steps[2].changed, steps[1].values, 'zh-CN')).toEqual([{ id: 'centralCityInflow', label: '中心城区人口疏解迁入', from: '14,800人/年', to: '26,200人/年' }]);
    expect(changeLines(steps[1].changed, steps[0].values, 'en').map((l) => `${l.from} → ${l.to}`)).toEqual(['0% → 10%', '0% → 50%']);
  });
  it('brackets a per-year path, whose own arrows would otherwise read as the change', () => {
    const path = { byYear: { '2021': 12_000, '2025': 6_000 } };
    const [line] = changeLines({ centralCityInflow: path }, steps[1].values, 'en');
    expect(line.to).toBe('(2021\u00a012,000 → 2025\u00a06,000 persons/year)');
    // The step before holds one number: it reads as before, unbracketed.
    expect(line.from).toMatch(/^[\d,]+ persons\/year$/);
  });
});

describe('a step’s charts', () => {
  it('has a view-model for every chart id of the format, in both languages', async () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const ctx = await viewContext(language);
      const t = await wt(language);
      for (const chart of WALKTHROUGH_CHARTS) {
        const vm = walkthroughChartViewModel(chart, stepResults(steps[3].values), ctx, t);
        expect(vm.title, chart).not.toMatch(/charts\./);
        expect(vm.series.length).toBeGreaterThan(0);
      }
    }
  });

  it('draws the hukou chart from the model’s rows', async () => {
    const rows = stepResults(steps[4].values).rows;
    const vm = hukouViewModel(rows, await viewContext('zh-CN'), await wt('zh-CN'));
    expect(vm.series.map((s) => s.key)).toEqual(['hukou', 'nonHukou', 'targetHukou']);
    expect(vm.series[0].data).toEqual(rows.map((r) => r.hukouPopulation));
    expect(vm.series[1].data).toEqual(rows.map((r) => r.tianjin + r.outside));
    expect(vm.series[2].data.filter((v) => v !== null)).toEqual([526_000]);
  });

  it('shares one value axis between a step and the previous one, so a replay moves data, not the axis', async () => {
    const ctx = await viewContext('zh-CN');
    const t = await wt('zh-CN');
    const vm = (i: number, chart: (typeof WALKTHROUGH_CHARTS)[number]) => walkthroughChartViewModel(chart, stepResults(steps[i].values), ctx, t);
    for (const chart of WALKTHROUGH_CHARTS) {
      const current = vm(4, chart);
      const previous = vm(3, chart);
      const shared = withSharedAxis(current, previous);
      const extent = [dataExtent(current)!, dataExtent(previous)!];
      for (const e of extent) {
        expect(shared.valueAxis.min!, chart).toBeLessThanOrEqual(e.min);
        expect(shared.valueAxis.max!, chart).toBeGreaterThanOrEqual(e.max);
      }
      if (current.valueAxis.min !== undefined) expect(shared.valueAxis.min).toBe(chart === 'pyramid' ? -shared.valueAxis.max! : current.valueAxis.min);
    }
    // Stacked bars count by their stack totals.
    const residents = vm(0, 'residents');
    expect(dataExtent(residents)!.max).toBeCloseTo(Math.max(...stepResults(steps[0].values).rows.map((r) => r.residents)), 3);
    expect(withSharedAxis(residents, null)).toBe(residents);
    expect(niceStep(1_620_000)).toBe(250_000);
    expect(niceStep(77)).toBe(10);
  });
});

describe('the presenter payload', () => {
  it('holds the step’s notes, the answer before the reveal, what changed and the next step — and passes the host’s schema', async () => {
    const t = await wt('zh-CN');
    let nav = initialNav(doc.steps.map((s) => s.predict !== undefined));
    nav = navReducer(navReducer(navReducer(nav, { type: 'reveal' }), { type: 'next' }), { type: 'next' });
    nav = navReducer(nav, { type: 'next' });
    expect(nav.index).toBe(2);
    const state = presenterState({ doc, steps, nav, language: 'zh-CN', t, format: zh });
    const residents = scenarioReport(steps[2].values).rows.find((r) => r.year === 2025)!.residents;
    expect(state).toMatchObject({
      language: 'zh-CN', walkthroughTitle: doc.title.zh, index: 2, count: 6,
      step: { title: doc.steps[2].title.zh, notes: doc.steps[2].notes.zh, question: doc.steps[2].predict!.question.zh, answer: zh.persons(residents), revealed: false, changes: ['中心城区人口疏解迁入：14,800人/年 → 26,200人/年'] },
      next: { title: doc.steps[3].title.zh, notes: doc.steps[3].notes.zh },
    });
    expect(presenterStateSchema.safeParse(state).success).toBe(true);
    const last = presenterState({ doc, steps, nav: navReducer(nav, { type: 'last' }), language: 'en', t: await wt('en'), format: en });
    expect(last.next).toBeNull();
    expect(last.step.changes).toEqual([]);
    expect(presenterStateSchema.safeParse(last).success).toBe(true);
  });
});

/**
 * The compare view's pure parts: the comparison the page computes equals the model's own
 * `compareScenarios`; overlaid series, the shared-axis pyramids, the headline table's formatting and
 * "what differs" carry the model's numbers in each language; one colour per scenario everywhere.
 */
import { PLAN_TARGETS } from '../../../src/model/service-demand/plan-targets';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareScenarios, headlineTable, indicatorSeries, MAX_COMPARED_SCENARIOS, whatDiffers, type Comparison } from '../../../src/model/compare';
import { scenarioValues } from '../../../src/model/scenario-file/scenario-file';
import type { ScenarioValues } from '../../../src/model/scenario-values';
import { populationByAge } from '../../../src/model/xiqing/scenario/indicators';
import { LEVER_SPECS } from '../../../src/model/xiqing/levers/lever-specs';
import { createI18n } from '../../../renderer/src/i18n/i18n';
import type { ViewContext } from '../../../renderer/src/charts/chart-view-model';
import { groupAges, niceCeiling } from '../../../renderer/src/charts/pyramid-view-model';
import { CHART_INDICATORS } from '../../../renderer/src/compare/compare-indicators';
import { createCompareStore, pyramidPartner } from '../../../renderer/src/compare/compare-store';
import { compareValues, scenarioResult } from '../../../renderer/src/compare/comparison';
import { COMPARE_PALETTE, nextColour, tint } from '../../../renderer/src/compare/palette';
import { comparePyramidViewModels, sharedPyramidLimit, WOMEN_TINT, type PyramidSide } from '../../../renderer/src/compare/pyramids-view-model';
import { compareSeriesViewModel, type ComparedScenario } from '../../../renderer/src/compare/series-view-model';
import { headlineTableViewModel } from '../../../renderer/src/compare/table-view-model';
import { sameInputs } from '../../../renderer/src/compare/use-comparison';
import type { PathValue } from '../../../src/model/xiqing/levers/year-path';
import { whatDiffersViewModel } from '../../../renderer/src/compare/what-differs-view-model';
import { presetList } from '../../../renderer/src/presets/preset-list';
import compareEn from '../../../renderer/src/i18n/compare/en.json';
import compareZh from '../../../renderer/src/i18n/compare/zh-CN.json';
import { loadPresetModules } from '../support/preset-modules';
import { formatIndicatorDiff, formatRelative, formatSettingValue, numberFormat, signed } from '../../../src/format';

const { presets } = presetList(loadPresetModules());
const values = (id: string): ScenarioValues => scenarioValues(presets.find((p) => p.id === id)!.file);
const IDS = ['trend', 'plan-targets', 'central-city-surge'];

let zh: ViewContext;
let en: ViewContext;
let comparison: Comparison;
let scenarios: ComparedScenario[];

beforeAll(async () => {
  const zhI18n = await createI18n('zh-CN');
  const enI18n = await createI18n('en');
  zh = { t: zhI18n.getFixedT('zh-CN', 'compare'), format: numberFormat('zh-CN') };
  en = { t: enI18n.getFixedT('en', 'compare'), format: numberFormat('en') };
  comparison = compareValues(IDS.map(values));
  scenarios = IDS.map((id, i) => ({ key: `k${i}`, name: id, colour: COMPARE_PALETTE[i] }));
});

describe('the comparison the page computes', () => {
  it('is the model’s compareScenarios, run once per set of values', () => {
    const model = compareScenarios(IDS.map((id) => ({ name: id, ...values(id) })));
    expect(comparison.years).toEqual(model.years);
    expect(comparison.hasServices).toBe(true);
    const ours = headlineTable(comparison);
    const theirs = headlineTable(model);
    expect(ours.rows).toEqual(theirs.rows);
    expect(ours.indicators).toEqual(theirs.indicators);
    // Cached by the identity of the value objects: the same values give the same result object.
    const v = values('talent-led');
    expect(scenarioResult(v)).toBe(scenarioResult(v));
    expect(scenarioResult({ levers: { ...v.levers }, norms: v.norms })).not.toBe(scenarioResult(v));
  });

  it('keeps to the years every scenario reaches when an end year differs', () => {
    const short = { ...values('trend'), levers: { ...values('trend').levers, endYear: 2030 } };
    const mixed = compareValues([values('trend'), short]);
    expect(mixed.years).toEqual(compareScenarios([{ name: 'a', ...values('trend') }, { name: 'b', ...short }]).years);
    expect(mixed.years.at(-1)).toBe(2030);
  });

  it('notices changed inputs by identity, key and colour', () => {
    const a = [{ key: 'a', colour: '#000000', values: values('trend') }];
    expect(sameInputs(a, [{ ...a[0] }])).toBe(true);
    expect(sameInputs(a, [{ ...a[0], values: { ...a[0].values } }])).toBe(true);
    expect(sameInputs(a, [{ ...a[0], values: { ...a[0].values, norms: { ...a[0].values.norms } } }])).toBe(false);
    expect(sameInputs(a, [{ ...a[0], colour: '#111111' }])).toBe(false);
    expect(sameInputs(a, [])).toBe(false);
  });
});

describe('overlaid series view-model', () => {
  it('has one line per scenario with the model’s values and the scenario’s colour, and the active targets as markers', () => {
    for (const indicator of CHART_INDICATORS) {
      const vm = compareSeriesViewModel(comparison, indicator, scenarios, zh);
      const model = indicatorSeries(comparison, indicator.id)!;
      const lines = vm.series.filter((s) => s.kind === 'line');
      expect(vm.labels).toEqual(model.years.map(String));
      expect(lines.map((s) => s.data)).toEqual(model.lines.map((l) => l.values.map((v) => (Number.isFinite(v) ? v : null))));
      expect(lines.map((s) => s.color)).toEqual(scenarios.map((s) => s.colour));
      expect(lines.map((s) => s.label)).toEqual(scenarios.map((s) => s.name));
      // Targets: the plan's (the editor's), a point in their year at the target's value.
      const targets = PLAN_TARGETS.filter((p) => p.measure.kind === 'indicator' && p.measure.field === indicator.id);
      const markers = vm.series.filter((s) => s.kind === 'marker');
      expect(markers.map((m) => m.data)).toEqual(targets.map((p) => model.years.map((y) => (y === p.year ? p.target : null))));
      expect(vm.series).toHaveLength(lines.length + markers.length);
      expect(vm.title).toBe(compareZh.indicators[indicator.id as keyof typeof compareZh.indicators]);
    }
  });

  it('covers the eight indicators of the brief', () => {
    expect(CHART_INDICATORS.map((i) => i.id)).toEqual([
      'residents', 'hukouPopulation', 'age60plusShare', 'age65plusShare', 'births', 'age0to2', 'childcarePlacesByNorm', 'careBeds',
    ]);
  });

  it('labels axes in the interface language’s units', () => {
    const residents = CHART_INDICATORS[0];
    const zhVm = compareSeriesViewModel(comparison, residents, scenarios, zh);
    const enVm = compareSeriesViewModel(comparison, residents, scenarios, en);
    expect(zhVm.valueAxis).toMatchObject({ title: '万人', divisor: 10_000 });
    expect(enVm.valueAxis).toMatchObject({ title: compareEn.axis.millionPersons, divisor: 1_000_000 });
    const share = compareSeriesViewModel(comparison, CHART_INDICATORS[2], scenarios, en);
    expect(share.valueAxis.divisor).toBe(0.01);
    expect(share.formatValue(0.1234)).toBe('12.3%');
    expect(compareSeriesViewModel(comparison, CHART_INDICATORS[7], scenarios, zh).formatValue(10213)).toBe('10,213张');
    expect(compareSeriesViewModel(comparison, CHART_INDICATORS[7], scenarios, en).formatValue(10213)).toBe('10,213 beds');
  });
});

describe('side-by-side pyramids', () => {
  const sides = (ids: string[]): PyramidSide[] =>
    ids.map((id, i) => {
      const result = scenarioResult(values(id));
      return { key: id, name: id, colour: COMPARE_PALETTE[i], byAge: result.rows.map((_, t) => populationByAge(result.run, t)) };
    });

  it('share one axis: the round limit of the largest group of either scenario in any year', () => {
    const pair = sides(['trend', 'central-city-surge']);
    let largest = 0;
    for (const side of pair) for (const pop of side.byAge) for (const v of [...groupAges(pop.male), ...groupAges(pop.female)]) largest = Math.max(largest, v);
    const limit = sharedPyramidLimit(pair);
    expect(limit).toBe(niceCeiling(largest));
    const years = comparison.years;
    for (const index of [0, 5, years.length - 1]) {
      const [left, right] = comparePyramidViewModels(pair, years, index, zh);
      expect(left.valueAxis).toEqual(right.valueAxis);
      expect(left.valueAxis.min).toBe(-limit);
      expect(left.valueAxis.max).toBe(limit);
    }
    // The larger scenario sets the scale for both: each alone may need less.
    expect(Math.max(sharedPyramidLimit([pair[0]]), sharedPyramidLimit([pair[1]]))).toBe(limit);
  });

  it('shows each scenario’s residents of the year in its colour, men negative, women in a tint', () => {
    const pair = sides(['trend', 'plan-targets']);
    const years = comparison.years;
    const index = years.indexOf(2030);
    const vms = comparePyramidViewModels(pair, years, index, en);
    vms.forEach((vm, i) => {
      const total = vm.series.reduce((sum, s) => sum + s.data.reduce<number>((a, v) => a + Math.abs(v ?? 0), 0), 0);
      const row = scenarioResult(values(i === 0 ? 'trend' : 'plan-targets')).rows[index];
      expect(total).toBeCloseTo(row.residents, 3);
      expect(vm.series[0].data.every((v) => (v ?? 0) <= 0)).toBe(true);
      expect(vm.series[0].color).toBe(COMPARE_PALETTE[i]);
      expect(vm.series[1].color).toBe(tint(COMPARE_PALETTE[i], WOMEN_TINT));
      expect(vm.title).toBe(pair[i].name);
    });
  });
});

describe('headline table view-model', () => {
  it('formats every model cell in Chinese: values, differences (pp for shares) and relative differences', () => {
    const table = headlineTable(comparison);
    const vm = headlineTableViewModel(table, scenarios, zh);
    expect(vm.years).toEqual([2025, 2030, 2035]);
    expect(vm.groups.map((g) => g.indicator)).toEqual([
      'residents', 'hukouPopulation', 'age60plusShare', 'age65plusShare', 'births', 'age0to2', 'age3to5',
      'childcarePlacesByNorm', 'preschoolPlaces', 'careBeds',
    ]);
    expect(vm.columns.map((c) => c.colour)).toEqual(scenarios.map((s) => s.colour));
    expect(vm.columns.map((c) => c.baseline)).toEqual([true, false, false]);
    const f = numberFormat('zh-CN');
    for (const group of vm.groups) {
      for (const row of group.rows) {
        const model = table.rows.find((r) => r.indicator === group.indicator && r.year === row.year)!;
        row.cells.forEach((cell, i) => {
          expect(cell.raw.value).toBe(model.cells[i].value);
          expect(cell.raw.rel).toBe(model.cells[i].relDiff);
          if (i === 0) {
            expect(cell.diff).toBeNull();
            expect(cell.rel).toBeNull();
            return;
          }
          if (model.kind === 'share') {
            expect(cell.raw.diff).toBe(model.cells[i].diffPoints);
            expect(cell.value).toBe(f.share(model.cells[i].value));
            expect(cell.diff).toBe(f.pointsDiff(model.cells[i].diffPoints / 100));
            expect(cell.diff).toMatch(/个百分点$/);
          } else {
            expect(cell.raw.diff).toBe(model.cells[i].diff);
            if (model.unit === 'persons') expect(cell.diff).toBe(f.personsDiff(model.cells[i].diff));
            if (model.unit === 'places') expect(cell.diff).toMatch(/个$/);
            if (model.unit === 'beds') expect(cell.diff).toMatch(/张$/);
          }
          expect(cell.rel).toMatch(/^[+\u2212]?\d+(\.\d)?%$/);
        });
      }
    }
  });

  it('writes English units and signs, and a dash for a relative difference from zero', () => {
    const table = headlineTable(comparison);
    const vm = headlineTableViewModel(table, scenarios, en);
    const residents2025 = vm.groups[0].rows[0].cells[2];
    expect(residents2025.diff).toMatch(/^[+\u2212][\d.,]+ (k|M)$|^[+\u2212][\d,]+$/);
    const share = vm.groups.find((g) => g.indicator === 'age60plusShare')!.rows[0].cells[1];
    expect(share.diff).toMatch(/pp$/);
    expect(formatRelative(null, 'en')).toBe('—');
    expect(formatRelative(0.0523, 'en')).toBe('+5.2%');
    expect(formatRelative(-0.0523, 'zh-CN')).toBe('\u22125.2%');
    expect(formatIndicatorDiff('preschoolPlaces', 1234, 'en')).toBe('+1,234 places');
    expect(formatIndicatorDiff('careBeds', -12, 'zh-CN')).toBe('\u221212张');
    expect(formatIndicatorDiff('preschoolPlaces', 0.3, 'zh-CN')).toBe('0个');
    expect(signed('0.0', 0.001)).toBe('0.0');
  });

  it('carries the active targets: a target column where a target applies, and each scenario’s standing against it', () => {
    const vm = headlineTableViewModel(headlineTable(comparison), scenarios, zh);
    const target = PLAN_TARGETS.find((p) => p.id === 'residents')!;
    const residents = vm.groups.find((g) => g.indicator === 'residents')!;
    const row2025 = residents.rows.find((r) => r.year === 2025)!;
    expect(row2025.target).toBe(`约${zh.format.persons(target.target)}（±${Math.round(target.tolerance! * 100)}%）`);
    row2025.cells.forEach((cell) => {
      const off = cell.raw.value / target.target - 1;
      const kind = Math.abs(off) <= target.tolerance! ? 'met' : off < 0 ? 'below' : 'above';
      expect(cell.status?.kind).toBe(kind);
      if (kind !== 'met') expect(cell.status?.text).toContain(zh.format.persons(Math.abs(cell.raw.value - target.target)));
    });
    // Years and indicators without a target: no target, no standing.
    expect(residents.rows.find((r) => r.year === 2030)!.target).toBeNull();
    expect(vm.groups.find((g) => g.indicator === 'age60plusShare')!.rows.every((r) => r.target === null && r.cells.every((c) => c.status === null))).toBe(true);
  });

  it('shows the latest observed figure under its indicator, worded as the editor’s tile, and nothing without observations', () => {
    const observed = { observations: [{ year: 2021, residents: 1_210_000 }, { year: 2023, residents: 1_245_000, hukouPopulation: 500_000 }, { year: 2040, residents: 1 }] };
    const vm = headlineTableViewModel(headlineTable(comparison), scenarios, zh, undefined, observed);
    const group = (id: string) => vm.groups.find((g) => g.indicator === id)!;
    // The latest year up to the table's last: 2023, not 2040 (after the table) nor 2021.
    expect(group('residents').observed).toBe(`2023年实际 ${zh.format.persons(1_245_000)}`);
    expect(group('hukouPopulation').observed).toBe(`2023年实际 ${zh.format.persons(500_000)}`);
    expect(group('age60plusShare').observed).toBeNull();
    expect(headlineTableViewModel(headlineTable(comparison), scenarios, zh).groups.every((g) => g.observed === null)).toBe(true);
  });

  it('marks direction by the shown figure, so a difference that rounds to zero reads as the same', () => {
    const vm = headlineTableViewModel(headlineTable(compareValues([values('trend'), values('trend')])), scenarios.slice(0, 2), zh);
    for (const group of vm.groups) for (const row of group.rows) expect(row.cells[1].direction).toBe('same');
    const differs = headlineTableViewModel(headlineTable(comparison), scenarios, zh);
    const surge2030 = differs.groups[0].rows[1].cells[2];
    expect(surge2030.direction).toBe(surge2030.raw.diff > 0 ? 'up' : 'down');
  });
});

describe('what differs view-model', () => {
  it('lists the model’s differing settings with labels and units in each language', () => {
    const settings = comparison.scenarios;
    const model = whatDiffers(settings);
    const zhRows = whatDiffersViewModel(settings, 'zh-CN');
    const enRows = whatDiffersViewModel(settings, 'en');
    expect(zhRows.map((r) => r.id)).toEqual(model.map((m) => m.id));
    expect(zhRows.length).toBeGreaterThan(0);
    const inflow = zhRows.find((r) => r.id === 'centralCityInflow')!;
    expect(inflow.label).toBe(LEVER_SPECS.centralCityInflow.label.zh);
    expect(inflow.values).toEqual(['14,800人/年', '26,200人/年', '25,000人/年']);
    expect(inflow.differs).toEqual([false, true, true]);
    const enInflow = enRows.find((r) => r.id === 'centralCityInflow')!;
    expect(enInflow.label).toBe(LEVER_SPECS.centralCityInflow.label.en);
    expect(enInflow.values[2]).toBe('25,000 persons/year');
    const share = enRows.find((r) => r.id === 'centralCityHukouShare')!;
    expect(share.values).toEqual(['20%', '20%', '30%']);
    expect(share.differs).toEqual([false, false, true]);
  });

  it('is empty for scenarios that agree', () => {
    expect(whatDiffersViewModel([values('trend'), values('trend')], 'en')).toEqual([]);
  });

  it('shows a per-year path as its changes, and a path equal to the baseline’s number as not differing', () => {
    const trend = values('trend');
    const withPath = (v: PathValue): ScenarioValues => ({ ...trend, levers: { ...trend.levers, centralCityInflow: v } });
    const path = { byYear: { '2021': 12_000, '2023': 8_000, '2025': 10_000 } };
    const same = { byYear: { '2021': trend.levers.centralCityInflow as number, '2025': trend.levers.centralCityInflow as number } };
    const rows = whatDiffersViewModel([trend, withPath(path), withPath(same)], 'zh-CN');
    const inflow = rows.find((r) => r.id === 'centralCityInflow')!;
    expect(inflow.values[1]).toBe('2021\u00a012,000 → 2023\u00a08,000 → 2025\u00a010,000人/年');
    expect(inflow.values[2]).toBe(formatSettingValue(LEVER_SPECS.centralCityInflow, trend.levers.centralCityInflow, 'zh-CN'));
    expect(inflow.differs).toEqual([false, true, false]);
  });
});

describe('one colour per scenario', () => {
  it('the palette has a distinct colour for each scenario a comparison holds', () => {
    expect(COMPARE_PALETTE).toHaveLength(MAX_COMPARED_SCENARIOS);
    expect(new Set(COMPARE_PALETTE).size).toBe(MAX_COMPARED_SCENARIOS);
    const used: string[] = [];
    for (let i = 0; i < MAX_COMPARED_SCENARIOS; i++) used.push(nextColour(used));
    expect(used).toEqual([...COMPARE_PALETTE]);
    expect(() => nextColour(used)).toThrow(RangeError);
  });

  it('a scenario keeps its colour when others are removed or it becomes the baseline; a newcomer takes a free colour', () => {
    const store = createCompareStore(IDS.map((presetId) => ({ kind: 'preset' as const, presetId })));
    const before = new Map(store.getState().items.map((i) => [i.key, i.colour]));
    expect(new Set(before.values()).size).toBe(3);
    const [first, second, third] = store.getState().items;
    store.remove(second.key);
    store.makeBaseline(third.key);
    expect(store.getState().items.map((i) => i.key)).toEqual([third.key, first.key]);
    for (const item of store.getState().items) expect(item.colour).toBe(before.get(item.key));
    expect(pyramidPartner(store.getState())?.key).toBe(first.key);
    expect(store.add({ kind: 'preset', presetId: 'talent-led' })).toBe(true);
    expect(store.getState().items.at(-1)!.colour).toBe(second.colour);
    // The same scenario is not added twice; the comparison holds at most six.
    expect(store.add({ kind: 'preset', presetId: 'trend' })).toBe(false);
    store.add({ kind: 'preset', presetId: 'low-fertility' });
    store.add({ kind: 'preset', presetId: 'three-child-uplift' });
    store.add({ kind: 'open', scenarioId: 'scenario-1' });
    expect(store.getState().items).toHaveLength(MAX_COMPARED_SCENARIOS);
    expect(store.add({ kind: 'open', scenarioId: 'scenario-2' })).toBe(false);
    expect(new Set(store.getState().items.map((i) => i.colour)).size).toBe(MAX_COMPARED_SCENARIOS);
  });

  it('the same colour reaches the chart line, the pyramid, the table column and the differs column of a scenario', () => {
    const store = createCompareStore(IDS.map((presetId) => ({ kind: 'preset' as const, presetId })));
    const items = store.getState().items;
    const compared = items.map((item, i) => ({ key: item.key, name: IDS[i], colour: item.colour }));
    const chart = compareSeriesViewModel(comparison, CHART_INDICATORS[0], compared, zh);
    const table = headlineTableViewModel(headlineTable(comparison), compared, zh);
    const result = (i: number) => comparison.scenarios[i];
    const pyramids = comparePyramidViewModels(
      [0, 2].map((i) => ({ ...compared[i], byAge: result(i).rows.map((_, t) => populationByAge(result(i).run, t)) })),
      comparison.years, 0, zh,
    );
    items.forEach((item, i) => {
      expect(chart.series[i].color).toBe(item.colour);
      expect(table.columns[i].colour).toBe(item.colour);
    });
    expect(pyramids[0].series[0].color).toBe(items[0].colour);
    expect(pyramids[1].series[0].color).toBe(items[2].colour);
  });
});

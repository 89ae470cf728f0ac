import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LEVERS } from '../../../src/model/xiqing/levers/lever-values';
import { DEFAULT_NORMS } from '../../../src/model/service-demand/norm-specs';
import { xiqingIndicators } from '../../../src/model/xiqing/model';
import en from '../../../renderer/src/i18n/en.json';
import zh from '../../../renderer/src/i18n/zh-CN.json';
import { ageSharesViewModel } from '../../../renderer/src/charts/age-shares-view-model';
import { birthsDeathsViewModel } from '../../../renderer/src/charts/births-deaths-view-model';
import { chartData, chartOptions } from '../../../renderer/src/charts/chart-config';
import { tickLabel, type ViewContext } from '../../../renderer/src/charts/chart-view-model';
import { groupAges, niceCeiling, pyramidLimit, pyramidViewModel } from '../../../renderer/src/charts/pyramid-view-model';
import { residentsViewModel } from '../../../renderer/src/charts/residents-view-model';
import { serviceDemandViewModel } from '../../../renderer/src/charts/service-demand-view-model';
import { serviceRows } from '../../../src/model/service-demand/demand';
import { runXiqing } from '../../../src/model/xiqing/model';
import { computeResults, type ModelResults } from '../../../renderer/src/model/model-results';
import { viewContext } from '../support/view-context';

let results: ModelResults;
let zhCtx: ViewContext;
let enCtx: ViewContext;
const levers = { ...DEFAULT_LEVERS, centralCityInflow: 25_000, tfr2035: 0.8 };

beforeAll(async () => {
  results = computeResults(levers, DEFAULT_NORMS);
  zhCtx = await viewContext('zh-CN');
  enCtx = await viewContext('en');
});

const series = (vm: { series: { key: string; data: (number | null)[] }[] }, key: string) => vm.series.find((s) => s.key === key)!.data;

describe('residents chart view-model', () => {
  it('carries the model’s own numbers for every state and the hukou population', () => {
    const rows = xiqingIndicators(levers);
    const vm = residentsViewModel(results.rows, zhCtx);
    expect(vm.labels).toEqual(rows.map((r) => String(r.year)));
    expect(series(vm, 'local')).toEqual(rows.map((r) => r.local));
    expect(series(vm, 'tianjin')).toEqual(rows.map((r) => r.tianjin));
    expect(series(vm, 'outside')).toEqual(rows.map((r) => r.outside));
    expect(series(vm, 'hukou')).toEqual(rows.map((r) => r.hukouPopulation));
  });

  it('marks the 2025 targets at 2025 only', () => {
    const vm = residentsViewModel(results.rows, zhCtx);
    const at2025 = results.rows.findIndex((r) => r.year === 2025);
    const residents = series(vm, 'targetResidents');
    expect(residents[at2025]).toBe(1_350_000);
    expect(residents.filter((v) => v !== null)).toHaveLength(1);
    expect(series(vm, 'targetHukou')[at2025]).toBe(526_000);
  });

  it('labels series and axes in each language, with units', () => {
    const zhVm = residentsViewModel(results.rows, zhCtx);
    const enVm = residentsViewModel(results.rows, enCtx);
    expect(zhVm.valueAxis.title).toBe(zh.charts.residents.axis);
    expect(zhVm.valueAxis.title).toContain('万人');
    expect(enVm.valueAxis.title).toBe(en.charts.residents.axis);
    expect(enVm.valueAxis.title).toContain('million');
    expect(zhVm.series.map((s) => s.label).slice(0, 4)).toEqual([
      zh.charts.residents.local, zh.charts.residents.tianjin, zh.charts.residents.outside, zh.charts.residents.hukou,
    ]);
    expect(enVm.series[0].label).toBe(en.charts.residents.local);
    expect(zhVm.series[4].label).toBe('2025年常住人口目标（135.0万人）');
    expect(enVm.series[5].label).toBe('2025 hukou target (526.0 k)');
    expect(zhVm.categoryTitle).toBe(zh.charts.year);
    // Ticks: 万人 in Chinese, millions in English.
    expect(tickLabel(zhVm.valueAxis, 1_200_000, zhCtx.format)).toBe('120');
    expect(tickLabel(enVm.valueAxis, 1_200_000, enCtx.format)).toBe('1.2');
    expect(enVm.formatValue(1_195_000)).toBe('1.195 M');
  });

  it('maps to chart.js: stacked bars for the states, lines for the rest', () => {
    const vm = residentsViewModel(results.rows, enCtx);
    const data = chartData(vm);
    expect(data.datasets.map((d) => d.type)).toEqual(['bar', 'bar', 'bar', 'line', 'line', 'line']);
    expect(new Set(data.datasets.slice(0, 3).map((d) => d.stack))).toEqual(new Set(['residents']));
    const options = chartOptions(vm, enCtx.format);
    expect(options.scales?.y?.stacked).toBe(true);
    expect((options.scales?.y as { title: { text: string } }).title.text).toBe(en.charts.residents.axis);
  });

  it('draws English in a Latin face first and Chinese in the CJK face first, like the page', () => {
    const family = (ctx: typeof enCtx) => {
      const options = chartOptions(residentsViewModel(results.rows, ctx), ctx.format);
      const y = options.scales?.y as { ticks: { font: { family: string } }; title: { font: { family: string } } };
      const legend = options.plugins?.legend?.labels?.font as { family: string };
      expect(y.title.font.family).toBe(y.ticks.font.family);
      expect(legend.family).toBe(y.ticks.font.family);
      return y.ticks.font.family.split(',')[0].trim();
    };
    expect(family(enCtx)).toBe('"Noto Sans"');
    expect(family(zhCtx)).toBe('"Noto Sans CJK SC"');
  });
});

describe('age-structure chart view-model', () => {
  it('shows the model’s shares in percent', () => {
    const vm = ageSharesViewModel(results.rows, zhCtx);
    expect(series(vm, 'age0to14')).toEqual(results.rows.map((r) => r.age0to14Share));
    expect(series(vm, 'age15to64')).toEqual(results.rows.map((r) => r.age15to64Share));
    expect(series(vm, 'age60plus')).toEqual(results.rows.map((r) => r.age60plusShare));
    expect(series(vm, 'age65plus')).toEqual(results.rows.map((r) => r.age65plusShare));
    expect(vm.valueAxis.title).toBe(zh.charts.ageShares.axis);
    expect(tickLabel(vm.valueAxis, 0.2, zhCtx.format)).toBe('20');
    expect(vm.formatValue(0.19421)).toBe('19.4%');
    expect(ageSharesViewModel(results.rows, enCtx).series.map((s) => s.label)).toEqual([
      en.charts.ageShares.age0to14, en.charts.ageShares.age15to64, en.charts.ageShares.age60plus, en.charts.ageShares.age65plus,
    ]);
  });
});

describe('births and deaths chart view-model', () => {
  it('shows the model’s births and deaths, with a gap for 2020 (its row holds only the census-to-year-end flows)', () => {
    const vm = birthsDeathsViewModel(results.rows, enCtx);
    expect(results.rows[0].year).toBe(2020);
    // Two months of births are a sixth of a year's: drawn, they would look like a collapse of births.
    expect(results.rows[0].births).toBeLessThan(results.rows[1].births / 3);
    expect(series(vm, 'births')).toEqual([null, ...results.rows.slice(1).map((r) => r.births)]);
    expect(series(vm, 'deaths')).toEqual([null, ...results.rows.slice(1).map((r) => r.deaths)]);
    expect(vm.valueAxis.title).toBe(en.charts.birthsDeaths.axis);
    expect(birthsDeathsViewModel(results.rows, zhCtx).valueAxis.title).toBe(zh.charts.birthsDeaths.axis);
  });
});

describe('age pyramid view-model', () => {
  it('groups single ages into five-year groups and puts men on the left', () => {
    const index = results.rows.findIndex((r) => r.year === 2030);
    const vm = pyramidViewModel({ years: results.rows.map((r) => r.year), byAge: results.byAge, index }, zhCtx);
    const pop = results.byAge[index];
    const male = series(vm, 'male') as number[];
    const female = series(vm, 'female') as number[];
    expect(male).toHaveLength(21);
    expect(vm.labels[0]).toBe('0–4');
    expect(vm.labels[20]).toBe('100+');
    expect(-male[0]).toBeCloseTo(pop.male[0] + pop.male[1] + pop.male[2] + pop.male[3] + pop.male[4], 9);
    expect(female[20]).toBe(pop.female[100]);
    const total = female.reduce((a, b) => a + b, 0) - male.reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(results.rows[index].residents, 3);
    expect(vm.horizontal).toBe(true);
    expect(vm.valueAxis.absolute).toBe(true);
    expect(tickLabel(vm.valueAxis, -50_000, zhCtx.format)).toBe('5.0');
    expect(vm.valueAxis.title).toBe(zh.charts.pyramid.axis);
  });

  it('keeps one axis for all years, so playing shows the shape change', () => {
    const years = results.rows.map((r) => r.year);
    const first = pyramidViewModel({ years, byAge: results.byAge, index: 0 }, enCtx);
    const last = pyramidViewModel({ years, byAge: results.byAge, index: years.length - 1 }, enCtx);
    expect(first.valueAxis.max).toBe(last.valueAxis.max);
    expect(first.valueAxis.min).toBe(-(first.valueAxis.max ?? 0));
    for (const vm of [first, last]) for (const v of [...series(vm, 'male'), ...series(vm, 'female')]) expect(Math.abs(v ?? 0)).toBeLessThanOrEqual(vm.valueAxis.max ?? 0);
  });

  it('helpers: grouping and round axis limits', () => {
    expect(groupAges([1, 1, 1, 1, 1, 2, 2])).toEqual([5, 4]);
    expect(niceCeiling(73_000)).toBe(100_000);
    expect(niceCeiling(43_000)).toBe(50_000);
    expect(niceCeiling(12_000)).toBe(20_000);
  });

  it('the axis limit is the largest five-year group of any year and sex, rounded up', () => {
    const largest = Math.max(...results.byAge.flatMap((pop) => [...groupAges(pop.male), ...groupAges(pop.female)]));
    expect(pyramidLimit(results.byAge)).toBe(niceCeiling(largest));
    // An open last group of one age, and a largest group that is the last one.
    const small = { male: [1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 30], female: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] };
    expect(pyramidLimit([small])).toBe(50);
  });
});

describe('service demand chart view-model', () => {
  it('shows the service layer’s places and beds, labelled with the scenario’s norm', () => {
    const rows = serviceRows(runXiqing(levers), DEFAULT_NORMS);
    const vm = serviceDemandViewModel(results.services, 4.5, zhCtx);
    expect(series(vm, 'childcareWanted')).toEqual(rows.map((r) => r.childcarePlacesByDemand));
    expect(series(vm, 'childcareNeeded')).toEqual(rows.map((r) => r.childcarePlacesByNorm));
    // The childcare lines each have a colour of their own (not two teals).
    const childcare = vm.series.filter((s) => s.key.startsWith('childcare'));
    expect(childcare).toHaveLength(3);
    expect(new Set(childcare.map((s) => s.color)).size).toBe(3);
    expect(series(vm, 'childcareSupply')).toEqual(rows.map((r) => r.childcareSupply));
    expect(series(vm, 'careBeds')).toEqual(rows.map((r) => r.careBeds));
    expect(series(vm, 'nursingBeds')).toEqual(rows.map((r) => r.nursingBeds));
    expect(vm.series[0].label).toBe(zh.charts.services.childcareWanted);
    expect(vm.series[1].label).toBe('托位需求（按每千人4.5个）');
    expect(vm.valueAxis.title).toBe(zh.charts.services.axis);
    expect(serviceDemandViewModel(results.services, 6, enCtx).series[1].label).toBe('Childcare places needed (6.0 per 1,000)');
  });
});

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LEVERS } from '../../../src/model/xiqing/levers/lever-values';
import { DEFAULT_NORMS } from '../../../src/model/service-demand/norm-specs';
import { planTargetChecklist, PLAN_TARGETS } from '../../../src/model/service-demand/plan-targets';
import { goalSeek } from '../../../src/model/solve/goal-seek';
import en from '../../../renderer/src/i18n/en.json';
import zh from '../../../renderer/src/i18n/zh-CN.json';
import type { ViewContext } from '../../../renderer/src/charts/chart-view-model';
import { computeResults, rowOf, type ModelResults } from '../../../renderer/src/model/model-results';
import { checklistViewModel } from '../../../renderer/src/results/checklist-view-model';
import { headlineViewModel } from '../../../renderer/src/results/headline-view-model';
import { viewContext } from '../support/view-context';

let results: ModelResults;
let zhCtx: ViewContext;
let enCtx: ViewContext;

beforeAll(async () => {
  results = computeResults(DEFAULT_LEVERS, DEFAULT_NORMS);
  zhCtx = await viewContext('zh-CN');
  enCtx = await viewContext('en');
});

const tile = (vm: ReturnType<typeof headlineViewModel>, key: string) => vm!.tiles.find((t) => t.key === key)!;

describe('headline tiles', () => {
  it('show the 2025 population figures with the plan’s targets and gaps', () => {
    const row = rowOf(results, 2025)!;
    const vm = headlineViewModel(results, zhCtx);
    expect(vm!.title).toBe('2025年主要指标');
    const residents = tile(vm, 'residents');
    expect(residents.label).toBe(zh.tiles.residents);
    expect(residents.value).toEqual(zhCtx.format.personsParts(row.residents));
    expect(residents.lines[0]).toBe('目标 约135.0万人');
    expect(residents.lines[1]).toBe(`差距 ${zhCtx.format.personsDiff(row.residents - 1_350_000)}`);
    expect(tile(vm, 'hukou').value).toEqual(zhCtx.format.personsParts(row.hukouPopulation));
    const age60 = tile(vm, 'age60');
    expect(`${age60.value.value}${age60.value.unit}`).toBe(zhCtx.format.share(row.age60plusShare));

    const enVm = headlineViewModel(results, enCtx);
    expect(tile(enVm, 'residents').lines[0]).toBe('Target ≈ 1.350 M');
    // Side by side, the two population tiles share the unit: hukou in M too.
    expect(tile(enVm, 'hukou').value).toEqual({ value: (row.hukouPopulation / 1e6).toFixed(3), unit: 'M' });
    expect(tile(enVm, 'hukou').lines[0]).toBe('Target ≈ 0.526 M');
    expect(tile(enVm, 'births').value.value).toBe(enCtx.format.personsParts(row.births).value);
  });

  it('the residents tile is met within the plan’s “about 1.35 million” (±1%), else below or above', () => {
    // The plan's figure, written out here rather than taken from the code: about 1,350,000, read as ±1%.
    const [low, high] = [1_350_000 * 0.99, 1_350_000 * 1.01];
    const residentsIn2025 = (levers: typeof DEFAULT_LEVERS) => {
      const r = computeResults(levers, DEFAULT_NORMS);
      return { value: rowOf(r, 2025)!.residents, status: tile(headlineViewModel(r, enCtx), 'residents').status };
    };
    const none = residentsIn2025({ ...DEFAULT_LEVERS, centralCityInflow: 0, outsideMigrants: 0 });
    expect(none.value).toBeLessThan(low);
    expect(none.status).toBe('below');
    const most = residentsIn2025({ ...DEFAULT_LEVERS, centralCityInflow: 60_000, outsideMigrants: 80_000 });
    expect(most.value).toBeGreaterThan(high);
    expect(most.status).toBe('above');
    const solved = goalSeek({ levers: DEFAULT_LEVERS, lever: 'centralCityInflow', indicator: 'residents', target: 1_350_000, year: 2025 });
    expect(solved.ok).toBe(true);
    const onTarget = residentsIn2025(solved.ok ? solved.levers : DEFAULT_LEVERS);
    expect(Math.abs(onTarget.value - 1_350_000)).toBeLessThan(1);
    expect(onTarget.status).toBe('met');
  });

  it('show childcare places wanted (by the under-3s) beside the per-1,000 norm, and care beds, from the service layer', () => {
    const demand = results.services.find((r) => r.year === 2025)!;
    const vm = headlineViewModel(results, zhCtx);
    const childcare = tile(vm, 'childcare');
    expect(childcare.label).toBe(zh.tiles.childcare);
    expect(childcare.value).toEqual({ value: zhCtx.format.number(demand.childcarePlacesByDemand), unit: '个' });
    expect(childcare.lines[0]).toBe(`按每千人标准 ${zhCtx.format.number(demand.childcarePlacesByNorm)}个`);
    expect(childcare.lines[2]).toBe(`缺口 ${zhCtx.format.number(demand.childcareGapByDemand)}个`);
    expect(childcare.lines[3]).toBe(zh.tiles.childcareWhy);
    expect(childcare.status).toBe(demand.childcareGapByDemand < 0.5 ? 'met' : 'below');
    const beds = tile(headlineViewModel(results, enCtx), 'careBeds');
    expect(beds.label).toBe(en.tiles.careBeds);
    expect(beds.value).toEqual({ value: enCtx.format.number(demand.careBeds), unit: 'beds' });
    expect(beds.lines[0]).toBe(`Nursing-type ${enCtx.format.number(demand.nursingBeds)} beds`);
  });

  it('the births tile’s 2020 reference is the census count, the same whatever the levers (the 2020 row’s own births move with them)', () => {
    const census = readFileSync(new URL('../../../data/reference/census2020_agesex_xiqing_tianjin_china.csv', import.meta.url), 'utf8');
    const age0 = census.split('\n').find((line) => line.startsWith('0,'))!.split(',');
    const censusBirths = Number(age0[1]) + Number(age0[2]);
    // Migrants' fertility acts from the census on, so the 2020 row (census to 31 December) has other births …
    const busy = computeResults({ ...DEFAULT_LEVERS, migrantFertilityRatio: 1.5 }, DEFAULT_NORMS);
    expect(busy.rows[0].births).not.toBeCloseTo(results.rows[0].births, 0);
    // … the tile's reference does not.
    for (const r of [results, busy]) expect(tile(headlineViewModel(r, zhCtx), 'births').lines[0]).toBe(`2020年（七普）${zhCtx.format.persons(censusBirths)}`);
  });

  it('childcare demand follows fertility: the three-child uplift moves places wanted by as much as the under-3s, the norm barely', () => {
    const uplift = { ...DEFAULT_LEVERS, secondBirthUplift: 0.3, thirdBirthUplift: 0.3 };
    const base = headlineViewModel(results, zhCtx);
    const more = computeResults(uplift, DEFAULT_NORMS);
    const demand = (r: ModelResults) => r.services.find((s) => s.year === 2025)!;
    const under3 = (r: ModelResults) => r.rows.find((s) => s.year === 2025)!.age0to2;
    const underRatio = under3(more) / under3(results);
    expect(underRatio).toBeGreaterThan(1.02);
    // Wanted places scale with the under-3s; places by the norm scale with all residents.
    expect(demand(more).childcarePlacesByDemand / demand(results).childcarePlacesByDemand).toBeCloseTo(underRatio, 6);
    expect(Math.abs(demand(more).childcarePlacesByNorm / demand(results).childcarePlacesByNorm - 1)).toBeLessThan((underRatio - 1) / 2);
    expect(tile(headlineViewModel(more, zhCtx), 'childcare').value.value).not.toBe(tile(base, 'childcare').value.value);
  });
});

describe('plan-target checklist', () => {
  it('words the model’s checklist for the chosen year, in each language', () => {
    const years = results.rows.map((r) => r.year);
    const rows = planTargetChecklist(results.run, results.norms, 2030);
    const vm = checklistViewModel(rows, years, 2030, enCtx);
    expect(vm.year).toBe(2030);
    expect(vm.years[0]).toBe(2021);
    expect(vm.items.map((i) => i.key)).toEqual(PLAN_TARGETS.map((p) => p.id));
    expect(vm.items.map((i) => i.met)).toEqual(rows.map((r) => r.met));
    const residents = vm.items[0];
    expect(residents.value).toBe(enCtx.format.persons(rowOf(results, 2030)!.residents));
    expect(residents.target).toBe('about 1.350 M (±1%)');
    const urbanisation = vm.items.find((i) => i.key === 'urbanisation')!;
    expect(urbanisation.target).toBe('≥ 95.0%');
    const e0 = checklistViewModel(planTargetChecklist(results.run, results.norms, 2025), years, 2025, zhCtx).items.find((i) => i.key === 'lifeExpectancy')!;
    expect(e0.label).toBe('人均期望寿命');
    expect(e0.target).toBe('≥ 82.38岁');
    expect(vm.items.find((i) => i.key === 'healthManagement65')!.assumption).toBe(true);
  });
});

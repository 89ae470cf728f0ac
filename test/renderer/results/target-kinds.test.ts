/**
 * What the checklist and tiles say by target kind: an overshoot of an "at least" target is met (never
 * "未达到"); an "about" target outside its band is "above" or "below" it; a tile with an observation
 * says "2023 actual vs scenario"; a set without a target for a tile shows only what was observed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ViewContext } from '../../../renderer/src/charts/chart-view-model';
import { computeResults, rowOf, type ModelResults } from '../../../renderer/src/model/model-results';
import { checklistViewModel } from '../../../renderer/src/results/checklist-view-model';
import { headlineViewModel } from '../../../renderer/src/results/headline-view-model';
import { targetChecklist } from '../../../src/model/service-demand/plan-targets';
import { parseTargets, targetSetOf } from '../../../src/model/targets/targets-file';
import { DEFAULT_NORMS } from '../../../src/model/service-demand/norm-specs';
import { DEFAULT_LEVERS } from '../../../src/model/xiqing/levers/lever-values';
import { viewContext } from '../support/view-context';

let results: ModelResults;
let zhCtx: ViewContext;
let enCtx: ViewContext;
beforeAll(async () => {
  results = computeResults(DEFAULT_LEVERS, DEFAULT_NORMS);
  zhCtx = await viewContext('zh-CN');
  enCtx = await viewContext('en');
});

function set(targets: object[]) {
  const parsed = parseTargets({ format: 'xiqing-targets', version: 1, name: 'test', targets });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return targetSetOf(parsed.file).targets;
}

describe('target kinds in the checklist', () => {
  it('words each status by kind, in both languages', () => {
    const r2025 = rowOf(results, 2025)!;
    const targets = set([
      { indicator: 'residents', year: 2025, value: Math.round(r2025.residents * 0.9), kind: 'atLeast' },
      { indicator: 'hukouPopulation', year: 2025, value: Math.round(r2025.hukouPopulation * 0.9), kind: 'about', tolerance: 0.01 },
      { indicator: 'births', year: 2025, value: Math.round(r2025.births * 1.5), kind: 'about' },
      { indicator: 'deaths', year: 2025, value: Math.round(r2025.deaths * 0.5), kind: 'atMost' },
      { indicator: 'urbanisation', year: 2025, value: 0.999, kind: 'atLeast' },
    ]);
    const rows = targetChecklist(results.run, results.norms, 2025, targets);
    const years = results.rows.map((r) => r.year);
    const zh = checklistViewModel(rows, years, 2025, zhCtx).items;
    expect(zh.map((i) => [i.status, i.statusText])).toEqual([
      ['met', '已达到'], ['above', '高于目标区间'], ['below', '低于目标区间'], ['above', '超出上限'], ['below', '未达到'],
    ]);
    expect(zh[1].offBand).toBe(true);
    expect(zh[4].offBand).toBe(false);
    const en = checklistViewModel(rows, years, 2025, enCtx).items;
    expect(en.map((i) => i.statusText)).toEqual(['Met', 'Above the band', 'Below the band', 'Over the limit', 'Not reached']);
  });

  it('names each target’s year when the set mixes years', () => {
    const targets = set([{ indicator: 'residents', year: 2030, value: 1_400_000, kind: 'about' }, { indicator: 'births', year: 2025, value: 9_000, kind: 'atLeast' }]);
    const vm = checklistViewModel(targetChecklist(results.run, results.norms, 2025, targets), results.rows.map((r) => r.year), 2025, zhCtx);
    expect(vm.targetYear).toBeNull();
    expect(vm.items[0].target).toBe('约 140.0万人（±1%）（2030年）');
  });
});

describe('tiles with other target sets and with observations', () => {
  it('a met "at least" tile target, a tile without a target, and the latest observed year', () => {
    const r2023 = rowOf(results, 2023)!;
    const targets = set([{ indicator: 'residents', year: 2025, value: 1_000_000, kind: 'atLeast' }]);
    const vm = headlineViewModel({ ...results, targets, observed: { observations: [{ year: 2022, residents: 1_186_200 }, { year: 2023, residents: 1_194_700, hukouPopulation: 491_600 }] } }, zhCtx)!;
    const residents = vm.tiles.find((t) => t.key === 'residents')!;
    expect(residents.status).toBe('met');
    expect(residents.lines[0]).toBe('目标 ≥ 100.0万人');
    expect(residents.lines[2]).toBe(`2023年实际 119.5万人 · 2023年实际与情景之差 ${zhCtx.format.personsDiff(1_194_700 - r2023.residents)}`);
    const hukou = vm.tiles.find((t) => t.key === 'hukou')!;
    // No hukou target in this set: the tile shows the figure and what was observed, no moving 2020 reference.
    expect(hukou.status).toBeUndefined();
    expect(hukou.lines).toHaveLength(1);
    expect(hukou.lines[0]).toMatch(/^2023年实际 49\.2万人/);
  });
});

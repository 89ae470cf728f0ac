/** The Areas view-models: gap colours, the ranking's order, tile labels and the table, from the model's results. */
import { describe, expect, it } from 'vitest';
import { defaultAreasFile, xiqingAreas } from '../../../src/model/areas';
import { DEFAULT_NORMS } from '../../../src/model/service-demand/norm-specs';
import { DEFAULT_LEVERS } from '../../../src/model/xiqing/levers/lever-values';
import { areaTable, fillFor, GAP_COLORS, rankedBarsViewModel, scaleOf, tileLabel } from '../../../renderer/src/areas/areas-view-model';
import { viewContext } from '../support/view-context';

const file = defaultAreasFile();
const result = xiqingAreas(file, DEFAULT_LEVERS, DEFAULT_NORMS);
const names = file.areas.map((a) => a.name.zh);

describe('areas view-models', () => {
  it('colours a shortage red, a surplus blue and the scale’s end at full strength', () => {
    expect(fillFor('childcareGap', 100, 100)).toBe(GAP_COLORS.shortage);
    expect(fillFor('childcareGap', -100, 100)).toBe(GAP_COLORS.surplus);
    expect(fillFor('childcareGap', 0, 100)).toBe(GAP_COLORS.neutral);
    const half = fillFor('careBedGap', 50, 100);
    expect(half).not.toBe(GAP_COLORS.shortage);
    expect(parseInt(half.slice(1, 3), 16)).toBeGreaterThan(parseInt(half.slice(3, 5), 16)); // reddish
  });

  it('ranks areas with the largest gap on top (last category of a horizontal chart), split into shortage and surplus', async () => {
    const vm = rankedBarsViewModel(result, 'primaryGap', 2035, names, await viewContext('zh-CN'));
    const t = result.populations.years.indexOf(2035);
    const values = result.rows.map((r) => r[t].primaryGap);
    const sorted = [...values].sort((a, b) => a - b);
    const shown = vm.series[0].data.map((v, i) => v ?? vm.series[1].data[i]);
    expect(shown).toEqual(sorted);
    const top = vm.labels[vm.labels.length - 1];
    expect(values[names.indexOf(top)]).toBe(sorted[sorted.length - 1]);
    // falling births: some areas have more primary places in 2035 than pupils
    expect(vm.series[1].data.some((v) => v !== null && v < 0)).toBe(true);
  });

  it('the colour scale is the largest gap of any area in any year', () => {
    const all = result.rows.flatMap((r) => r.map((y) => Math.abs(y.careBedGap)));
    expect(scaleOf(result, 'careBedGap')).toBe(Math.max(...all));
  });

  it('the table has 2020, 2025, 2030 and the change for every area, and marks placeholders', () => {
    const { rows, district } = areaTable(result, 2025, names);
    expect(rows).toHaveLength(file.areas.length);
    const y = rows.find((r) => r.code === '120111101')!;
    expect(y.placeholder).toBe(false);
    expect(y.grade).toBe('C');
    expect(rows.find((r) => r.code === '120111103')!.placeholder).toBe(true);
    const i = file.areas.findIndex((a) => a.code === '120111101');
    expect(y.change).toBe(result.rows[i][10].residents - result.rows[i][0].residents);
    expect(district.residents[1]).toBe(result.district[5].residents);
  });

  it('shortens English tile labels only', () => {
    expect(tileLabel('Zhangjiawo Town', 'en')).toBe('Zhangjiawo');
    expect(tileLabel('Xiqing University Area', 'en')).toBe('University Area');
    expect(tileLabel('张家窝镇', 'zh-CN')).toBe('张家窝镇');
  });
});

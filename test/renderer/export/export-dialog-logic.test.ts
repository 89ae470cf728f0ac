/**
 * The export dialog's logic without a page: which scenarios an export covers, file names, filters
 * and messages, the open-dialog requests, the data export through the CLI's builders, the PDF brief's
 * data, and the PNG figure's layout.
 */
import { COMPARE_PALETTE } from '../../../renderer/src/compare/palette';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../../src/host/contract';
import { chartSlides, deckOutline, exportColumns } from '../../../src/export';
import { compareScenarios, headlineTable } from '../../../src/model/compare';
import { indicatorValue } from '../../../src/model/indicators';
import { DEFAULT_NORMS } from '../../../src/model/service-demand/norm-specs';
import { DEFAULT_LEVERS } from '../../../src/model/xiqing/levers/lever-values';
import { BRIEF_CHARTS, briefModel } from '../../../renderer/src/export/brief-model';
import { panelTick } from '../../../renderer/src/export/brief-charts';
import { FIGURE, figureLayout } from '../../../renderer/src/export/chart-image';
import { buildDataExport } from '../../../renderer/src/export/export-data';
import { onOpenExportDialog, openExportDialog } from '../../../renderer/src/export/export-dialog-events';
import { chartFileName, EXPORT_DIALOG_FORMATS, exportFileName, exportFilters, failureNotice, resultNotice } from '../../../renderer/src/export/export-files';
import { editorScenarios, limitScenarios } from '../../../renderer/src/export/export-scenarios';
import type { ExportScenario, Translate } from '../../../renderer/src/export/export-types';
import { createI18n } from '../../../renderer/src/i18n/i18n';
import type { Scenario } from '../../../renderer/src/state/scenario';

const t: Record<Language, Translate> = {} as Record<Language, Translate>;
beforeAll(async () => {
  for (const language of ['zh-CN', 'en'] as const) t[language] = (await createI18n(language)).getFixedT(language, 'exporting') as Translate;
});
const date = new Date(2025, 4, 6);

function scenario(id: string, name: string, copy = 1, levers = {}): Scenario {
  return {
    id, presetId: 'trend', name: { zh: name, en: `${name} (en)` }, description: { zh: '说明', en: 'about' }, notes: '', copy, filePath: null,
    levers: { ...DEFAULT_LEVERS, ...levers }, norms: { ...DEFAULT_NORMS },
  };
}
function state(count: number, activeIndex: number) {
  const order = Array.from({ length: count }, (_, i) => `s${i}`);
  const entries = Object.fromEntries(order.map((id, i) => [id, { scenario: scenario(id, `情景${i}`, i === 1 ? 2 : 1, { centralCityInflow: 10_000 + i }), history: { past: [], future: [] } }]));
  return { entries, order, activeId: order[activeIndex] } as unknown as Parameters<typeof editorScenarios>[0];
}
const suffix = (n: number) => `（${n}）`;

describe('which scenarios an export covers', () => {
  it('the active one alone, or every open one with the active one first, at most six', () => {
    const s = state(8, 3);
    expect(editorScenarios(s, 'active', 'zh-CN', suffix).map((x) => x.name)).toEqual(['情景3']);
    const open = editorScenarios(s, 'open', 'zh-CN', suffix);
    expect(open.map((x) => x.name)).toEqual(['情景3', '情景0', '情景1（2）', '情景2', '情景4', '情景5']);
    expect(open[0].levers.centralCityInflow).toBe(10_003);
    expect(open[0].description).toBe('说明');
    expect(editorScenarios(s, 'open', 'en', (n) => ` (${n})`)[2].name).toBe('情景1 (en) (2)');
  });

  it('cuts a longer given list to six and says so', () => {
    const many = Array.from({ length: 7 }, (_, i): ExportScenario => ({ name: `s${i}`, levers: DEFAULT_LEVERS }));
    expect(limitScenarios(many)).toMatchObject({ truncated: true, scenarios: many.slice(0, 6) });
    expect(limitScenarios(many.slice(0, 2))).toEqual({ truncated: false, scenarios: many.slice(0, 2) });
  });
});

describe('file names, filters and messages', () => {
  const one: ExportScenario[] = [{ name: '近期趋势 · Recent trend', levers: DEFAULT_LEVERS }];
  it('names files after the scenario (in the language), the date and the format, safely', () => {
    expect(exportFileName(t['zh-CN'], 'xlsx', one, 'zh-CN', date)).toBe('西青人口情景_近期趋势_2025-05-06.xlsx');
    expect(exportFileName(t.en, 'csv', one, 'en', date)).toBe('Xiqing population scenario_Recent trend_2025-05-06.csv');
    expect(exportFileName(t['zh-CN'], 'pptx', [...one, ...one], 'zh-CN', date)).toBe('西青人口情景比较_2个情景_2025-05-06.pptx');
    expect(exportFileName(t['zh-CN'], 'pdf', one, 'zh-CN', date)).toBe('西青人口情景简报_近期趋势_2025-05-06.pdf');
    expect(exportFileName(t.en, 'xlsx', [{ name: 'a/b:c?', levers: DEFAULT_LEVERS }], 'en', date)).toBe('Xiqing population scenario_a_b_c__2025-05-06.xlsx');
    expect(chartFileName(t['zh-CN'], '人口金字塔（2030年）', one, 'zh-CN', date, 3)).toBe('人口金字塔（2030年）_近期趋势_2025-05-06_3x.png');
  });

  it('offers one filter per format, named in the language', () => {
    for (const format of [...EXPORT_DIALOG_FORMATS, 'png'] as const) {
      const [filter] = exportFilters(t['zh-CN'], format);
      expect(filter.extensions).toEqual([format]);
      expect(filter.name).not.toBe(`formats.${format}.filter`);
    }
    expect(exportFilters(t.en, 'xlsx')).toEqual([{ name: 'Excel workbook', extensions: ['xlsx'] }]);
  });

  it('turns the host’s answer into a message', () => {
    const keys = { saved: 'dialog.saved', canceled: 'dialog.canceled', failed: 'dialog.failed', printed: 'brief.printed' };
    expect(resultNotice(t['zh-CN'], { status: 'saved', path: '/x/a.xlsx', name: 'a.xlsx' }, keys)).toEqual({ kind: 'info', text: '已导出“a.xlsx”' });
    expect(resultNotice(t['zh-CN'], { status: 'canceled' }, keys)).toEqual({ kind: 'info', text: '已取消导出' });
    expect(resultNotice(t['zh-CN'], { status: 'printed' }, keys)).toEqual({ kind: 'info', text: '已打开打印对话框' });
    expect(resultNotice(t['zh-CN'], { status: 'error', kind: 'io', message: 'Cannot save /x: the disk is full' }, keys)).toEqual({ kind: 'error', text: '导出失败：读写文件出错' });
    expect(resultNotice(t.en, { status: 'error', kind: 'future-version', message: 'detail' }, keys)).toEqual({ kind: 'error', text: 'Export failed: detail' });
    expect(failureNotice(t.en, 'dialog.failed', new Error('boom'))).toEqual({ kind: 'error', text: 'Export failed: boom' });
  });
});

describe('openExportDialog', () => {
  it('reaches every subscribed dialog host until it unsubscribes', () => {
    const listener = vi.fn();
    const off = onOpenExportDialog(listener);
    const scenarios = [{ name: 'a', levers: DEFAULT_LEVERS }];
    openExportDialog({ scenarios, format: 'pptx' });
    openExportDialog();
    expect(listener.mock.calls).toEqual([[{ scenarios, format: 'pptx' }], [{}]]);
    off();
    openExportDialog();
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

describe('data exports through the command line’s builders', () => {
  it('CSV of a scenario carries the model’s numbers (whole persons), with a BOM', async () => {
    const scenarios: ExportScenario[] = [{ name: '甲', levers: { ...DEFAULT_LEVERS, centralCityInflow: 20_000 }, norms: DEFAULT_NORMS }];
    const { comparison, bytes } = await buildDataExport('csv', scenarios, { language: 'zh-CN', appVersion: '0.1.0', date });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const ids = ['scenario', ...exportColumns(comparison)];
    const rows = parse(Buffer.from(bytes), { bom: true, comment: '#', comment_no_infix: true, columns: ids, from_line: 2 }) as Record<string, string>[];
    const expected = compareScenarios(scenarios).scenarios[0];
    expect(rows).toHaveLength(expected.rows.length);
    rows.forEach((row, i) => expect(Number(row.residents)).toBe(Math.round(indicatorValue(expected, 'residents', expected.rows[i].year)!)));
  });

  it('XLSX and PPTX build in the same call (zip files)', async () => {
    const scenarios: ExportScenario[] = [{ name: 'a', levers: DEFAULT_LEVERS }, { name: 'b', levers: { ...DEFAULT_LEVERS, tfr2035: 0.9 } }];
    for (const format of ['xlsx', 'pptx'] as const) {
      const { bytes } = await buildDataExport(format, scenarios, { language: 'en', appVersion: '0.1.0', date });
      expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    }
  });
});

describe('the PDF brief’s data', () => {
  const base: ExportScenario = { name: '近期趋势 · Recent trend', description: '趋势 · Trend', levers: DEFAULT_LEVERS, norms: DEFAULT_NORMS };
  const surge: ExportScenario = { name: '疏解 · Surge', levers: { ...DEFAULT_LEVERS, centralCityInflow: 25_000 }, norms: DEFAULT_NORMS };

  it('has the deck’s assumptions and headline tables and six charts, for a comparison', () => {
    const { comparison, brief } = briefModel([base, surge], { language: 'zh-CN', appVersion: '0.1.0', date }, t['zh-CN']);
    expect(brief.title).toBe('西青区人口发展情景简报');
    expect(brief.subtitle).toBe('2个情景比较，以“近期趋势”为基准');
    expect(brief.stamp).toBe('西青区人口发展情景模拟器 0.1.0 · 导出日期 2025-05-06');
    expect(brief.scenarios.map((s) => [s.name, s.baseline, s.description])).toEqual([['近期趋势', true, '趋势'], ['疏解', false, '']]);
    const outline = deckOutline(comparison, { lang: 'zh-CN', appVersion: '0.1.0', date });
    expect(brief.assumptions.rows).toEqual(outline.flatMap((s) => (s.kind === 'assumptions' ? s.rows : [])));
    expect(brief.assumptions.rows[0][0]).toContain('中心城区');
    expect(brief.assumptions.header.slice(2)).toEqual(['近期趋势（基准）', '疏解']);
    const table = headlineTable(comparison);
    expect(brief.comparisons.map((c) => c.year)).toEqual(table.years);
    expect(brief.comparisons[0].rows).toHaveLength(table.indicators.length);
    expect(brief.comparisons[0].rows[0].cells[1].diff).toMatch(/^（[+-]/);
    expect(brief.charts.map((c) => c.indicator)).toEqual(BRIEF_CHARTS);
    const residents = chartSlides(comparison, 'zh-CN')[0].panels[0];
    expect(brief.charts[0]).toEqual(residents);
  });

  it('leads with the key message from the model’s numbers and shows the targets in its tables', () => {
    const { comparison, brief } = briefModel([base, surge], { language: 'zh-CN', appVersion: '0.1.0', date }, t['zh-CN']);
    const residents = comparison.scenarios.map((s) => s.rows.find((r) => r.year === 2025)!.residents);
    expect(brief.keyMessage?.heading).toBe('核心结论');
    expect(brief.keyMessage?.text).toContain(`2025年常住人口为${(residents[0] / 10_000).toFixed(1)}万人`);
    expect(brief.keyMessage?.text).toContain(`“疏解”为${(residents[1] / 10_000).toFixed(1)}万人`);
    const [plan] = brief.comparisons;
    expect(plan.year).toBe(2025);
    expect(plan.header.slice(0, 2)).toEqual(['指标', '目标']);
    expect(plan.rows[0].target).toBe('约135.0万人（±1%）');
    expect(plan.rows[0].cells.map((c) => c.statusKind)).toEqual(residents.map((r) => (Math.abs(r / 1_350_000 - 1) <= 0.01 ? 'met' : r < 1_350_000 ? 'below' : 'above')));
    // Rows without a target show a dash and no standing.
    const ageing = plan.rows.find((r) => r.label.startsWith('60岁'))!;
    expect(ageing.target).toBe('—');
    expect(ageing.cells.every((c) => c.status === '')).toBe(true);
    // The charts carry the target as a marker in its year.
    expect(brief.charts[0].markers).toEqual([{ id: 'plan:residents', name: '“十四五”规划目标', year: 2025, value: 135 }]);
  });

  it('draws each scenario in the colour the compare view gives it, else in the palette’s by position', () => {
    const coloured = briefModel([{ ...base, colour: '#009e73' }, { ...surge, colour: '#cc79a7' }], { language: 'zh-CN', appVersion: '0.1.0', date }, t['zh-CN']).brief;
    expect(coloured.scenarios.map((s) => s.color)).toEqual(['#009e73', '#cc79a7']);
    expect(coloured.charts[0].series.map((s) => s.color)).toEqual(['009E73', 'CC79A7']);
    const plain = briefModel([base, surge], { language: 'zh-CN', appVersion: '0.1.0', date }, t['zh-CN']).brief;
    expect(plain.scenarios.map((s) => s.color)).toEqual([...COMPARE_PALETTE.slice(0, 2)]);
  });

  it('is written in English for an English interface', () => {
    const { brief } = briefModel([base], { language: 'en', appVersion: '0.1.0', date }, t.en);
    expect(brief.subtitle).toBe('Scenario: Recent trend');
    expect(brief.scenarios[0]).toMatchObject({ name: 'Recent trend', description: 'Trend', baseline: false });
    expect(brief.assumptions.rows).toEqual([]);
    expect(brief.assumptions.empty).toMatch(/default assumptions/);
    expect(brief.comparisons[0].rows[0].label).toMatch(/^Resident population/);
  });

  it('labels chart axes: shares as percentages, other values grouped', () => {
    const { brief } = briefModel([base], { language: 'en', appVersion: '0.1.0', date }, t.en);
    const share = brief.charts.find((c) => c.indicator === 'age60plusShare')!;
    const births = brief.charts.find((c) => c.indicator === 'births')!;
    expect(panelTick(share, 0.185, 'en')).toBe('18.5%');
    expect(panelTick(births, 7200, 'en')).toBe('7,200');
  });
});

describe('the PNG figure', () => {
  it('is the figure width wide and as tall as its title, chart and caption lines', () => {
    const layout = figureLayout(3, 4);
    expect(layout).toMatchObject({ scale: 3, width: FIGURE.width, chartWidth: FIGURE.width - 2 * FIGURE.padding, chartHeight: FIGURE.chartHeight });
    expect(layout.height).toBe(layout.captionTop + 4 * FIGURE.captionLine + FIGURE.padding);
    expect(figureLayout(2, 6).height - figureLayout(2, 4).height).toBe(2 * FIGURE.captionLine);
  });
});

/**
 * Exports read the ACTIVE target set (here a user's draft 2030 set, not the plan's), and with
 * uncertainty they carry the model's bands (PPTX), percentile columns (CSV, XLSX) and the tornado
 * (PPTX slide, XLSX sheet), each compared with the model's own numbers.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildCsvText, buildPptx, buildXlsx } from '../../src/export';
import { DEFAULT_SEED, parseTargets, runFastProbabilistic, sensitivity, targetSetOf, type TargetSet } from '../../src/model';
import { options, presetComparison } from './fixtures';
import { readPptx } from './pptx-xml';

const comparison = presetComparison();

/** A draft set for the next plan period: residents at least 1.4 M in 2030, hukou about 560 k. */
function draft2030(): TargetSet {
  const parsed = parseTargets({
    format: 'xiqing-targets', version: 1, name: '“十五五”目标草案',
    targets: [
      { indicator: 'residents', year: 2030, value: 1400000, kind: 'atLeast', source: '草案：常住人口140万人以上', label: { 'zh-CN': '常住人口', en: 'Resident population' } },
      { indicator: 'hukouPopulation', year: 2030, value: 560000, kind: 'about', tolerance: 0.02, source: '草案：户籍人口56万人左右' },
    ],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed));
  return targetSetOf(parsed.file);
}

const sets = [draft2030()];

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

const cellTexts = (ws: ExcelJS.Worksheet): string[] => ws.getSheetValues().flatMap((r) => (Array.isArray(r) ? r.filter((v) => v !== undefined && v !== null).map(String) : []));

describe('exports with the active target set', () => {
  it('PPTX: the residents chart marks 140万人 in 2030 under the draft set’s name, the 2030 table shows ≥ 140.0万人, no plan diamond', async () => {
    const { slides } = await readPptx(await buildPptx(comparison, { ...options('zh-CN'), targets: sets }));
    const residents = slides.flatMap((s) => s.charts).find((c) => c.title.startsWith('常住人口'))!;
    const marker = residents.series.find((s) => s.name === '“十五五”目标草案')!;
    expect(marker).toBeDefined();
    expect(marker.symbol).toBe('diamond');
    expect(marker.values[marker.categories.indexOf('2030')]).toBe(140);
    expect(marker.values.filter((v) => v !== null)).toEqual([140]);
    expect(residents.series.map((s) => s.name)).not.toContain('“十四五”规划目标');
    const table2030 = slides.find((s) => s.texts[0]?.startsWith('主要指标比较（2030年）') || s.texts.some((t) => /2030/.test(t) && /主要指标/.test(t)))!;
    expect(table2030.texts).toContain('≥ 140.0万人');
    // The key message speaks to the draft's 2030 residents target.
    expect(slides[0].texts.join('')).toMatch(/2030年/);
  });

  it('without a set given, the plan’s 2025 targets are used (as before)', async () => {
    const { slides } = await readPptx(await buildPptx(comparison, options('zh-CN')));
    const residents = slides.flatMap((s) => s.charts).find((c) => c.title.startsWith('常住人口'))!;
    expect(residents.series.map((s) => s.name)).toContain('“十四五”规划目标');
  });

  it('XLSX: the metadata sheet lists the active set with its 2030 target value and label', async () => {
    const wb = await readBack(await buildXlsx(comparison, { ...options('zh-CN'), targets: sets }));
    const texts = cellTexts(wb.getWorksheet('说明与参数')!);
    expect(texts).toContain('目标集: “十五五”目标草案');
    expect(texts).toContain('1400000');
    expect(texts).toContain('≥ 1,400,000人');
    expect(texts).toContain('草案：常住人口140万人以上');
    expect(texts.filter((t) => t.startsWith('目标集'))).toEqual(['目标集: “十五五”目标草案']);
  });

  it('CSV: metadata lines name the active set and each target', () => {
    const text = buildCsvText(comparison, { ...options('zh-CN'), targets: sets });
    expect(text).toContain('# 目标集,"“十五五”目标草案"');
    expect(text).toContain('# 目标：常住人口（2030年）,"≥ 1,400,000人 · 草案：常住人口140万人以上"');
    expect(text).toContain('# 目标：户籍人口（2030年）,"≈ 560,000人 (±2%) · 草案：户籍人口56万人左右"');
  });
});

describe('exports with uncertainty', () => {
  const runs = 60;
  const base = comparison.scenarios[0];
  const expected = runFastProbabilistic({ values: { levers: base.levers, norms: base.norms }, runs, seed: DEFAULT_SEED, targets: sets[0].targets });

  it('PPTX: bands behind the residents line equal the model’s percentiles, with the note; charts without bands have none', async () => {
    const { slides } = await readPptx(await buildPptx(comparison, { ...options('zh-CN'), targets: sets, uncertaintyRuns: runs }));
    const slide = slides.find((s) => s.charts[0]?.title.startsWith('常住人口'))!;
    const chart = slide.charts[0];
    expect(chart.xml).toMatch(/<c:areaChart>[\s\S]*<\/c:areaChart>[\s\S]*<c:lineChart>/);
    const names = chart.series.map((s) => s.name);
    // The stacked area first (behind), then the baseline's line.
    expect(names.slice(0, 5)).toEqual(['近期趋势 区间下沿', '近期趋势 95%区间', '近期趋势 80%区间', '近期趋势 95%区间 ', '近期趋势']);
    const band95 = chart.series.find((s) => s.name.endsWith('95%区间'))!;
    const band80 = chart.series.find((s) => s.name.endsWith('80%区间'))!;
    const floor = chart.series.find((s) => s.name.endsWith('区间下沿'))!;
    expect(band95 && band80 && floor).toBeTruthy();
    const t = chart.series[0].categories.indexOf('2030');
    const p = expected.percentiles.residents[expected.years.indexOf(2030)];
    // Stacked: the floor is p2.5, then p10 − p2.5, p90 − p10 (display units: 万人, 2 decimals).
    expect(floor.values[t]).toBeCloseTo(p['p2.5'] / 1e4, 2);
    expect(floor.values[t]! + band95.values[t]!).toBeCloseTo(p.p10 / 1e4, 1);
    expect(floor.values[t]! + band95.values[t]! + band80.values[t]!).toBeCloseTo(p.p90 / 1e4, 1);
    expect(p['p97.5']).toBeGreaterThan(p['p2.5']);
    // The floor draws nothing and neither it nor the upper 95% part is in the legend.
    expect(floor.lineDrawn).toBe(false);
    expect(chart.xml).toMatch(/<c:legendEntry><c:idx val="0"\/><c:delete val="1"\/><\/c:legendEntry>/);
    expect(slide.texts.join('')).toMatch(/阴影：基准情景60次随机模拟的80%和95%区间.*不是预测的置信区间/);
    const births = slides.find((s) => s.charts[0]?.title.startsWith('出生人口'))!.charts[0];
    expect(births.xml).not.toContain('<c:areaChart>');
    // Targets stay diamonds: the draft's residents target is still marked in 2030.
    expect(chart.series.find((s) => s.name === '“十五五”目标草案')!.symbol).toBe('diamond');
  });

  it('CSV: each scenario row carries the percentile columns of its own probabilistic runs', () => {
    const text = buildCsvText(comparison, { ...options('en'), uncertaintyRuns: runs });
    const lines = text.slice(1).split('\r\n');
    const ids = lines.find((l) => l.startsWith('# Column ids'))!.split(',');
    expect(ids).toContain('residents_p2.5');
    expect(ids).toContain('careBeds_p97.5');
    const header = lines.find((l) => l.startsWith('"Scenario"'))!;
    expect(header).toContain('"Resident population p10 (persons)"');
    const row2030 = lines.find((l) => l.includes(',2030,'))!;
    const cells = row2030.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    const col = ids.indexOf('residents_p90') - 1;
    expect(Number(cells[col])).toBe(Math.round(expected.percentiles.residents[expected.years.indexOf(2030)].p90));
    expect(lines.some((l) => l.startsWith('# Notes') && l.includes('percentiles of 60 random runs') && l.includes('not a confidence interval'))).toBe(true);
  });

  it('XLSX: the uncertainty sheet gives the probability of the ACTIVE set’s targets', async () => {
    const wb = await readBack(await buildXlsx(comparison, { ...options('en'), targets: sets, uncertaintyRuns: runs }));
    const header = (wb.getWorksheet('Uncertainty')!.getRow(4).values as unknown[]).slice(1).map(String);
    // The charts' banded fields, five percentiles each (services included in this comparison).
    expect(comparison.hasServices).toBe(true);
    expect(header).toHaveLength(1 + 6 * 5);
    expect(header.at(-1)).toMatch(/ p97\.5$/);
    const careBedsP50 = header.findIndex((h) => h.endsWith('p50') && /care beds/i.test(h));
    expect(careBedsP50).toBeGreaterThan(0);
    const row2030 = wb.getWorksheet('Uncertainty')!.getRow(4 + 11);
    expect(row2030.getCell(1).value).toBe(2030);
    expect(row2030.getCell(careBedsP50 + 1).value).toBe(expected.percentiles.careBeds[expected.years.indexOf(2030)].p50);
    const rows = (wb.getWorksheet('Uncertainty')!.getSheetValues() as unknown[]).filter((r): r is unknown[] => Array.isArray(r) && String(r[1]).startsWith('Probability of meeting the target'));
    expect(rows.map((r) => String(r[1]))).toContain('Probability of meeting the target: residents (2030)');
    const residents = rows.find((r) => String(r[1]).endsWith('residents (2030)'))!;
    expect(residents[2]).toBe(expected.targets.find((x) => x.id === 'residents')!.probability);
  });
});

describe('the tornado in exports', () => {
  const request = { indicator: 'residents' as const, year: 2025 };
  const base = comparison.scenarios[0];
  const model = sensitivity({ levers: base.levers, norms: base.norms }, 'residents', 2025);

  it('XLSX: a sensitivity sheet lists every lever that moves residents 2025, largest swing first, as the model computes', async () => {
    const wb = await readBack(await buildXlsx(comparison, { ...options('en'), sensitivity: request }));
    const ws = wb.getWorksheet('Sensitivity')!;
    expect(String(ws.getRow(1).getCell(1).value)).toBe('Sensitivity: Resident population (2025), each lever at its plausible low and high');
    const first = ws.getRow(6);
    const top = model.levers[0];
    expect(first.getCell(4).value).toBe(top.atLow);
    expect(first.getCell(5).value).toBe(top.atHigh);
    expect(first.getCell(6).value).toBe(top.swing);
    const swings = ws.getSheetValues().slice(6).filter(Array.isArray).map((r) => Number((r as unknown[])[6]));
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
  });

  it('PPTX: a tornado slide with a bar chart whose top bar is the model’s largest swing', async () => {
    const { slides } = await readPptx(await buildPptx(comparison, { ...options('en'), sensitivity: request }));
    const slide = slides.find((s) => s.texts[0]?.startsWith('Sensitivity: Resident population in 2025'))!;
    expect(slide).toBeDefined();
    const [chart] = slide.charts;
    expect(chart.xml).toContain('<c:barDir val="bar"/>');
    const [low, high] = chart.series;
    const last = low.categories.length - 1;
    expect(low.values[last]).toBe(Math.round(model.levers[0].atLow - model.base));
    expect(high.values[last]).toBe(Math.round(model.levers[0].atHigh - model.base));
    expect(slide.texts.join('')).toContain('not the slider’s ends');
  });
});

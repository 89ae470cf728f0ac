/**
 * The PPTX export unzipped with jszip: the slide list, native charts whose cached series values
 * (c:val/c:numCache/c:pt/c:v) equal the model's numbers to the precision written, the assumptions and
 * comparison tables, and the font named in slides and charts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPptx, DECK_FONT, deckOutline, displayScale } from '../../src/export';
import type { IndicatorId } from '../../src/model/compare';
import { xiqingServiceRows } from '../../src/model/service-demand';
import { xiqingIndicators } from '../../src/model/xiqing/model';
import { nameParts, options, presetComparison } from './fixtures';
import { readPptx, type SlideXml } from './pptx-xml';

const comparison = presetComparison();
const model = comparison.scenarios.map((s) => ({ rows: xiqingIndicators(s.levers), services: xiqingServiceRows(s.levers) }));
const modelValue = (i: number, id: string, t: number): number =>
  ((model[i].rows[t] as unknown as Record<string, number>)[id] ?? (model[i].services[t] as unknown as Record<string, number>)[id]) as number;

/** The indicators of each chart slide, in order, and their chart titles. */
const CHARTS: [string, [IndicatorId, string][]][] = [
  ['常住人口', [['residents', '常住人口']]],
  ['户籍人口', [['hukouPopulation', '户籍人口']]],
  ['人口老龄化', [['age60plusShare', '60岁及以上人口占比'], ['age65plusShare', '65岁及以上人口占比']]],
  ['出生与死亡', [['births', '出生人口'], ['deaths', '死亡人口']]],
  ['托育与学前教育需求', [['childcarePlacesByNorm', '托位需求（按每千人口标准）'], ['preschoolPlaces', '幼儿园学位需求']]],
  ['养老服务需求', [['careBeds', '养老床位需求']]],
];

describe('PPTX export (zh-CN)', () => {
  let slides: SlideXml[];
  let files: string[];
  beforeAll(async () => {
    const deck = await readPptx(await buildPptx(comparison, options('zh-CN')));
    slides = deck.slides;
    files = Object.keys(deck.zip.files);
  });

  it('has the title, assumptions, six chart slides and a comparison table per headline year', () => {
    expect(slides.map((s) => s.texts[0])).toEqual([
      '西青区人口发展情景模拟器',
      '主要假设：各情景不同的参数',
      ...CHARTS.map(([title]) => title),
      '主要指标比较：2025年',
      '主要指标比较：2030年',
      '主要指标比较：2035年',
    ]);
    expect(deckOutline(comparison, options('zh-CN')).map((s) => s.title)).toEqual(slides.map((s) => s.texts[0]));
    expect(slides.map((s) => s.charts.length)).toEqual([0, 0, 1, 1, 2, 2, 2, 1, 0, 0, 0]);
  });

  it('title slide names the scenarios (baseline first), date, version and data vintage', () => {
    const text = slides[0].texts.join('\n');
    expect(text).toContain('1. 近期趋势延续（基准）');
    expect(text).toContain('2. 三孩政策见效');
    expect(text).toContain('3. 中心城区疏解加快');
    expect(text).toMatch(/西青区人口发展情景模拟器 9\.8\.7 · 导出日期 2025-01-31 · 数据：.*七普/);
  });

  it('charts are native line charts with embedded data, one series per scenario, values equal to the model’s', () => {
    const chartSlides = slides.slice(2, 2 + CHARTS.length);
    let checked = 0;
    chartSlides.forEach((slide, k) => {
      const [, panels] = CHARTS[k];
      panels.forEach(([indicator, title], p) => {
        const chart = slide.charts[p];
        expect(chart.xml).toContain('<c:lineChart>');
        expect(chart.xml).toContain('<c:externalData');
        expect(chart.title).toBe(title);
        expect(chart.series.map((s) => s.name)).toEqual(comparison.scenarios.map((s) => nameParts(s.name).zh));
        const display = displayScale(indicator, 'zh-CN');
        const tolerance = 0.5 * 10 ** -display.decimals + 1e-9;
        chart.series.forEach((series, i) => {
          expect(series.categories).toEqual(Array.from({ length: 16 }, (_, t) => String(2020 + t)));
          expect(series.values).toHaveLength(16);
          series.values.forEach((v, t) => {
            expect(Math.abs(v - modelValue(i, indicator, t) / display.scale), `${indicator} ${i} ${2020 + t}`).toBeLessThanOrEqual(tolerance);
            checked++;
          });
        });
      });
    });
    expect(checked).toBe(9 * 3 * 16);
    expect(files.filter((f) => /^ppt\/embeddings\/.+\.xlsx$/.test(f))).toHaveLength(9);
  });

  it('shows population in 万人 (2 decimals) and shares as fractions to 5 decimals in the chart data', () => {
    const residents = slides[2].charts[0].series[0].values;
    expect(residents[5]).toBe(Math.round(model[0].rows[5].residents / 100) / 100);
    expect(slides[4].charts[0].series[2].values[15]).toBe(Math.round(model[2].rows[15].age60plusShare * 1e5) / 1e5);
    expect(slides[2].charts[0].xml).toContain('万人');
  });

  it('assumptions slide lists the levers that differ with each scenario’s value', () => {
    const t = slides[1].texts;
    expect(t.slice(1, 6)).toEqual(['参数', '默认值', '近期趋势延续（基准）', '三孩政策见效', '中心城区疏解加快']);
    const row = (label: string) => t.slice(t.indexOf(label), t.indexOf(label) + 5);
    expect(row('中心城区人口疏解迁入')).toEqual(['中心城区人口疏解迁入', '10,900 人/年', '10,900 人/年', '10,900 人/年', '25,000 人/年']);
    expect(row('三孩政策：二孩生育提升幅度')).toEqual(['三孩政策：二孩生育提升幅度', '0%', '0%', '15%', '0%']);
  });

  it('comparison slides hold the headline table with differences from the baseline', () => {
    const t = slides[10].texts;
    const at = t.indexOf('养老床位需求（张）');
    expect(at).toBeGreaterThan(0);
    const beds = (i: number) => modelValue(i, 'careBeds', 15);
    expect(t[at + 1]).toBe(Math.round(beds(0)).toLocaleString('en-US'));
    const diff = Math.round(beds(2) - beds(0));
    // Each scenario's cell: the value, then (on its own line) the difference and the relative difference.
    expect(t[at + 4]).toBe(Math.round(beds(2)).toLocaleString('en-US'));
    const rel = (((beds(2) - beds(0)) / beds(0)) * 100).toFixed(1);
    expect(t[at + 5]).toBe(`（${diff > 0 ? '+' : ''}${diff.toLocaleString('en-US')}，${diff > 0 ? '+' : ''}${rel}%）`);
    expect(t.join('')).toContain('个百分点');
  });

  it('names Microsoft YaHei in every slide and chart (titles, tables, legends, axes)', () => {
    for (const slide of slides) expect(slide.xml).toContain(`typeface="${DECK_FONT}"`);
    for (const chart of slides.flatMap((s) => s.charts)) {
      expect(chart.xml).toContain(`<a:latin typeface="${DECK_FONT}"/>`);
      expect(chart.xml).not.toContain('typeface="Arial"');
    }
    expect(slides[1].xml).toContain(`<a:ea typeface="${DECK_FONT}"`);
  });
});

describe('PPTX export (en)', () => {
  it('has English titles and shows population in persons', async () => {
    const { slides } = await readPptx(await buildPptx(comparison, options('en')));
    expect(slides.map((s) => s.texts[0]).slice(0, 4)).toEqual(['Xiqing Population Scenario Simulator', 'Assumptions: levers that differ', 'Resident population', 'Hukou population']);
    expect(slides[2].charts[0].series[1].values[5]).toBe(Math.round(model[1].rows[5].residents));
    expect(slides[2].charts[0].series.map((s) => s.name)).toEqual(['Recent trend continued', 'Three-child policy uplift', 'Central-city relocation surge']);
  });
});

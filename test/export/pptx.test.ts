/**
 * The PPTX export unzipped with jszip: the slide list (title with the key message, assumptions, one
 * chart per slide headed by its finding, headline tables with a target column), native charts whose
 * cached series values equal the model's numbers to the precision written and whose series colours
 * are the app's palette, targets as a marked series, the value-axis rule, table text of at least
 * 14 pt, the East-Asian font in chart text, and speaker notes with sources.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { axisMinimum, buildPptx, DECK_FONT, deckOutline, displayScale, TABLE_FONT_SIZE } from '../../src/export';
import type { IndicatorId } from '../../src/model/indicators';
import { PLAN_TARGETS, xiqingServiceRows } from '../../src/model/service-demand';
import { xiqingIndicators } from '../../src/model/xiqing/model';
import { COMPARE_PALETTE } from '../../renderer/src/compare/palette';
import { nameParts, options, presetComparison } from './fixtures';
import { readPptx, type SlideXml } from './pptx-xml';

const comparison = presetComparison();
const model = comparison.scenarios.map((s) => ({ rows: xiqingIndicators(s.levers), services: xiqingServiceRows(s.levers) }));
const modelValue = (i: number, id: string, t: number): number =>
  ((model[i].rows[t] as unknown as Record<string, number>)[id] ?? (model[i].services[t] as unknown as Record<string, number>)[id]) as number;
const residentsTarget = PLAN_TARGETS.find((p) => p.id === 'residents')!;

/** The chart slides in order: indicator and chart title. */
const CHARTS: [IndicatorId, string][] = [
  ['residents', '常住人口'],
  ['hukouPopulation', '户籍人口'],
  ['age60plusShare', '60岁及以上人口占比'],
  ['age65plusShare', '65岁及以上人口占比'],
  ['births', '出生人口'],
  ['deaths', '死亡人口'],
  ['childcarePlacesByNorm', '托位需求（按每千人口标准）'],
  ['preschoolPlaces', '幼儿园学位需求'],
  ['careBeds', '养老床位需求'],
];
const FIRST_CHART = 2;

/** "129.3万人": a count of persons as the app writes it in Chinese. */
const wan = (persons: number) => `${(persons / 10_000).toFixed(1)}万人`;

describe('PPTX export (zh-CN)', () => {
  let slides: SlideXml[];
  let files: string[];
  beforeAll(async () => {
    const deck = await readPptx(await buildPptx(comparison, options('zh-CN')));
    slides = deck.slides;
    files = Object.keys(deck.zip.files);
  });

  it('has the title, assumptions, one slide per chart, and the headline tables (two slides per year)', () => {
    const outline = deckOutline(comparison, options('zh-CN'));
    expect(outline.map((s) => s.kind)).toEqual(['title', 'assumptions', ...CHARTS.map(() => 'chart'), ...Array.from({ length: 6 }, () => 'comparison')]);
    expect(slides).toHaveLength(outline.length);
    expect(slides.map((s) => s.texts[0])).toEqual(outline.map((s) => s.title));
    expect(slides.map((s) => s.charts.length)).toEqual(outline.map((s) => (s.kind === 'chart' ? 1 : 0)));
    expect(slides.slice(-6).map((s) => s.texts[0])).toEqual(['主要指标比较：2025年', '主要指标比较：2025年（续）', '主要指标比较：2030年', '主要指标比较：2030年（续）', '主要指标比较：2035年', '主要指标比较：2035年（续）']);
  });

  it('title slide leads with the key message from the model’s numbers, then the scenarios, date, version and data vintage', () => {
    const text = slides[0].texts.join('\n');
    const base = model[0].rows.find((r) => r.year === 2025)!.residents;
    expect(text).toContain('核心结论');
    // The presets' baseline (trend) stays short of the target; this deck's message is about that gap.
    expect(base).toBeLessThan(residentsTarget.target * (1 - residentsTarget.tolerance!));
    expect(text).toContain(`2025年常住人口为${wan(base)}，比${wan(residentsTarget.target)}的目标少${wan(residentsTarget.target - base)}`);
    // The central-city relocation the deck says reaches the target does reach it (within the target's band).
    const needed = Number(/中心城区人口疏解迁入需达到([\d,]+)人\/年/.exec(text)![1].replace(/,/g, ''));
    const reached = xiqingIndicators({ ...comparison.scenarios[0].levers, centralCityInflow: needed }).find((r) => r.year === 2025)!.residents;
    expect(Math.abs(reached / residentsTarget.target - 1)).toBeLessThan(residentsTarget.tolerance!);
    expect(text.indexOf('核心结论')).toBeLessThan(text.indexOf('比较的情景'));
    expect(text).toContain('1. 近期趋势（基准）');
    expect(text).toContain('3. 中心城区疏解加快');
    expect(text).toMatch(/西青区人口发展情景模拟器 9\.8\.7 · 导出日期 2025-01-31 · 数据：.*七普/);
  });

  it('each chart slide’s headline states a finding, not the chart title', () => {
    CHARTS.forEach(([, title], k) => {
      const slide = slides[FIRST_CHART + k];
      expect(slide.charts[0].title.startsWith(title)).toBe(true);
      expect(slide.texts[0]).not.toBe(title);
      expect(slide.texts[0]).toContain(title);
      expect(slide.texts[0]).toMatch(/\d/);
    });
    // Residents: which scenarios reach the 2025 target, by the model's numbers and the target's band.
    const names = comparison.scenarios.map((s) => `“${nameParts(s.name).zh}”`);
    const met = names.filter((_, i) => Math.abs(model[i].rows[5].residents / residentsTarget.target - 1) <= residentsTarget.tolerance!);
    const target = `约${wan(residentsTarget.target)}（±1%）`;
    const expected =
      met.length === names.length ? `2025年各情景常住人口均达到${target}的目标`
        : met.length > 0 ? `2025年只有${met.join('、')}的常住人口达到${target}的目标`
          : `2025年没有情景的常住人口达到${target}的目标`;
    expect(slides[FIRST_CHART].texts[0].startsWith(expected)).toBe(true);
  });

  it('charts are native line charts with embedded data, one line per scenario in the app’s colour, values equal to the model’s', () => {
    let checked = 0;
    CHARTS.forEach(([indicator], k) => {
      const chart = slides[FIRST_CHART + k].charts[0];
      expect(chart.xml).toContain('<c:lineChart>');
      expect(chart.xml).toContain('<c:externalData');
      const lines = chart.series.slice(0, 3);
      expect(lines.map((s) => s.name)).toEqual(comparison.scenarios.map((s) => nameParts(s.name).zh));
      expect(lines.map((s) => s.colour)).toEqual(COMPARE_PALETTE.slice(0, 3).map((c) => c.slice(1).toUpperCase()));
      // No marker on every point: the lines are plain.
      expect(lines.map((s) => s.symbol)).toEqual(['none', 'none', 'none']);
      const display = displayScale(indicator, 'zh-CN');
      const tolerance = 0.5 * 10 ** -display.decimals + 1e-9;
      lines.forEach((series, i) => {
        expect(series.categories).toEqual(Array.from({ length: 16 }, (_, t) => String(2020 + t)));
        series.values.forEach((v, t) => {
          checked++;
          // A flow's 2020 holds only the census-to-year-end months: a gap in the line, not a plunge.
          if (t === 0 && (indicator === 'births' || indicator === 'deaths')) return expect(v, `${indicator} ${i} 2020`).toBeNull();
          expect(Math.abs(v! - modelValue(i, indicator, t) / display.scale), `${indicator} ${i} ${2020 + t}`).toBeLessThanOrEqual(tolerance);
        });
      });
    });
    expect(checked).toBe(9 * 3 * 16);
    expect(files.filter((f) => /^ppt\/embeddings\/.+\.xlsx$/.test(f))).toHaveLength(9);
  });

  it('draws the plan’s targets as a marked series without a line, in their year only', () => {
    const residents = slides[FIRST_CHART].charts[0];
    expect(residents.series).toHaveLength(4);
    const target = residents.series[3];
    expect(target.name).toBe('“十四五”规划目标');
    expect(target.symbol).toBe('diamond');
    expect(target.lineDrawn).toBe(false);
    expect(target.values.map((v, t) => (v === null ? null : 2020 + t))).toEqual(target.values.map((_, t) => (t === 5 ? 2025 : null)));
    expect(target.values[5]).toBe(residentsTarget.target / 10_000);
    expect(slides[FIRST_CHART + 1].charts[0].series).toHaveLength(4);
    // Indicators without a target have none.
    expect(slides[FIRST_CHART + 2].charts[0].series).toHaveLength(3);
  });

  it('starts the value axis above 0 where a zero base would flatten the lines, at 0 otherwise (the documented rule)', () => {
    const minOf = (k: number) => /<c:valAx>[\s\S]*?<c:scaling>([\s\S]*?)<\/c:scaling>/.exec(slides[FIRST_CHART + k].charts[0].xml)![1];
    const residentsMin = Number(/<c:min val="([^"]+)"\/>/.exec(minOf(0))![1]);
    const values = slides[FIRST_CHART].charts[0].series.flatMap((s) => s.values.filter((v): v is number => v !== null));
    expect(residentsMin).toBeGreaterThan(0);
    expect(residentsMin).toBeLessThan(Math.min(...values));
    expect(residentsMin).toBe(axisMinimum(values));
    // The rule: zero base when the spread is half the maximum or more.
    expect(axisMinimum([10, 30])).toBeUndefined();
    expect(axisMinimum([0, 5])).toBeUndefined();
    expect(axisMinimum([119.5, 140])).toBeGreaterThan(100);
    expect(axisMinimum([119.5, 140])).toBeLessThan(119.5);
  });

  it('shows population in 万人 (2 decimals) and shares as fractions to 5 decimals in the chart data', () => {
    expect(slides[FIRST_CHART].charts[0].series[0].values[5]).toBe(Math.round(model[0].rows[5].residents / 100) / 100);
    expect(slides[FIRST_CHART + 2].charts[0].series[2].values[15]).toBe(Math.round(model[2].rows[15].age60plusShare * 1e5) / 1e5);
  });

  it('assumptions slide lists the levers that differ with each scenario’s value, in table text of at least 14 pt', () => {
    const t = slides[1].texts;
    expect(t.slice(1, 6)).toEqual(['参数', '默认值', '近期趋势（基准）', '三孩政策见效', '中心城区疏解加快']);
    const row = (label: string) => t.slice(t.indexOf(label), t.indexOf(label) + 5);
    expect(row('中心城区人口疏解迁入')).toEqual(['中心城区人口疏解迁入', '14,800人/年', '14,800人/年', '14,800人/年', '25,000人/年']);
    expect(row('三孩政策：二孩生育提升幅度')).toEqual(['三孩政策：二孩生育提升幅度', '0%', '0%', '15%', '0%']);
  });

  it('every table’s text is at least 14 pt', () => {
    expect(TABLE_FONT_SIZE).toBeGreaterThanOrEqual(14);
    const tables = slides.flatMap((s) => [...s.xml.matchAll(/<a:tbl>[\s\S]*?<\/a:tbl>/g)].map((m) => m[0]));
    expect(tables.length).toBeGreaterThanOrEqual(7);
    for (const table of tables) {
      const sizes = [...table.matchAll(/ sz="(\d+)"/g)].map((m) => Number(m[1]) / 100);
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14);
    }
  });

  it('headline tables carry a target column and each scenario’s standing against it, the app’s formatting and a true minus', () => {
    const t = slides.find((s) => s.texts[0] === '主要指标比较：2025年')!.texts;
    expect(t.slice(1, 6)).toEqual(['指标', '目标', '近期趋势（基准）', '三孩政策见效', '中心城区疏解加快']);
    const at = t.indexOf('常住人口');
    expect(t[at + 1]).toBe(`约${wan(residentsTarget.target)}（±1%）`);
    const base = model[0].rows[5].residents;
    expect(t[at + 2]).toBe(wan(base));
    const standing = Math.abs(base / residentsTarget.target - 1) <= residentsTarget.tolerance! ? '✓ 达到目标'
      : base < residentsTarget.target ? `低于目标 ${wan(residentsTarget.target - base)}` : `高于目标 ${wan(base - residentsTarget.target)}`;
    expect(t[at + 3]).toBe(standing);
    expect(t.join('')).toContain('个百分点');
    const all = slides.slice(-6).flatMap((s) => s.texts).join('');
    expect(all).toContain('\u2212');
    expect(all).not.toMatch(/（-\d/);
    // Care beds (2035): the value and the difference from the baseline, whole beds.
    const last = slides.find((s) => s.texts[0] === '主要指标比较：2035年（续）')!.texts;
    const beds = last.indexOf('养老床位需求');
    expect(beds).toBeGreaterThan(0);
    expect(last[beds + 2]).toBe(`${Math.round(modelValue(0, 'careBeds', 15)).toLocaleString('en-US')}张`);
  });

  it('names Microsoft YaHei for Latin and East-Asian text in every slide and chart', () => {
    for (const slide of slides) expect(slide.xml).toContain(`typeface="${DECK_FONT}"`);
    for (const chart of slides.flatMap((s) => s.charts)) {
      const latin = chart.xml.match(/<a:latin typeface="[^"]*"\/>/g) ?? [];
      const ea = chart.xml.match(/<a:ea typeface="Microsoft YaHei"\/>/g) ?? [];
      expect(latin.length).toBeGreaterThan(0);
      expect(ea).toHaveLength(latin.length);
      expect(chart.xml).not.toContain('typeface="Arial"');
    }
  });

  it('every slide has speaker notes with the data sources; chart slides add the targets’ wording and the axis rule', () => {
    for (const slide of slides) expect(slide.notes).toContain('七普');
    expect(slides[0].notes).toContain('微软雅黑');
    expect(slides[FIRST_CHART].notes).toContain(residentsTarget.source);
    expect(slides[FIRST_CHART].notes).toContain('纵轴规则');
  });
});

describe('PPTX export (en)', () => {
  it('has English titles, persons in the chart data, and the key message in English', async () => {
    const { slides } = await readPptx(await buildPptx(comparison, options('en')));
    expect(slides[0].texts).toContain('Key message');
    expect(slides[1].texts[0]).toBe('Assumptions: levers that differ');
    expect(slides[FIRST_CHART].texts[0]).toMatch(/Resident population target of about 1\.350 M \(±1%\) in 2025/);
    expect(slides[FIRST_CHART].charts[0].series[1].values[5]).toBe(Math.round(model[1].rows[5].residents));
    expect(slides[FIRST_CHART].charts[0].series.map((s) => s.name)).toEqual(['Recent trend', 'Three-child policy uplift', 'Central-city relocation surge', 'Plan target (2021–2025)']);
  });

  it('keeps the colours the compare view gives its scenarios', async () => {
    const colours = ['#009e73', '#cc79a7', '#0072b2'];
    const { slides } = await readPptx(await buildPptx(comparison, { ...options('en'), colours }));
    expect(slides[FIRST_CHART].charts[0].series.slice(0, 3).map((s) => s.colour)).toEqual(['009E73', 'CC79A7', '0072B2']);
  });
});

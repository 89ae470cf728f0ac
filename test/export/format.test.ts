import { describe, expect, it } from 'vitest';
import { commonLabels, displayName, EXPORT_FORMATS, exportFormatOf, formatDate, formatSettingValue } from '../../src/export';
import en from '../../src/export/labels.en.json';
import zh from '../../src/export/labels.zh-CN.json';
import { LEVER_SPECS } from '../../src/model/xiqing/levers/lever-specs';

/** Every key path of a JSON object. */
const paths = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? paths(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('export formats and labels', () => {
  it('reads the format from the file extension', () => {
    expect(EXPORT_FORMATS).toEqual(['csv', 'xlsx', 'pptx']);
    expect(exportFormatOf('out/比较.XLSX')).toBe('xlsx');
    expect(exportFormatOf('a.b/deck.pptx')).toBe('pptx');
    expect(exportFormatOf('t.csv')).toBe('csv');
    expect(exportFormatOf('t.pdf')).toBeUndefined();
    expect(exportFormatOf('csv')).toBeUndefined();
  });

  it('has the same label keys in Chinese and English, none empty', () => {
    expect(paths(zh).sort()).toEqual(paths(en).sort());
    for (const table of [zh, en]) for (const p of paths(table)) expect(p.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], table)).not.toBe('');
    expect(commonLabels('zh-CN').app.name).toBe('西青区人口发展情景模拟器');
  });

  it('formats lever values as their cards do (Chinese units tight, English spaced)', () => {
    expect(formatSettingValue(LEVER_SPECS.secondBirthUplift, 0.15, 'zh-CN')).toBe('15%');
    expect(formatSettingValue(LEVER_SPECS.outflowRate, 0.03, 'en')).toBe('3.0%/year');
    expect(formatSettingValue(LEVER_SPECS.centralCityInflow, 25000, 'zh-CN')).toBe('25,000人/年');
    expect(formatSettingValue(LEVER_SPECS.tfr2035, 0.75, 'en')).toBe('0.75 births per woman');
    expect(formatSettingValue(LEVER_SPECS.endYear, 2035, 'en')).toBe('2035');
  });

  it('picks the language part of bilingual names and formats dates', () => {
    expect(displayName('近期趋势 · Recent trend', 'zh-CN')).toBe('近期趋势');
    expect(displayName('近期趋势 · Recent trend', 'en')).toBe('Recent trend');
    expect(displayName('我的情景', 'en')).toBe('我的情景');
    expect(formatDate(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });
});

describe('per-year paths in exports', () => {
  it('read as the years where the value changes, the unit once at the end', () => {
    const inflow = LEVER_SPECS.centralCityInflow;
    const path = { byYear: { '2021': 12_000, '2022': 12_000, '2023': 8_000, '2025': 10_000 } };
    expect(formatSettingValue(inflow, path, 'zh-CN')).toBe('2021\u00a012,000 → 2023\u00a08,000 → 2025\u00a010,000人/年');
    expect(formatSettingValue(inflow, path, 'en')).toBe('2021\u00a012,000 → 2023\u00a08,000 → 2025\u00a010,000 persons/year');
    expect(formatSettingValue(LEVER_SPECS.outflowRate, { byYear: { '2021': 0.03, '2024': 0.045 } }, 'en')).toBe('2021\u00a03.0% → 2024\u00a04.5%/year');
    expect(formatSettingValue(inflow, { byYear: { '2021': 9_000 } }, 'en')).toBe('9,000 persons/year');
  });
});

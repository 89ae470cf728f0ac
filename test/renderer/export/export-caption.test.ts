/**
 * The caption under an exported chart image (scenarios, changed levers with labels and units in the
 * interface language, data vintage, version, date) and the line breaking that fits it to the image.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../../src/host/contract';
import { exportLabels } from '../../../src/export/labels';
import { DEFAULT_NORMS } from '../../../src/model/service-demand/norm-specs';
import { LEVER_IDS, LEVER_SPECS } from '../../../src/model/xiqing/levers/lever-specs';
import { DEFAULT_LEVERS } from '../../../src/model/xiqing/levers/lever-values';
import { chartCaption, changedSettings, MAX_SETTINGS_PER_SCENARIO, wrapText } from '../../../renderer/src/export/caption';
import type { ExportScenario, Translate } from '../../../renderer/src/export/export-types';
import { createI18n } from '../../../renderer/src/i18n/i18n';
import zh from '../../../renderer/src/i18n/exporting/zh-CN.json';
import en from '../../../renderer/src/i18n/exporting/en.json';
import { formatSettingValue } from '../../../src/format';

const t: Record<Language, Translate> = {} as Record<Language, Translate>;
beforeAll(async () => {
  for (const language of ['zh-CN', 'en'] as const) t[language] = (await createI18n(language)).getFixedT(language, 'exporting') as Translate;
});

const date = new Date(2025, 4, 6);
const trend: ExportScenario = { name: '近期趋势 · Recent trend', levers: DEFAULT_LEVERS, norms: DEFAULT_NORMS };
const surge: ExportScenario = {
  name: '中心城区疏解加快 · Central-city relocation surge',
  levers: { ...DEFAULT_LEVERS, centralCityInflow: 25_000, centralCityHukouShare: 0.3 },
  norms: { ...DEFAULT_NORMS, careBedsPer1000Elderly: DEFAULT_NORMS.careBedsPer1000Elderly + 5 },
};

describe('chart caption', () => {
  it('names one scenario, its changed levers and norms with label and unit, the data, the version and the date (zh)', () => {
    const caption = chartCaption({ title: '常住人口', scenarios: [surge], language: 'zh-CN', appVersion: '0.1.0', date }, t['zh-CN']);
    expect(caption.title).toBe('常住人口');
    const [scenario, levers, data, stamp, ...rest] = caption.lines;
    expect(rest).toEqual([]);
    expect(scenario).toBe('情景：中心城区疏解加快');
    const inflow = `${LEVER_SPECS.centralCityInflow.label.zh} = ${formatSettingValue(LEVER_SPECS.centralCityInflow, 25_000, 'zh-CN')}`;
    expect(inflow).toContain('25,000人/年');
    expect(levers.startsWith('主要参数（与默认值不同）：')).toBe(true);
    expect(levers).toContain(inflow);
    expect(levers).toContain('30%');
    // A changed service norm is an assumption too.
    expect(levers.split('；')).toHaveLength(3);
    expect(data).toBe(`数据：${exportLabels('zh-CN').dataVintage}`);
    expect(data).toContain('七普');
    expect(stamp).toBe('西青区人口发展情景模拟器 0.1.0 · 导出日期 2025-05-06');
  });

  it('writes a per-year path as its changes (en)', () => {
    const path: ExportScenario = { name: 'Path', levers: { ...DEFAULT_LEVERS, centralCityInflow: { byYear: { '2021': 12_000, '2025': 6_000 } } }, norms: DEFAULT_NORMS };
    const caption = chartCaption({ title: 'Residents', scenarios: [path], language: 'en', appVersion: '0.1.0', date }, t.en);
    expect(caption.lines[1]).toContain(`${LEVER_SPECS.centralCityInflow.label.en} = 2021\u00a012,000 → 2025\u00a06,000 persons/year`);
  });

  it('says so when every value is the default, and adds the year of a one-year chart (en)', () => {
    const caption = chartCaption({ title: 'Age pyramid', year: 2030, scenarios: [trend], language: 'en', appVersion: '0.1.0', date }, t.en);
    expect(caption.title).toBe('Age pyramid (2030)');
    expect(caption.lines[0]).toBe('Scenario: Recent trend');
    expect(caption.lines[1]).toBe(`Key assumptions (changed from the defaults): ${en.caption.allDefaults}`);
    expect(caption.lines[2]).toContain('2020 census');
    expect(caption.lines[3]).toBe('Xiqing Population Scenario Simulator 0.1.0 · exported 2025-05-06');
  });

  it('marks the baseline of a comparison and lists each scenario’s changes', () => {
    const caption = chartCaption({ title: '常住人口', scenarios: [trend, surge], language: 'zh-CN', appVersion: '0.1.0', date }, t['zh-CN']);
    expect(caption.lines[0]).toBe('情景：近期趋势（基准）；中心城区疏解加快');
    expect(caption.lines[1]).toBe(`近期趋势的主要参数（与默认值不同）：${zh.caption.allDefaults}`);
    expect(caption.lines[2]).toMatch(/^中心城区疏解加快的主要参数（与默认值不同）：.*25,000人\/年/);
    expect(caption.lines).toHaveLength(5);
  });

  it('lists at most a few changes per scenario, then how many more', () => {
    const levers = { ...DEFAULT_LEVERS };
    for (const id of LEVER_IDS) {
      const spec = LEVER_SPECS[id];
      levers[id] = spec.default === spec.max ? spec.min : spec.max;
    }
    const all = changedSettings({ name: 'x', levers }, 'zh-CN', t['zh-CN']);
    expect(all.length).toBeGreaterThan(MAX_SETTINGS_PER_SCENARIO);
    const caption = chartCaption({ title: 'x', scenarios: [{ name: 'x', levers }], language: 'zh-CN', appVersion: '0.1.0', date }, t['zh-CN']);
    expect(caption.lines[1].endsWith(`等另外${all.length - MAX_SETTINGS_PER_SCENARIO}项`)).toBe(true);
    expect(caption.lines[1].split('；')).toHaveLength(MAX_SETTINGS_PER_SCENARIO + 1);
  });
});

describe('wrapText', () => {
  const measure = (text: string) => [...text].reduce((w, ch) => w + (/[\u2e80-\uffef]/.test(ch) ? 10 : 6), 0);
  const check = (text: string, width: number) => {
    const lines = wrapText(text, width, measure);
    for (const line of lines) expect(measure(line), line).toBeLessThanOrEqual(width);
    return lines;
  };

  it('breaks Chinese between characters, never before closing or after opening punctuation', () => {
    const text = '数据：2020年第七次全国人口普查（七普）；联合国《世界人口展望2024》（WPP 2024）；《西青区人口发展“十四五”规划（2021—2025年）》';
    for (const width of [80, 120, 170, 230, 330]) {
      const lines = check(text, width);
      expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      for (const line of lines.slice(1)) expect(line, `width ${width}`).not.toMatch(/^[，。；：、）》”]/);
      for (const line of lines.slice(0, -1)) expect(line, `width ${width}`).not.toMatch(/[（《“]$/);
    }
  });

  it('keeps a path’s year with its value when it breaks a line', () => {
    const measure = (text: string) => text.length;
    const lines = wrapText('Relocation = 2021\u00a012,000 → 2023\u00a08,000 → 2025\u00a010,000 persons/year', 24, measure);
    // No line ends on a year, and none starts with the value that belongs to the year before it.
    for (const line of lines) expect(line, JSON.stringify(lines)).not.toMatch(/20\d\d$|^\d{1,3},\d{3}/);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toBe('Relocation = 2021 12,000 → 2023 8,000 → 2025 10,000 persons/year');
  });

  it('breaks English between words and cuts a word longer than the line', () => {
    expect(check('Key assumptions (changed from the defaults): relocation = 30,000 persons/year', 120)).toEqual([
      'Key assumptions', '(changed from the', 'defaults):', 'relocation = 30,000', 'persons/year',
    ]);
    expect(check('abcdefghijklmnopqrstuvwxyz', 60)).toEqual(['abcdefghij', 'klmnopqrst', 'uvwxyz']);
    expect(wrapText('', 100, measure)).toEqual(['']);
  });
});

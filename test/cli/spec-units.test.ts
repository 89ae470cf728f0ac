/**
 * Every unit printed comes from the spec and is scaled right: each lever's and norm's default, formatted
 * by the CLI, by the app (lever cards, tooltips, what-differs) and by the exports, reads back as the
 * stored value in the spec's display unit — a share stored as a fraction is shown ×100 next to a "%"
 * unit, anything else as stored next to its own unit.
 */
import { describe, expect, it } from 'vitest';
import { checklistFor, formatSpecValue, show, solveText } from '../../src/cli/targets-and-solve';
import { DEFAULT_VALUES, VALUE_IDS, valueSpec } from '../../src/model/scenario-values';
import type { LeverSpec } from '../../src/model/xiqing/levers/lever-spec';
import { LEVER_SPECS } from '../../src/model/xiqing/levers/lever-specs';
import { formatSettingValue } from '../../src/format';

type Format = (spec: LeverSpec, value: number) => string;
const FORMATTERS: Record<string, Format> = {
  cli: (spec, value) => formatSpecValue(spec, value),
  'app (en)': (spec, value) => formatSettingValue(spec, value, 'en'),
  'app (zh-CN)': (spec, value) => formatSettingValue(spec, value, 'zh-CN'),
  'exports (en)': (spec, value) => formatSettingValue(spec, value, 'en'),
  'exports (zh-CN)': (spec, value) => formatSettingValue(spec, value, 'zh-CN'),
};

/** Splits "1,234.5 persons/year" / "3.0%/年" / "2035" into the number and the unit text after it. */
function split(text: string): { number: number; unit: string } {
  const m = /^([-\u2212]?[\d,]+(?:\.\d+)?)\s?(.*)$/.exec(text);
  if (!m) throw new Error(`no leading number in "${text}"`);
  return { number: Number(m[1].replace(/,/g, '').replace('\u2212', '-')), unit: m[2] };
}

const cases = VALUE_IDS.flatMap((id) => Object.keys(FORMATTERS).map((who) => [id, who] as const));

describe('units of every lever and norm', () => {
  it.each(cases)('%s through the %s formatting', (id, who) => {
    const spec = valueSpec(id);
    const value = spec.default;
    const text = FORMATTERS[who](spec, value);
    const { number, unit } = split(text);
    const language = who.includes('zh') ? 'zh' : 'en';
    const scale = spec.format === 'percent' ? 100 : 1;
    // Shown in display units, rounded to the spec's decimals.
    expect(Math.abs(number - value * scale), text).toBeLessThanOrEqual(0.5 * 10 ** -spec.decimals + 1e-9);
    if (spec.format === 'year') {
      expect(unit, text).toBe('');
    } else if (spec.format === 'percent') {
      // A share is written with its per-cent sign and the rest of the spec's unit ("%", "%/year").
      expect(spec.unit[language].startsWith('%'), `${id}: a percent-format spec needs a % unit`).toBe(true);
      expect(unit, text).toBe(spec.unit[language]);
    } else {
      expect(spec.unit[language].includes('%'), `${id}: a plain number must not carry a % unit`).toBe(false);
      expect(unit, text).toBe(spec.unit[language]);
    }
  });

  it('the 1.41% case: a settlement rate stored as 0.0141 prints as 1.41%/year, not 0.0141 %/year', () => {
    const spec = LEVER_SPECS.pointsSettlementRate;
    expect(spec.unit.en).toBe('%/year');
    expect(formatSpecValue(spec, 0.0141, 1)).toBe('1.41%/year');
    expect(formatSettingValue({ ...spec, decimals: 2 }, 0.0141, 'en')).toBe('1.41%/year');
    expect(formatSettingValue({ ...spec, decimals: 2 }, 0.0141, 'zh-CN')).toBe('1.41%/年');
  });

  it('--targets shows each target in its own unit, shares ×100', () => {
    const rows = checklistFor(DEFAULT_VALUES, 2025);
    const urbanisation = rows.find((r) => r.id === 'urbanisation')!;
    expect(urbanisation.unit.en).toBe('%');
    expect(show(urbanisation.target, urbanisation)).toBe('95.00%');
    const residents = rows.find((r) => r.id === 'residents')!;
    expect(show(residents.target, residents)).toBe('1,350,000 persons');
    const e0 = rows.find((r) => r.id === 'lifeExpectancy')!;
    expect(show(e0.target, e0)).toBe('82.38 years');
  });

  it('--solve prints the solved rate in per cent a year', () => {
    // The settlement rate that brings the 2025 hukou population to 500,000 (between the range ends).
    const { text, json } = solveText(DEFAULT_VALUES, 'pointsSettlementRate', 'hukouPopulation=500000', 2025);
    const solved = json as { ok: boolean; value: number };
    expect(solved.ok).toBe(true);
    const m = /= (-?[\d.]+)%\/year gives/.exec(text);
    expect(m, text).not.toBeNull();
    expect(Number(m![1])).toBeCloseTo(solved.value * 100, 3);
    expect(text).not.toMatch(/ %\/year/);
  });
});

import { describe, expect, it } from 'vitest';
import { LEVER_IDS, LEVER_SPECS } from '../../../src/model/xiqing/levers/lever-specs';
import { NORM_IDS, NORM_SPECS } from '../../../src/model/service-demand/norm-specs';
import { clampDisplay, displayRange, displayText, fromDisplay, parseDisplayInput, toDisplay } from '../../../renderer/src/format/lever-format';
import { formatSettingValue } from '../../../src/format';

const specs = [...LEVER_IDS.map((id) => LEVER_SPECS[id]), ...NORM_IDS.map((id) => NORM_SPECS[id])];

describe('lever values between stored and display units', () => {
  it('round-trips min, max, default and every step of every lever and norm', () => {
    for (const spec of specs) {
      for (const value of [spec.min, spec.max, spec.default, Math.min(spec.max, spec.min + spec.step)]) {
        expect(fromDisplay(spec, toDisplay(spec, value)), `${spec.id} ${value}`).toBeCloseTo(value, 12);
      }
    }
  });

  it('shows shares ×100 without binary noise', () => {
    const rate = LEVER_SPECS.outflowRate;
    expect(toDisplay(rate, 0.03)).toBe(3);
    expect(displayText(rate, 0.03)).toBe('3.0');
    expect(fromDisplay(rate, 1.3)).toBe(0.013);
    expect(displayRange(LEVER_SPECS.centralCityHukouShare)).toEqual({ min: 0, max: 100, step: 1 });
  });

  it('formats values with their units in each language', () => {
    expect(formatSettingValue(LEVER_SPECS.centralCityInflow, 13_500, 'zh-CN')).toBe('13,500人/年');
    expect(formatSettingValue(LEVER_SPECS.centralCityInflow, 13_500, 'en')).toBe('13,500 persons/year');
    expect(formatSettingValue(LEVER_SPECS.familyShare, 0.3, 'en')).toBe('30%');
    expect(formatSettingValue(LEVER_SPECS.endYear, 2035, 'en')).toBe('2035');
  });

  it('parses what people type, including full-width digits and grouping', () => {
    expect(parseDisplayInput('13,500')).toBe(13500);
    expect(parseDisplayInput(' ３０，０００ ')).toBe(30000);
    expect(parseDisplayInput('２．５')).toBe(2.5);
    expect(parseDisplayInput('20%')).toBe(20);
    expect(parseDisplayInput('−1.5')).toBe(-1.5);
    expect(parseDisplayInput('abc')).toBeNaN();
    expect(parseDisplayInput('')).toBeNaN();
  });

  it('clamps to the range and rounds to the shown precision', () => {
    expect(clampDisplay(LEVER_SPECS.centralCityInflow, 99_999_999)).toBe(LEVER_SPECS.centralCityInflow.max);
    expect(clampDisplay(LEVER_SPECS.tfr2025, 0.6249)).toBe(0.62);
    expect(clampDisplay(LEVER_SPECS.endYear, 2030.6)).toBe(2031);
  });
});

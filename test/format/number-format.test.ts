import { describe, expect, it } from 'vitest';
import { numberFormat } from '../../src/format';

const zh = numberFormat('zh-CN');
const en = numberFormat('en');

describe('number format per language', () => {
  it('writes populations in 万人 with one decimal in Chinese, as the plan does', () => {
    expect(zh.persons(1_195_000)).toBe('119.5万人');
    expect(zh.persons(465_900)).toBe('46.6万人');
    expect(zh.persons(1_350_000)).toBe('135.0万人');
    expect(zh.personsParts(1_328_909)).toEqual({ value: '132.9', unit: '万人' });
  });

  it('keeps small counts whole, grouped, in persons', () => {
    expect(zh.persons(5_884.3)).toBe('5,884人');
    expect(en.persons(5_884.3)).toBe('5,884');
  });

  it('writes populations as M and k in English', () => {
    expect(en.persons(1_195_000)).toBe('1.195 M');
    expect(en.persons(465_900)).toBe('465.9 k');
    expect(en.personsParts(1_350_000)).toEqual({ value: '1.350', unit: 'M' });
  });

  it('signs differences with + and a true minus, and never shows −0', () => {
    expect(zh.personsDiff(-21_091)).toBe('\u22122.1万人');
    expect(zh.personsDiff(14_000)).toBe('+1.4万人');
    expect(en.personsDiff(-56_700)).toBe('\u221256.7 k');
    expect(en.personsDiff(0)).toBe('0');
    expect(zh.personsDiff(-0.2)).toBe('0人');
  });

  it('shows shares as percentages and differences in percentage points', () => {
    expect(zh.share(0.19421)).toBe('19.4%');
    expect(en.share(0.1647, 2)).toBe('16.47%');
    expect(zh.pointsDiff(0.033)).toBe('+3.3个百分点');
    expect(en.pointsDiff(-0.004)).toBe('\u22120.4 pp');
    expect(en.pointsDiff(0.0004)).toBe('0.0 pp');
    expect(en.pointsDiff(0.05)).toBe('+5.0 pp');
  });

  it('writes ages and life expectancy in years', () => {
    expect(zh.years(82.38)).toBe('82.38岁');
    expect(en.years(82.38)).toBe('82.38 years');
  });
});

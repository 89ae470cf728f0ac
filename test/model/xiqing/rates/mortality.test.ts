import { describe, expect, it } from 'vitest';
import { lifeTable } from '../../../../src/model/engine/life-table';
import wpp from '../../../../src/model/xiqing/data/wpp2024-china.json';
import { chinaMxPattern, e0BySex, graduateMx, mortalityFor, solveMortality } from '../../../../src/model/xiqing/rates/mortality';

describe('Xiqing mortality', () => {
  it('graduates the WPP abridged rates to positive, increasing-with-age single-year rates above 30', () => {
    for (const sex of ['male', 'female'] as const) {
      const m = chinaMxPattern[sex];
      expect(m.length).toBe(101);
      expect(m.every((v) => v > 0 && Number.isFinite(v))).toBe(true);
      for (let x = 31; x < 100; x++) expect(m[x]).toBeGreaterThan(m[x - 1]);
    }
  });

  it('keeps m0, m(1–4), m(100+) and every 5-year group mean as published', () => {
    const rates = wpp.mortality.mxFemale;
    const m = graduateMx(rates);
    expect(m[0]).toBe(rates[0]);
    expect(m[3]).toBe(rates[1]);
    expect(m[100]).toBe(rates[21]);
    for (let g = 2; g < 21; g++) {
      const start = 5 * (g - 1);
      const mean = (m[start] + m[start + 1] + m[start + 2] + m[start + 3] + m[start + 4]) / 5;
      expect(Math.abs(mean / rates[g] - 1)).toBeLessThan(1e-12);
    }
  });

  it('solves the level that gives the target e0 to 1e-8 years', () => {
    for (const target of [75, 81.89, 84.6, 88]) {
      const sol = solveMortality('female', target);
      expect(Math.abs(sol.e0 - target)).toBeLessThan(1e-8);
      expect(Math.abs(lifeTable(sol.mx, undefined, { sex: 'female' }).ex[0] - target)).toBeLessThan(1e-8);
    }
  });

  it('needs about the README’s 0.687 multiplier for e0 81.89 with WPP China’s own sex gap', () => {
    // README §4: multiplying all China 2020–25 rates by ≈ 0.687 gives e0 81.89 (men ≈ 79.4, women ≈ 84.6).
    const m = solveMortality('male', 79.4);
    const f = solveMortality('female', 84.6);
    expect(m.factor).toBeGreaterThan(0.64);
    expect(m.factor).toBeLessThan(0.74);
    expect(f.factor).toBeGreaterThan(0.64);
    expect(f.factor).toBeLessThan(0.74);
  });

  it('splits a both-sexes e0 by the gap so the birth-weighted mean is the target', () => {
    const s = e0BySex(81.89, 4.2, 1.084);
    expect(s.female - s.male).toBeCloseTo(4.2, 12);
    expect((1.084 * s.male + s.female) / 2.084).toBeCloseTo(81.89, 12);
  });

  it('caches solved tables (same object for the same e0)', () => {
    expect(mortalityFor('male', 80.123)).toBe(mortalityFor('male', 80.123));
  });
});

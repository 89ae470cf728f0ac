/**
 * Prevalence by age: the documented log-linear gradient, scaled so that China's 2020 60+ age
 * structure reproduces the national all-60+ figures exactly; and the copied census numbers.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHINA_2020_OLDER_AGES } from '../../../src/model/service-demand/data/china-2020-older-ages';
import { DEFAULT_NORMS } from '../../../src/model/service-demand/norm-specs';
import { allAgeShare60plus, CHINA_2020_ELDERLY_BY_AGE, prevalenceByAge } from '../../../src/model/service-demand/prevalence';
import { DEFAULT_LEVERS } from '../../../src/model/xiqing/levers/lever-values';
import { runXiqing } from '../../../src/model/xiqing/model';
import { populationByAge } from '../../../src/model/xiqing/scenario/indicators';

const csvPath = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data/reference/census2020_agesex_xiqing_tianjin_china.csv');

describe('China 2020 older ages (data copied into the model)', () => {
  it('match the reference CSV (China_M, China_F, 50–54 … 100+)', () => {
    const rows = readFileSync(csvPath, 'utf8').trim().split(/\r?\n/).map((l) => l.split(','));
    const header = rows[0];
    const col = (name: string): number => header.indexOf(name);
    const labels = ['50-54', '55-59', '60-64', '65-69', '70-74', '75-79', '80-84', '85-89', '90-94', '95-99'];
    const row = (label: string): string[] => rows.find((r) => r[0] === label) ?? [];
    for (const [sex, name] of [['male', 'China_M'], ['female', 'China_F']] as const) {
      expect(CHINA_2020_OLDER_AGES[sex].groups).toEqual(labels.map((l) => Number(row(l)[col(name)])));
      expect(CHINA_2020_OLDER_AGES[sex].open).toBe(Number(row('100+')[col(name)]));
    }
  });
  it('graduated single ages 60..100 keep the 60+ total (264,018,218)', () => {
    let total = 0;
    for (let x = 0; x <= 100; x++) total += CHINA_2020_ELDERLY_BY_AGE[x];
    expect(total).toBeCloseTo(264_018_218, 3);
    for (let x = 0; x < 60; x++) expect(CHINA_2020_ELDERLY_BY_AGE[x]).toBe(0);
    for (let x = 60; x <= 100; x++) expect(CHINA_2020_ELDERLY_BY_AGE[x]).toBeGreaterThan(0);
  });
});

describe('prevalence gradient', () => {
  it.each([
    ['disability (18.3%, doubling every 10 years)', 0.183, 10],
    ['dementia (6.0%, doubling every 6 years)', 0.06, 6],
    ['steep (18.3%, 5 years: many ages capped)', 0.183, 5],
    ['flat (30%, 30 years)', 0.3, 30],
  ])('%s reproduces the national all-60+ figure on China’s 2020 structure', (_, share, d) => {
    expect(allAgeShare60plus(prevalenceByAge(share, d), CHINA_2020_ELDERLY_BY_AGE)).toBeCloseTo(share, 12);
  });

  it('doubles every D years of age below the cap, is 0 below 60 and never above 1', () => {
    const p = prevalenceByAge(0.183, 10);
    expect(p[70] / p[60]).toBeCloseTo(2, 12);
    expect(p[80] / p[70]).toBeCloseTo(2, 12);
    expect(p[59]).toBe(0);
    const steep = prevalenceByAge(0.183, 5);
    for (let x = 60; x <= 100; x++) {
      expect(steep[x]).toBeLessThanOrEqual(1);
      if (x > 60) expect(steep[x]).toBeGreaterThanOrEqual(steep[x - 1]);
    }
    expect(steep[100]).toBe(1);
  });

  it('the defaults are the national figures (18.3%, 6.0%)', () => {
    expect(DEFAULT_NORMS.disabledShare60plus).toBe(0.183);
    expect(DEFAULT_NORMS.dementiaShare60plus).toBe(0.06);
  });

  it('Xiqing’s younger 60+ structure in 2020 gives less than the national share', () => {
    const p = populationByAge(runXiqing(DEFAULT_LEVERS), 0);
    const both = Float64Array.from(p.male, (m, x) => m + p.female[x]);
    const xiqing = allAgeShare60plus(prevalenceByAge(0.183, 10), both);
    expect(xiqing).toBeGreaterThan(0.1);
    expect(xiqing).toBeLessThan(0.183);
  });
});

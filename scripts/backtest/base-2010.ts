/**
 * The 2010 census base for the 2010 → 2020 backtest, built the way the 2020 base is (docs/calibration.md,
 * "Backtest"): 5-year groups by sex graduated to single ages, students held apart, residents split into
 * hukou states.
 *
 * - Ages: the 2010 Xiqing county table (census2010_xiqing_row.csv, grade A) by sex, 0, 1–4 … 80–84, 85+;
 *   85+ is split over 85–89 … 100+ in Tianjin 2010's proportions (census2020_agesex…csv, Tianjin2010
 *   columns, grade A), then graduated like the 2020 base.
 * - Students: the 15–24 excess over a cohort-size-standardised baseline, as in 2020, with Tianjin 2010
 *   as the standard (China 2010 is not in the reference set); Tianjin's own students raise that
 *   baseline, so this is on the low side (grade D).
 * - Hukou states: totals from the 2010 in-migrant counts by origin (other Tianjin districts 116,711,
 *   other provinces 229,063; the rest, 367,286, hold Xiqing hukou; grade A); by age and sex, the 2020
 *   base's state shares at each age (non-students) raked to those totals, students by the 2020 student
 *   shares (an assumption, grade U: no 2010 table by hukou and age is at hand).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BySex } from '../../src/model/engine/types';
import { xiqingBase } from '../../src/model/xiqing/model';
import type { XiqingBaseData } from '../../src/model/xiqing/scenario/run-scenario';
import { AGES, graduate22, SEXES, type SexKey } from '../base-population/age-vectors';
import { fieldCount, parseCsv, readFieldColumn } from '../base-population/reference-tables';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const read = (file: string): string => readFileSync(resolve(repoRoot, 'data/reference', file), 'utf8');

/** Xiqing 2010 census figures the backtest uses. */
export const CENSUS_2010 = {
  total: 713_060,
  hukouRegister: 374_509,
  tianjin: 116_711,
  outside: 229_063,
  /** Residents holding Xiqing hukou by the census count (total − the two in-migrant origins). */
  local: 713_060 - 116_711 - 229_063,
  age0: 2142 + 1875,
} as const;

/** The 2010 age groups of the county table, in order. */
const GROUPS_2010 = ['0', '1-4', '5-9', '10-14', '15-19', '20-24', '25-29', '30-34', '35-39', '40-44', '45-49', '50-54', '55-59', '60-64', '65-69', '70-74', '75-79', '80-84', '85+'];

function field(table: Map<string, string>, label: string, sex: SexKey): number {
  const s = sex === 'male' ? '男' : '女';
  const name = label === '85+' ? `85岁及以上` : `${label}岁`;
  return fieldCount(table, 'census2010_xiqing_row.csv', `${name}（${s}）`, `${name}(${s})`, `${name}（${s})`, `${name}(${s}）`);
}

/** The 2010 Xiqing groups by sex and the Tianjin 2010 22-group table. */
export function read2010Tables(): { xiqing: Record<SexKey, number[]>; tianjin: Record<SexKey, number[]> } {
  const t = readFieldColumn(read('census2010_xiqing_row.csv'), 'census2010_xiqing_row.csv', 'Xiqing2010');
  const xiqing = { male: GROUPS_2010.map((g) => field(t, g, 'male')), female: GROUPS_2010.map((g) => field(t, g, 'female')) };
  const csv = parseCsv(read('census2020_agesex_xiqing_tianjin_china.csv'), 'census2020_agesex_xiqing_tianjin_china.csv');
  const col = (name: string): number => csv.header.indexOf(name);
  const tianjin = {
    male: csv.rows.map((r) => Number(r[col('Tianjin2010_M')])),
    female: csv.rows.map((r) => Number(r[col('Tianjin2010_F')])),
  };
  return { xiqing, tianjin };
}

const sumOf = (a: ArrayLike<number>, from = 0, to = a.length - 1): number => {
  let s = 0;
  for (let i = from; i <= to; i++) s += a[i];
  return s;
};

/** Builds the 2010 base (residents by state, students, and the register reconciliation). */
export function buildBase2010(): XiqingBaseData & { studentTotal: number } {
  const { xiqing, tianjin } = read2010Tables();
  const residentsBySex = {} as Record<SexKey, Float64Array>;
  const studentsBySex = {} as Record<SexKey, Float64Array>;
  let studentTotal = 0;
  for (const sex of SEXES) {
    const x = xiqing[sex];
    const t = tianjin[sex];
    // 85+ over 85–89 … 100+ in Tianjin's proportions.
    const tOld = sumOf(t, 18, 21);
    const groups22 = [...x.slice(0, 18), ...[18, 19, 20, 21].map((i) => (x[18] * t[i]) / tOld)];
    const single = graduate22(groups22).values;
    // Students: excess at 15–19 and 20–24 over the Xiqing/Tianjin ratio interpolated between 10–14 and 25–29.
    const r10 = x[3] / t[3];
    const r25 = x[6] / t[6];
    const students = new Float64Array(AGES);
    [4, 5].forEach((g, k) => {
      const baseline = (r10 + ((r25 - r10) * (k + 1)) / 3) * t[g];
      const excess = Math.max(0, x[g] - baseline);
      const from = 15 + 5 * k;
      const inGroup = sumOf(single, from, from + 4);
      for (let a = from; a < from + 5; a++) students[a] = (single[a] * excess) / inGroup;
      studentTotal += excess;
    });
    residentsBySex[sex] = single;
    studentsBySex[sex] = students;
  }

  // Hukou states: the 2020 base's shares by age among non-students, raked to the 2010 totals.
  const b2020 = xiqingBase();
  const totals = [CENSUS_2010.local, CENSUS_2010.tianjin, CENSUS_2010.outside];
  const studentShares = [0, 1, 2].map((s) => {
    let st = 0;
    let all = 0;
    for (const sex of SEXES) for (let a = 0; a < AGES; a++) {
      st += b2020.students[s][sex][a];
      for (let r = 0; r < 3; r++) all += b2020.students[r][sex][a];
    }
    return st / all;
  });
  const shares2020 = (s: number, sex: SexKey, a: number): number => {
    let ns = 0;
    let all = 0;
    for (let r = 0; r < 3; r++) {
      const v = b2020.residents[r][sex][a] - b2020.students[r][sex][a];
      all += v;
      if (r === s) ns = v;
    }
    return all > 0 ? ns / all : 1 / 3;
  };
  const factor = [1, 1, 1];
  const residents: BySex<Float64Array>[] = [0, 1, 2].map(() => ({ male: new Float64Array(AGES), female: new Float64Array(AGES) }));
  const students: BySex<Float64Array>[] = [0, 1, 2].map((s) => ({
    male: studentsBySex.male.map((v) => v * studentShares[s]),
    female: studentsBySex.female.map((v) => v * studentShares[s]),
  }));
  for (let iter = 0; iter < 200; iter++) {
    const got = [0, 0, 0];
    for (const sex of SEXES) for (let a = 0; a < AGES; a++) {
      const nonStudents = residentsBySex[sex][a] - studentsBySex[sex][a];
      let norm = 0;
      for (let s = 0; s < 3; s++) norm += factor[s] * shares2020(s, sex, a);
      for (let s = 0; s < 3; s++) {
        const v = (nonStudents * factor[s] * shares2020(s, sex, a)) / norm + students[s][sex][a];
        residents[s][sex][a] = v;
        got[s] += v;
      }
    }
    for (let s = 0; s < 3; s++) factor[s] *= totals[s] / got[s];
  }
  return { residents, students, hukouReconciliation: CENSUS_2010.hukouRegister - CENSUS_2010.local, studentTotal };
}

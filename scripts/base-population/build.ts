/**
 * Pure core of `scripts/build-base-population.ts`: the reference files' text in, the 2020 base
 * population of Xiqing (`src/model/xiqing/data/base-population-2020.json`) out. No I/O here, so a test
 * can re-run it and compare with the committed JSON.
 *
 * Every step and every assumption is explained for a reader in `docs/data-sources.md`
 * ("Base population 2020"); the constants below carry the figures and their sources.
 */
import { graduateWithInfant, splitByReference } from '../../src/model/demography/graduation';
import type { BasePopulationJson, BySexNumbers, StateName } from '../../src/model/xiqing/base-population';
import {
  fieldCount,
  readCensus2020AgeSex,
  readCohortResidual,
  readFieldColumn,
} from './reference-tables';

/** The reference files used, in `<repo>/../shared/reference/`. */
export const REFERENCE_FILES = {
  ageSex: 'census2020_agesex_xiqing_tianjin_china.csv',
  yearbook: 'census2020_yearbook_selected.csv',
  census2010: 'census2010_xiqing_row.csv',
  residual: 'xiqing_netmig_2010_2020_cohort_residual.csv',
} as const;

/** The script named in the JSON's `generatedBy`. */
export const GENERATED_BY = 'scripts/build-base-population.ts';

/**
 * Xiqing's 2020 census bulletin (七普公报), as quoted in the reference README §1 and the plan
 * (key-figures.md): resident total, share of men, broad age shares. Grade B.
 */
export const BULLETIN_2020 = {
  residents: 1_195_124,
  maleShare: 0.5262,
  share0to14: 0.1202,
  share15to59: 0.7151,
  share15to64: 0.7719,
  share60plus: 0.1647,
  share65plus: 0.1079,
} as const;

/** End-2020 hukou (register) population from the plan 《西青区人口发展"十四五"规划》 §一(一), persons. Grade A/B. */
export const REGISTER_HUKOU_2020 = 465_900;

/** Single ages 0..100; 100 is the open group 100+. */
export const OPEN_AGE = 100;
const AGES = OPEN_AGE + 1;

/**
 * Students (university-area special population): how the estimate is made and how it is spread over
 * single ages and hukou states. Every number here is an assumption (grade U) documented in
 * docs/data-sources.md; change it here and re-run the script.
 */
export const STUDENT_ASSUMPTIONS = {
  /**
   * Within-group age profile of the excess population: at the census date (1 November) first-year
   * students are mostly 18, second-years 19, …; the 20–24 group holds third- and fourth-years and
   * master's students. Shares sum to 1 within each group.
   */
  profile: {
    '15-19': { 17: 0.05, 18: 0.42, 19: 0.53 },
    '20-24': { 20: 0.35, 21: 0.3, 22: 0.15, 23: 0.12, 24: 0.08 },
  } as Record<'15-19' | '20-24', Record<number, number>>,
  /**
   * Where students' hukou is: half from Tianjin (municipal universities and vocational colleges
   * recruit mostly in Tianjin; a move inside the city brings them nothing, so they keep their
   * district hukou), half from other provinces, of whom half moved their hukou to the campus
   * collective hukou (then they hold Xiqing hukou, state `local`).
   */
  hukouShares: { local: 0.25, tianjin: 0.5, outside: 0.25 } as Record<StateName, number>,
} as const;

/**
 * Ages of residents without Xiqing hukou (non-students); assumptions documented in docs/data-sources.md.
 *
 * - Non-local share of residents: flat up to `plateauEndAge` (children share their parents' status;
 *   the level is solved so that the tianjin + outside totals are met); from the mid-point of 60–64 on,
 *   the share of each cohort that arrived (net) in 2010–2020 by the cohort residual; linear between.
 * - Tianjin share of non-local residents: `tianjinShareOfNonLocalOld` from `oldFromAge` on (older
 *   in-movers come mostly from central Tianjin: reference README §5, model guide §5; grade U); a flat level up
 *   to `plateauEndAge`, solved so that the tianjin total is met; linear between.
 * - Sex: local and tianjin residents have China's sex composition at each age up to `plateauEndAge`
 *   (natives and family movers follow birth-cohort sex ratios) and the residents' own composition
 *   from `oldFromAge` on (no labour-migration distortion at old ages); linear between. Outside-Tianjin
 *   residents take the rest, hence the male surplus of labour migration.
 */
export const HUKOU_AGE_ASSUMPTIONS = {
  plateauEndAge: 44,
  oldFromAge: 60,
  tianjinShareOfNonLocalOld: 0.75,
} as const;

/** Broad bands the bulletin's shares define, by index of the Xiqing yearbook groups (0, 1–4, 5–9 … 80–84, 85+). */
const BAND_OF_XIQING_GROUP = [0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 3, 3, 3, 3] as const;
const BAND_NAMES = ['0-14', '15-59', '60-64', '65+'] as const;

const SEXES = ['male', 'female'] as const;
type SexKey = (typeof SEXES)[number];

/** Rounds persons to 4 decimals for the JSON (−0 becomes 0). */
const round4 = (v: number): number => Math.round(v * 1e4) / 1e4 + 0;
/** Rounds a share or factor to 8 decimals. */
const round8 = (v: number): number => Math.round(v * 1e8) / 1e8 + 0;
const sum = (a: ArrayLike<number>, from = 0, to = a.length - 1): number => {
  let s = 0;
  for (let i = from; i <= to; i++) s += a[i];
  return s;
};
const newAges = (): Float64Array => new Float64Array(AGES);

/** Yearbook field name of a Xiqing age group (`男_1到4岁`, `女_85岁以上` …). */
function yearbookAgeField(sex: SexKey, label: string): string {
  const s = sex === 'male' ? '男' : '女';
  if (label === '85+') return `${s}_85岁以上`;
  if (label === '0') return `${s}_0岁`;
  const [a, b] = label.split('-');
  return `${s}_${a}到${b}岁`;
}

/**
 * Iterative proportional fitting of a 4-band × 2-sex table to band and sex margins.
 * @returns the fitted table, same layout as `seed`
 */
function rake(seed: number[][], bandTargets: number[], sexTargets: number[]): number[][] {
  const t = seed.map((r) => r.slice());
  for (let iter = 0; iter < 10_000; iter++) {
    for (let b = 0; b < t.length; b++) {
      const f = bandTargets[b] / (t[b][0] + t[b][1]);
      t[b][0] *= f;
      t[b][1] *= f;
    }
    let worst = 0;
    for (let s = 0; s < 2; s++) {
      const col = t.reduce((a, r) => a + r[s], 0);
      const f = sexTargets[s] / col;
      worst = Math.max(worst, Math.abs(f - 1));
      for (const r of t) r[s] *= f;
    }
    if (worst < 1e-15) return t;
  }
  throw new Error('raking did not converge');
}

/** Linear interpolation on knots (ages ascending), constant outside them. */
function interpolateKnots(knots: [number, number][], x: number): number {
  if (x <= knots[0][0]) return knots[0][1];
  for (let k = 1; k < knots.length; k++) {
    const [x1, y1] = knots[k];
    if (x <= x1) {
      const [x0, y0] = knots[k - 1];
      return y0 + ((x - x0) / (x1 - x0)) * (y1 - y0);
    }
  }
  return knots[knots.length - 1][1];
}

/** Graduates a 22-group table (0, 1–4, 5–9 … 95–99, 100+) of one sex to single ages 0..100. */
function graduate22(groups: ArrayLike<number>): { values: Float64Array; fallbackGroups: number[] } {
  if (groups.length !== 22) throw new Error(`expected 22 groups, got ${groups.length}`);
  const g = Array.from(groups);
  return graduateWithInfant(g[0], g[1], g.slice(2, 21), g[21], { tail: 'open-as-closed' });
}

const toNumbers = (bySex: Record<SexKey, Float64Array>): BySexNumbers => ({
  male: Array.from(bySex.male, round4),
  female: Array.from(bySex.female, round4),
});

/**
 * Builds the 2020 base population from the reference files.
 * @param read returns the text of a file of `<repo>/../shared/reference/` given its name
 */
export function buildBasePopulation(read: (file: string) => string): BasePopulationJson {
  // ---- 1. Inputs ---------------------------------------------------------------------------------
  const census = readCensus2020AgeSex(read(REFERENCE_FILES.ageSex));
  const yb = readFieldColumn(read(REFERENCE_FILES.yearbook), REFERENCE_FILES.yearbook, 'Xiqing');
  const c10 = readFieldColumn(read(REFERENCE_FILES.census2010), REFERENCE_FILES.census2010, 'Xiqing2010');
  const residual = readCohortResidual(read(REFERENCE_FILES.residual));
  const ybCount = (...names: string[]): number => fieldCount(yb, REFERENCE_FILES.yearbook, ...names);
  const c10Count = (...names: string[]): number => fieldCount(c10, REFERENCE_FILES.census2010, ...names);

  const x = census.xiqing;
  // The age-sex file and the yearbook table must agree cell by cell and with the yearbook totals.
  for (const sex of SEXES) {
    x.labels.forEach((label, i) => {
      const yv = ybCount(yearbookAgeField(sex, label));
      if (yv !== x[sex][i]) throw new Error(`Xiqing ${sex} ${label}: age-sex file ${x[sex][i]} ≠ yearbook ${yv}`);
    });
  }
  const yearbookMale = ybCount('人口数_男');
  const yearbookFemale = ybCount('人口数_女');
  const yearbookTotal = ybCount('人口数_合计');
  if (sum(x.male) !== yearbookMale || sum(x.female) !== yearbookFemale || yearbookMale + yearbookFemale !== yearbookTotal) {
    throw new Error('Xiqing age groups do not add up to the yearbook totals');
  }
  const hukouOtherTianjin = ybCount('户口登记地在外乡镇街道人口_本省其他县');
  const hukouOutsideTianjin = ybCount('户口登记地在外乡镇街道人口_省外');
  const hukouSameDistrictOtherTownship = ybCount('户口登记地在外乡镇街道人口_本县');
  const familyHouseholdPopulation = ybCount('家庭户人口数');
  const inMigrants2010Tianjin = c10Count('迁入人口（人）-本省其他县（市）、市区');
  const inMigrants2010Outside = c10Count('迁入人口（人）-外省');

  // ---- 2. Bulletin targets and raking ----------------------------------------------------------
  const B = BULLETIN_2020;
  const share60to64 = B.share60plus - B.share65plus;
  if (Math.abs(share60to64 - (B.share15to64 - B.share15to59)) > 1e-12) throw new Error('bulletin shares inconsistent');
  const bandShares = [B.share0to14, B.share15to59, share60to64, B.share65plus];
  if (Math.abs(bandShares.reduce((a, b) => a + b, 0) - 1) > 1e-12) throw new Error('bulletin band shares do not sum to 1');
  // Age 0 is kept at the published census count (the births the fertility calibration targets);
  // the raking adjusts every other age group.
  const age0 = { male: x.male[0], female: x.female[0] };
  const seed = BAND_NAMES.map((_, b) =>
    SEXES.map((sex) => x[sex].reduce((a, v, i) => a + (BAND_OF_XIQING_GROUP[i] === b && i !== 0 ? v : 0), 0)),
  );
  const bandTargets = bandShares.map((s, b) => s * B.residents - (b === 0 ? age0.male + age0.female : 0));
  const sexTargets = [B.maleShare * B.residents - age0.male, (1 - B.maleShare) * B.residents - age0.female];
  const fitted = rake(seed, bandTargets, sexTargets);
  const factors = fitted.map((r, b) => r.map((v, s) => v / seed[b][s]));
  const raked19: Record<SexKey, number[]> = {
    male: x.male.map((v, i) => (i === 0 ? v : v * factors[BAND_OF_XIQING_GROUP[i]][0])),
    female: x.female.map((v, i) => (i === 0 ? v : v * factors[BAND_OF_XIQING_GROUP[i]][1])),
  };

  // ---- 3. Split 85+ in Tianjin's shape (85–89, 90–94, 95–99, 100+), by sex ----------------------
  const t = census.tianjin;
  const i85 = t.labels.indexOf('85-89');
  const raked22: Record<SexKey, number[]> = { male: [], female: [] };
  for (const sex of SEXES) {
    const split = splitByReference(raked19[sex][18], t[sex].slice(i85));
    raked22[sex] = [...raked19[sex].slice(0, 18), ...split];
  }
  const labels22 = t.labels; // 0, 1-4, 5-9 … 95-99, 100+
  const gi = (label: string): number => labels22.indexOf(label);

  // ---- 4. Students: the 15–24 excess over a cohort-size-standardised baseline -------------------
  // Xiqing's population relative to China's at each age ("attraction ratio") removes differences
  // in birth-cohort size; between 10–14 and 25–29 (ages without students) the ratio is interpolated
  // linearly, and what Xiqing has above it at 15–19 and 20–24 is taken as the student population.
  const china = census.china;
  const studentGroups = ['15-19', '20-24'] as const;
  const baselineRatio = (sex: SexKey, k: number, logLinear: boolean): number => {
    const r10 = raked22[sex][gi('10-14')] / china[sex][gi('10-14')];
    const r25 = raked22[sex][gi('25-29')] / china[sex][gi('25-29')];
    return logLinear ? r10 * (r25 / r10) ** (k / 3) : r10 + ((r25 - r10) * k) / 3;
  };
  const excess = (sex: SexKey, label: (typeof studentGroups)[number], baseline: number): number =>
    Math.max(0, raked22[sex][gi(label)] - baseline);
  const studentGroupCounts: Record<SexKey, Record<(typeof studentGroups)[number], number>> = {
    male: { '15-19': 0, '20-24': 0 },
    female: { '15-19': 0, '20-24': 0 },
  };
  for (const sex of SEXES) {
    studentGroups.forEach((label, k) => {
      studentGroupCounts[sex][label] = excess(sex, label, baselineRatio(sex, k + 1, false) * china[sex][gi(label)]);
    });
  }
  // Sensitivity of the estimate to the baseline (reported, not used).
  const sensitivity = (baseline: (sex: SexKey, label: (typeof studentGroups)[number], k: number) => number): number =>
    SEXES.reduce((a, sex) => a + studentGroups.reduce((b, label, k) => b + excess(sex, label, baseline(sex, label, k + 1)), 0), 0);
  const studentSensitivity = {
    chinaRatioLinear: sensitivity((sex, label, k) => baselineRatio(sex, k, false) * china[sex][gi(label)]),
    chinaRatioLogLinear: sensitivity((sex, label, k) => baselineRatio(sex, k, true) * china[sex][gi(label)]),
    countsLinear: sensitivity((sex, _label, k) => {
      const a = raked22[sex][gi('10-14')];
      return a + ((raked22[sex][gi('25-29')] - a) * k) / 3;
    }),
    tianjinShapeFrom25to29: sensitivity(
      (sex, label) => (raked22[sex][gi('25-29')] * t[sex][gi(label)]) / t[sex][gi('25-29')],
    ),
  };

  const students: Record<SexKey, Float64Array> = { male: newAges(), female: newAges() };
  for (const sex of SEXES) {
    for (const label of studentGroups) {
      const profile = STUDENT_ASSUMPTIONS.profile[label];
      const shareSum = Object.values(profile).reduce((a, b) => a + b, 0);
      if (Math.abs(shareSum - 1) > 1e-12) throw new Error(`student profile ${label} does not sum to 1`);
      for (const [age, share] of Object.entries(profile)) students[sex][Number(age)] += studentGroupCounts[sex][label] * share;
    }
  }

  // ---- 5. Graduation of the non-student population; residents = non-students + students --------
  const nonStudent22: Record<SexKey, number[]> = {
    male: raked22.male.slice(),
    female: raked22.female.slice(),
  };
  for (const sex of SEXES) for (const label of studentGroups) nonStudent22[sex][gi(label)] -= studentGroupCounts[sex][label];
  const gradM = graduate22(nonStudent22.male);
  const gradF = graduate22(nonStudent22.female);
  const nonStudents: Record<SexKey, Float64Array> = { male: gradM.values, female: gradF.values };
  const residents: Record<SexKey, Float64Array> = { male: newAges(), female: newAges() };
  for (const sex of SEXES) for (let a = 0; a < AGES; a++) residents[sex][a] = nonStudents[sex][a] + students[sex][a];

  // China's single-year sex composition (Sprague too), for the sex split of local and tianjin residents.
  const chinaM = graduate22(china.male).values;
  const chinaF = graduate22(china.female).values;
  const chinaMaleShare = Float64Array.from(chinaM, (m, a) => m / (m + chinaF[a]));

  // ---- 6. Hukou states ---------------------------------------------------------------------------
  const SH = STUDENT_ASSUMPTIONS.hukouShares;
  if (Math.abs(SH.local + SH.tianjin + SH.outside - 1) > 1e-12) throw new Error('student hukou shares do not sum to 1');
  const studentTotal = sum(students.male) + sum(students.female);
  const studentsByState: Record<StateName, Record<SexKey, Float64Array>> = {
    local: { male: students.male.map((v) => v * SH.local), female: students.female.map((v) => v * SH.local) },
    tianjin: { male: students.male.map((v) => v * SH.tianjin), female: students.female.map((v) => v * SH.tianjin) },
    outside: { male: students.male.map((v) => v * SH.outside), female: students.female.map((v) => v * SH.outside) },
  };
  const nonStudentBoth = Float64Array.from(nonStudents.male, (m, a) => m + nonStudents.female[a]);

  // 6a. Non-local share h(x) = a(x) + b(x)·P; knots from the cohort residual at 60–64 … 80–84.
  const H = HUKOU_AGE_ASSUMPTIONS;
  /** Weight of the old-age rule at age a: 0 up to plateauEndAge, 1 from the given age, linear between. */
  const oldWeight = (a: number, oldAge: number): number =>
    a <= H.plateauEndAge ? 0 : a >= oldAge ? 1 : (a - H.plateauEndAge) / (oldAge - H.plateauEndAge);
  const oldKnots: [number, number][] = residual
    .filter((r) => Number.parseInt(r.age, 10) >= H.oldFromAge)
    .map((r) => [Number.parseInt(r.age, 10) + 2, (r.maleNet + r.femaleNet) / (r.male2020 + r.female2020)]);
  const firstOldKnot = oldKnots[0][0];
  const hA = newAges();
  const hB = newAges();
  for (let a = 0; a < AGES; a++) {
    const w = oldWeight(a, firstOldKnot);
    hA[a] = w * interpolateKnots(oldKnots, a);
    hB[a] = 1 - w;
  }
  const nonLocalTarget = hukouOtherTianjin + hukouOutsideTianjin - studentTotal * (SH.tianjin + SH.outside);
  const plateau = (nonLocalTarget - sum(hA.map((v, a) => v * nonStudentBoth[a]))) / sum(hB.map((v, a) => v * nonStudentBoth[a]));
  const h = Float64Array.from(hA, (v, a) => v + hB[a] * plateau);
  if (h.some((v) => v < 0 || v > 1)) throw new Error(`non-local share out of [0, 1] (plateau ${plateau})`);

  // Male share of local and tianjin residents: China's up to 44, the residents' own from 60.
  const familyMaleShare = Float64Array.from(chinaMaleShare, (c, a) => {
    const w = oldWeight(a, H.oldFromAge);
    return (1 - w) * c + (w * nonStudents.male[a]) / nonStudentBoth[a];
  });

  const local: Record<SexKey, Float64Array> = { male: newAges(), female: newAges() };
  const nonLocal: Record<SexKey, Float64Array> = { male: newAges(), female: newAges() };
  for (let a = 0; a < AGES; a++) {
    const l = (1 - h[a]) * nonStudentBoth[a];
    local.male[a] = l * familyMaleShare[a];
    local.female[a] = l * (1 - familyMaleShare[a]);
    nonLocal.male[a] = nonStudents.male[a] - local.male[a];
    nonLocal.female[a] = nonStudents.female[a] - local.female[a];
  }

  // 6b. Tianjin share of the non-local φ(x) = c(x) + d(x)·Φ: Φ up to 44 (solved), the assumed old-age share from 60.
  const phiA = newAges();
  const phiB = newAges();
  for (let a = 0; a < AGES; a++) {
    const w = oldWeight(a, H.oldFromAge);
    phiA[a] = w * H.tianjinShareOfNonLocalOld;
    phiB[a] = 1 - w;
  }
  const nonLocalBoth = Float64Array.from(nonLocal.male, (m, a) => m + nonLocal.female[a]);
  const tianjinTarget = hukouOtherTianjin - studentTotal * SH.tianjin;
  const youngTianjinShare =
    (tianjinTarget - sum(phiA.map((v, a) => v * nonLocalBoth[a]))) / sum(phiB.map((v, a) => v * nonLocalBoth[a]));
  if (!(youngTianjinShare >= 0 && youngTianjinShare <= 1)) throw new Error(`tianjin share of young non-local residents ${youngTianjinShare} out of [0, 1]`);
  const phi = Float64Array.from(phiA, (v, a) => v + phiB[a] * youngTianjinShare);
  const inMigrants2010TianjinShare = inMigrants2010Tianjin / (inMigrants2010Tianjin + inMigrants2010Outside);

  const tianjin: Record<SexKey, Float64Array> = { male: newAges(), female: newAges() };
  const outside: Record<SexKey, Float64Array> = { male: newAges(), female: newAges() };
  for (let a = 0; a < AGES; a++) {
    const tj = phi[a] * nonLocalBoth[a];
    tianjin.male[a] = tj * familyMaleShare[a];
    tianjin.female[a] = tj * (1 - familyMaleShare[a]);
    outside.male[a] = nonLocal.male[a] - tianjin.male[a];
    outside.female[a] = nonLocal.female[a] - tianjin.female[a];
  }

  // 6c. Students join the state of their hukou.
  const states: Record<StateName, Record<SexKey, Float64Array>> = { local, tianjin, outside };
  for (const state of ['local', 'tianjin', 'outside'] as const) {
    for (const sex of SEXES) for (let a = 0; a < AGES; a++) states[state][sex][a] += studentsByState[state][sex][a];
  }
  for (const state of ['local', 'tianjin', 'outside'] as const) {
    for (const sex of SEXES) {
      const bad = states[state][sex].findIndex((v) => !(v >= 0));
      if (bad >= 0) throw new Error(`${state} ${sex} age ${bad} is negative (${states[state][sex][bad]})`);
    }
  }

  // ---- 7. Figures the base reproduces, and the hukou reconciliation ----------------------------
  const totalOf = (s: Record<SexKey, Float64Array>, from = 0, to = OPEN_AGE): number => sum(s.male, from, to) + sum(s.female, from, to);
  const residentTotal = totalOf(residents);
  const censusLocal = B.residents - hukouOtherTianjin - hukouOutsideTianjin;
  const share = (from: number, to: number): number => totalOf(residents, from, to) / residentTotal;

  return {
    generatedBy: GENERATED_BY,
    description:
      'Xiqing District resident population on 2020-11-01 (7th census) by hukou state, sex and single age 0..100 (100 = 100+), persons; students are a subset of the states, held apart as a special population. Method and sources: docs/data-sources.md, section "Base population 2020".',
    year: 2020,
    referenceDate: '2020-11-01',
    units: 'persons',
    openAge: OPEN_AGE,
    states: ['local', 'tianjin', 'outside'],
    residents: { local: toNumbers(local), tianjin: toNumbers(tianjin), outside: toNumbers(outside) },
    students: {
      local: toNumbers(studentsByState.local),
      tianjin: toNumbers(studentsByState.tianjin),
      outside: toNumbers(studentsByState.outside),
    },
    hukou: {
      registerPopulation: REGISTER_HUKOU_2020,
      censusLocalResidents: censusLocal,
      reconciliation: REGISTER_HUKOU_2020 - censusLocal,
      yearbookFrameLocalResidents: yearbookTotal - hukouOtherTianjin - hukouOutsideTianjin,
      rule: 'hukouPopulation = sum(local residents) + reconciliation (persons); the reconciliation is held constant in projections',
    },
    figures: {
      residents: round4(residentTotal),
      maleShare: round8(totalOf({ male: residents.male, female: new Float64Array(AGES) }) / residentTotal),
      share0to14: round8(share(0, 14)),
      share15to59: round8(share(15, 59)),
      share15to64: round8(share(15, 64)),
      share60plus: round8(share(60, OPEN_AGE)),
      share65plus: round8(share(65, OPEN_AGE)),
      tianjin: round4(totalOf(tianjin)),
      outside: round4(totalOf(outside)),
      local: round4(totalOf(local)),
      students: round4(studentTotal),
    },
    method: {
      yearbookResidents: yearbookTotal,
      bulletinOverYearbook: B.residents - yearbookTotal,
      rakingFactors: Object.fromEntries(
        BAND_NAMES.map((name, b) => [name, { male: round8(factors[b][0]), female: round8(factors[b][1]) }]),
      ),
      age0Published: age0,
      tianjinShapeOf85plus: {
        groups: t.labels.slice(i85),
        male: t.male.slice(i85),
        female: t.female.slice(i85),
      },
      graduation:
        'Sprague fifth-difference multipliers (Siegel & Swanson 2004, p. 727); 0 and 1–4 joined for the panels, age 0 kept, 1–4 rescaled; 100+ used as a sixth tail group in the panels; geometric split of any group with a negative year',
      graduationFallbackGroups: { male: gradM.fallbackGroups, female: gradF.fallbackGroups },
      students: {
        total: round4(studentTotal),
        byGroup: {
          male: { '15-19': round4(studentGroupCounts.male['15-19']), '20-24': round4(studentGroupCounts.male['20-24']) },
          female: { '15-19': round4(studentGroupCounts.female['15-19']), '20-24': round4(studentGroupCounts.female['20-24']) },
        },
        sensitivity: Object.fromEntries(Object.entries(studentSensitivity).map(([k, v]) => [k, round4(v)])),
        hukouShares: { ...SH },
        collectiveQuartersResidents: yearbookTotal - familyHouseholdPopulation,
      },
      hukouAges: {
        nonLocalShareUpTo44: round8(plateau),
        nonLocalShareKnots: oldKnots.map(([age, v]) => [age, round8(v)]),
        tianjinShareOfNonLocalUpTo44: round8(youngTianjinShare),
        tianjinShareOfNonLocalFrom60: H.tianjinShareOfNonLocalOld,
        inMigrants2010: { otherTianjin: inMigrants2010Tianjin, otherProvinces: inMigrants2010Outside, tianjinShare: round8(inMigrants2010TianjinShare) },
        sameDistrictOtherTownship: hukouSameDistrictOtherTownship,
      },
    },
    sources: [
      { figure: 'Xiqing, Tianjin, China residents by age group and sex, 2020', file: REFERENCE_FILES.ageSex, grade: 'A' },
      { figure: 'Xiqing yearbook totals, hukou location, family-household population, 2020', file: REFERENCE_FILES.yearbook, grade: 'A' },
      { figure: 'Xiqing 2010 in-migrants by origin (cross-check of the tianjin share)', file: REFERENCE_FILES.census2010, grade: 'A' },
      { figure: 'Xiqing net migration by cohort 2010→2020', file: REFERENCE_FILES.residual, grade: 'D' },
      { figure: 'Bulletin: residents 1,195,124, men 52.62%, age shares', file: 'reference README §1; plan key-figures', grade: 'B' },
      { figure: 'Register hukou population 465.9 k (end-2020)', file: 'plan key-figures §一(一)', grade: 'A/B' },
      { figure: 'Student estimate, student hukou split, ages of hukou states', file: 'docs/data-sources.md', grade: 'D/U' },
    ],
  };
}

/** Step 6 of the base-population build: splits residents into hukou states (local, tianjin, outside) by age and sex. */
import type { StateName } from '../../src/model/xiqing/base-population';
import type { CohortResidualRow, Census2020AgeSex } from './reference-tables';
import { AGES, SEXES, graduate22, interpolateKnots, newAges, sum, type SexKey } from './age-vectors';
import { HUKOU_AGE_ASSUMPTIONS, STUDENT_ASSUMPTIONS } from './published-figures-and-assumptions';

/** What the hukou split needs. */
export interface HukouSplitInputs {
  /** The census age-sex table (China's groups give the family sex composition). */
  census: Census2020AgeSex;
  /** Xiqing's net migration by cohort 2010→2020 (old-age non-local share). */
  residual: CohortResidualRow[];
  /** Residents with hukou in another Tianjin district. */
  hukouOtherTianjin: number;
  /** Residents with hukou outside Tianjin. */
  hukouOutsideTianjin: number;
  /** Students by single age and sex. */
  students: Record<SexKey, Float64Array>;
  /** Non-students by single age and sex. */
  nonStudents: Record<SexKey, Float64Array>;
}

/** Residents by hukou state, and the solved levels the JSON records. */
export interface HukouSplit {
  /** Residents (students included) by state, sex and single age. */
  states: Record<StateName, Record<SexKey, Float64Array>>;
  /** Students by state, sex and single age. */
  studentsByState: Record<StateName, Record<SexKey, Float64Array>>;
  /** All students. */
  studentTotal: number;
  /** Solved non-local share of non-students up to `plateauEndAge`. */
  plateau: number;
  /** Knots (age, non-local share) of the old-age rule from the cohort residual. */
  oldKnots: [number, number][];
  /** Solved tianjin share of young non-local residents. */
  youngTianjinShare: number;
}

/** Splits students by the assumed hukou shares and non-students by the age rules of `HUKOU_AGE_ASSUMPTIONS`. */
export function splitHukouStates(inputs: HukouSplitInputs): HukouSplit {
  const { census, residual, hukouOtherTianjin, hukouOutsideTianjin, students, nonStudents } = inputs;
  const china = census.china;
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
  return { states, studentsByState, studentTotal, plateau, oldKnots, youngTianjinShare };
}

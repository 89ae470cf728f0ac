/** Steps 4–5 of the base-population build: estimates the university students and graduates students and non-students to single ages. */
import type { Census2020AgeSex } from './reference-tables';
import { AGES, SEXES, graduate22, newAges, type SexKey } from './age-vectors';
import { STUDENT_ASSUMPTIONS } from './published-figures-and-assumptions';

/** The age groups that hold students. */
const studentGroups = ['15-19', '20-24'] as const;
/** One of the student age groups. */
export type StudentGroup = (typeof studentGroups)[number];

/** Students and non-students by single age, and the intermediate figures the JSON records. */
export interface StudentSplit {
  /** Estimated students per student age group, by sex. */
  studentGroupCounts: Record<SexKey, Record<StudentGroup, number>>;
  /** Total students under alternative baselines (reported, not used). */
  studentSensitivity: Record<'chinaRatioLinear' | 'chinaRatioLogLinear' | 'countsLinear' | 'tianjinShapeFrom25to29', number>;
  /** Students by single age and sex. */
  students: Record<SexKey, Float64Array>;
  /** Non-students by single age and sex (graduated). */
  nonStudents: Record<SexKey, Float64Array>;
  /** Residents = non-students + students, by single age and sex. */
  residents: Record<SexKey, Float64Array>;
  /** Groups the graduation split geometrically, by sex. */
  graduationFallbackGroups: Record<SexKey, number[]>;
}

/**
 * Takes the 15–24 excess over a cohort-size-standardised baseline as students, spreads them over
 * single ages and graduates the rest.
 * @param raked22 Xiqing's raked counts in Tianjin's 22 groups, by sex
 */
export function splitStudents(census: Census2020AgeSex, raked22: Record<SexKey, number[]>): StudentSplit {
  const t = census.tianjin;
  const labels22 = t.labels; // 0, 1-4, 5-9 … 95-99, 100+
  const gi = (label: string): number => labels22.indexOf(label);

  // ---- 4. Students: the 15–24 excess over a cohort-size-standardised baseline -------------------
  // Xiqing's population relative to China's at each age ("attraction ratio") removes differences
  // in birth-cohort size; between 10–14 and 25–29 (ages without students) the ratio is interpolated
  // linearly, and what Xiqing has above it at 15–19 and 20–24 is taken as the student population.
  const china = census.china;
  const baselineRatio = (sex: SexKey, k: number, logLinear: boolean): number => {
    const r10 = raked22[sex][gi('10-14')] / china[sex][gi('10-14')];
    const r25 = raked22[sex][gi('25-29')] / china[sex][gi('25-29')];
    return logLinear ? r10 * (r25 / r10) ** (k / 3) : r10 + ((r25 - r10) * k) / 3;
  };
  const excess = (sex: SexKey, label: StudentGroup, baseline: number): number =>
    Math.max(0, raked22[sex][gi(label)] - baseline);
  const studentGroupCounts: Record<SexKey, Record<StudentGroup, number>> = {
    male: { '15-19': 0, '20-24': 0 },
    female: { '15-19': 0, '20-24': 0 },
  };
  for (const sex of SEXES) {
    studentGroups.forEach((label, k) => {
      studentGroupCounts[sex][label] = excess(sex, label, baselineRatio(sex, k + 1, false) * china[sex][gi(label)]);
    });
  }
  // Sensitivity of the estimate to the baseline (reported, not used).
  const sensitivity = (baseline: (sex: SexKey, label: StudentGroup, k: number) => number): number =>
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

  return {
    studentGroupCounts,
    studentSensitivity,
    students,
    nonStudents,
    residents,
    graduationFallbackGroups: { male: gradM.fallbackGroups, female: gradF.fallbackGroups },
  };
}

/**
 * The 2020 schooling gradient by single age (an ASSUMPTION, grade U, calibrated to the A-grade
 * targets: residents aged 16–59, students included, have mean 12.31 years and 42.6% college; plan,
 * base year):
 *  - college share c(x) = logistic(a − b·max(0, x − 25)), b = {@link COLLEGE_ODDS_SLOPE}: the odds of
 *    a college education halve about every 8.7 years of age above 25, roughly the pattern of China's
 *    higher-education expansion; flat below 25 (non-student residents under 25 are taken to reach the
 *    level of the youngest cohorts that have finished school);
 *  - mean years of those without college n(x) = n25 − d·max(0, x − 25) (d = {@link NON_COLLEGE_SLOPE},
 *    older people have more primary, fewer senior-secondary years), kept within 0..12;
 *  - mean years m(x) = c(x)·{@link COLLEGE_YEARS} + (1 − c(x))·n(x);
 *  - a is solved so the college share hits 42.6%, then n25 so the mean hits 12.31 (bisection, exact).
 * Both sexes share the gradient (Xiqing's 2020 mean was 11.31 years for men and for women alike).
 * The cohort model that carries it through the projection is in schooling.ts.
 */
import type { BySex } from '../engine/types';
import { AGE_COUNT } from '../xiqing/rates/mortality';
/** Ages of the plan's indicator (劳动年龄人口), years, inclusive. */
export const SCHOOLING_AGE_FROM = 16;
export const SCHOOLING_AGE_TO = 59;

/** 2020 targets the base gradient reproduces (plan, base year, grade A): mean years and college share, ages 16–59. */
export const SCHOOLING_2020 = { meanYears16to59: 12.31, collegeShare16to59: 0.426 } as const;

/**
 * Mean years of schooling of residents with college education or above, years: Xiqing 2020 census
 * counts by level (专科 124,453 at 15 years, 本科及以上 254,060) and the published mean of 11.31 years
 * for ages 6+ imply 本科及以上 ≈ 16.45 years (some postgraduates at 19), so the college group averages
 * ≈ 16.0 years (grade D; census2020_yearbook_selected.csv).
 */
export const COLLEGE_YEARS = 16.0;

/** Highest mean schooling of people without college: complete senior secondary, years. */
export const NON_COLLEGE_MAX_YEARS = 12;

/** Age above which the 2020 gradient declines, years. */
export const GRADIENT_PIVOT_AGE = 25;

/** Fall of the log-odds of college per year of age above 25 (assumption, grade U). */
export const COLLEGE_ODDS_SLOPE = 0.08;

/** Fall of the mean years of people without college per year of age above 25, years per year (assumption, grade U). */
export const NON_COLLEGE_SLOPE = 0.06;

/** Students' college share: all are enrolled in higher education (census counts the level attended). */
export const STUDENT_COLLEGE_SHARE = 1;

/** Schooling by single age 0..100 (both sexes alike), the 2020 base gradient. */
export interface SchoolingGradient {
  /** Share with college education or above, fraction 0..1, by age. */
  collegeShare: Float64Array;
  /** Mean years of schooling, years, by age. */
  meanYears: Float64Array;
  /** The solved intercept a (log-odds of college at ages ≤ 25). */
  collegeLogit25: number;
  /** The solved mean years of people without college at ages ≤ 25, years. */
  nonCollegeYears25: number;
}

const logistic = (z: number): number => 1 / (1 + Math.exp(-z));

function fillGradient(a: number, n25: number, out: SchoolingGradient): void {
  for (let x = 0; x < AGE_COUNT; x++) {
    const above = Math.max(0, x - GRADIENT_PIVOT_AGE);
    const c = logistic(a - COLLEGE_ODDS_SLOPE * above);
    const n = Math.min(NON_COLLEGE_MAX_YEARS, Math.max(0, n25 - NON_COLLEGE_SLOPE * above));
    out.collegeShare[x] = c;
    out.meanYears[x] = c * COLLEGE_YEARS + (1 - c) * n;
  }
  out.collegeLogit25 = a;
  out.nonCollegeYears25 = n25;
}

/** Persons aged 16–59 and their totals of an attribute, summed over sexes. */
function bandTotal(pop: BySex<ArrayLike<number>>, attr?: ArrayLike<number>): number {
  let s = 0;
  for (let x = SCHOOLING_AGE_FROM; x <= SCHOOLING_AGE_TO; x++) s += (pop.male[x] + pop.female[x]) * (attr ? attr[x] : 1);
  return s;
}

/** Bisection for an increasing function f on [lo, hi] with f = 0 inside (or the nearer end). */
function solveIncreasing(f: (v: number) => number, lo: number, hi: number): number {
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) < 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Solves the 2020 gradient so that non-students (gradient) plus students (fixed level) aged 16–59
 * have the 2020 college share and mean years.
 *
 * @param nonStudents non-student residents by sex and single age, persons
 * @param students students by sex and single age, persons
 * @param studentYears students' mean years of schooling, years
 */
export function calibrateSchoolingGradient(
  nonStudents: BySex<ArrayLike<number>>,
  students: BySex<ArrayLike<number>>,
  studentYears: number,
): SchoolingGradient {
  const g: SchoolingGradient = {
    collegeShare: new Float64Array(AGE_COUNT),
    meanYears: new Float64Array(AGE_COUNT),
    collegeLogit25: 0,
    nonCollegeYears25: 0,
  };
  const studentsBand = bandTotal(students);
  const persons = bandTotal(nonStudents) + studentsBand;
  const collegeTarget = SCHOOLING_2020.collegeShare16to59 * persons - STUDENT_COLLEGE_SHARE * studentsBand;
  const yearsTarget = SCHOOLING_2020.meanYears16to59 * persons - studentYears * studentsBand;
  // College share rises with a; the mean years rise with n25 once a is fixed (n enters with weight 1 − c).
  const a = solveIncreasing((v) => (fillGradient(v, 0, g), bandTotal(nonStudents, g.collegeShare) - collegeTarget), -30, 30);
  const n25 = solveIncreasing((v) => (fillGradient(a, v, g), bandTotal(nonStudents, g.meanYears) - yearsTarget), 0, 40);
  fillGradient(a, n25, g);
  return g;
}

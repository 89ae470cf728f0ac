/**
 * Schooling as a cohort attribute: mean years of schooling and the share with college education or
 * above (大专及以上), by sex and single age, carried through the projection.
 *
 * Why a cohort attribute: the plan's indicator (mean years of schooling of ages 16–59, 12.31 in 2020,
 * target 12.5 in 2025) moves because old, less-schooled cohorts leave the age band, better-schooled
 * young cohorts enter it, and migrants bring their own schooling. A rate applied to the age band could
 * not show any of that.
 *
 * The rules (all pooled over the three hukou states, since transfers between states do not change a
 * person's schooling):
 *  1. 2020 base: a documented age gradient (below), shifted so that residents aged 16–59, students
 *     included, have mean 12.31 years and 42.6% college (plan, base year, grade A).
 *  2. Each year, survivors keep their level as they age one year; out-migrants and the dead leave at
 *     the mean level of their age (they are removed in proportion, so the mean is unchanged).
 *  3. Each inflow stream brings its own level (norms `<stream>Years`, `<stream>CollegeShare`) to
 *     every arrival aged 16+: the stream's volume × its age–sex profile, as in the migration module.
 *  4. From 2021, cohorts reaching 16 bring the school-leaver level (the final attainment of today's
 *     young cohorts): everybody aged 16 in a projected year, natives and arrivals alike, has it, and
 *     children under 16 (not counted) are held at it.
 *  5. University-area students (special population) have their own level (`studentYears`, 100%
 *     college: the census counts students at the level they attend) and never age.
 *
 * The 2020 gradient (an ASSUMPTION, grade U, calibrated to the A-grade targets):
 *  - college share c(x) = logistic(a − b·max(0, x − 25)), b = {@link COLLEGE_ODDS_SLOPE}: the odds of
 *    a college education halve about every 8.7 years of age above 25, roughly the pattern of China's
 *    higher-education expansion; flat below 25 (non-student residents under 25 are taken to reach the
 *    level of the youngest cohorts that have finished school);
 *  - mean years of those without college n(x) = n25 − d·max(0, x − 25) (d = {@link NON_COLLEGE_SLOPE},
 *    older people have more primary, fewer senior-secondary years), kept within 0..12;
 *  - mean years m(x) = c(x)·{@link COLLEGE_YEARS} + (1 − c(x))·n(x);
 *  - a is solved so the college share hits 42.6%, then n25 so the mean hits 12.31 (bisection, exact).
 * Both sexes share the gradient (Xiqing's 2020 mean was 11.31 years for men and for women alike).
 */
import type { BySex } from '../engine/types';
import type { Profile } from '../xiqing/rates/migration-profiles';
import { inflowComponents, type StreamId } from '../xiqing/rates/migration-streams';
import { AGE_COUNT } from '../xiqing/rates/mortality';
import type { ScenarioRun } from '../xiqing/scenario/run-scenario';
import type { NormValues } from './norm-specs';

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

/** Schooling of one year: by sex and age for non-students, and the 16–59 summary incl. students. */
export interface SchoolingYear {
  /** Mean years of schooling of non-student residents by sex and age, years. */
  meanYears: BySex<Float64Array>;
  /** College share of non-student residents by sex and age, fraction 0..1. */
  collegeShare: BySex<Float64Array>;
  /** Mean years of schooling of all residents aged 16–59 (students included), years. */
  meanYears16to59: number;
  /** Share of residents aged 16–59 with college education or above (students included), fraction 0..1. */
  collegeShare16to59: number;
}

/** The schooling path of a run: the 2020 gradient and one entry per year index of `run.years`. */
export interface SchoolingPath {
  gradient: SchoolingGradient;
  years: SchoolingYear[];
}

const SEX_KEYS = ['male', 'female'] as const;

/** Non-student residents of year index t by sex and age, pooled over states, persons. */
export function nonStudentsByAge(run: ScenarioRun, t: number): BySex<Float64Array> {
  // t = −1: the census population (schooling is counted at the census, 1 November 2020).
  const pop = t < 0 ? run.census : run.projection.population[t];
  const states = run.projection.states;
  const male = new Float64Array(AGE_COUNT);
  const female = new Float64Array(AGE_COUNT);
  for (let s = 0; s < states; s++) {
    for (let x = 0; x < AGE_COUNT; x++) {
      male[x] += pop[(s * 2) * AGE_COUNT + x];
      female[x] += pop[(s * 2 + 1) * AGE_COUNT + x];
    }
  }
  return { male, female };
}

/** Students by sex and age, pooled over states, persons. */
export function studentsByAge(run: ScenarioRun): BySex<Float64Array> {
  const male = new Float64Array(AGE_COUNT);
  const female = new Float64Array(AGE_COUNT);
  for (const s of run.students) {
    for (let x = 0; x < AGE_COUNT; x++) {
      male[x] += s.male[x];
      female[x] += s.female[x];
    }
  }
  return { male, female };
}

/** An inflow stream's arrivals in one step: persons by age at the end of the step, and their level. */
interface Arrivals {
  persons: number;
  profile: Profile;
  years: number;
  college: number;
}

/** The step's inflows by stream (spread over ages as the migration module does), with each stream's schooling. */
function arrivalsOfStep(run: ScenarioRun, t: number, norms: NormValues): Arrivals[] {
  const level: Record<StreamId, [number, number]> = {
    centralCity: [norms.centralCityYears, norms.centralCityCollegeShare],
    outside: [norms.outsideMigrantYears, norms.outsideMigrantCollegeShare],
    talent: [norms.talentYears, norms.talentCollegeShare],
    southStation: [norms.southStationYears, norms.southStationCollegeShare],
  };
  return inflowComponents(run.levers, run.streams[t]).map((c) => ({
    persons: c.persons,
    profile: c.profile,
    years: level[c.stream][0],
    college: level[c.stream][1],
  }));
}

function summarise(
  nonStudents: BySex<Float64Array>,
  students: BySex<Float64Array>,
  meanYears: BySex<Float64Array>,
  collegeShare: BySex<Float64Array>,
  studentYears: number,
): { meanYears16to59: number; collegeShare16to59: number } {
  let persons = 0;
  let years = 0;
  let college = 0;
  for (const sex of SEX_KEYS) {
    for (let x = SCHOOLING_AGE_FROM; x <= SCHOOLING_AGE_TO; x++) {
      const n = nonStudents[sex][x];
      const st = students[sex][x];
      persons += n + st;
      years += n * meanYears[sex][x] + st * studentYears;
      college += n * collegeShare[sex][x] + st * STUDENT_COLLEGE_SHARE;
    }
  }
  return persons > 0 ? { meanYears16to59: years / persons, collegeShare16to59: college / persons } : { meanYears16to59: 0, collegeShare16to59: 0 };
}

/**
 * The solved 2020 gradients, per census population (shared by every run on one base, read-only), per
 * student population and students' years: the census is the same for every scenario, so the two
 * bisections (200 passes over the ages) run once per base, not once per slider move. Read-only.
 */
const gradients = new WeakMap<Float64Array, { students: ScenarioRun['students']; studentYears: number; gradient: SchoolingGradient }[]>();
function censusGradient(run: ScenarioRun, students: BySex<Float64Array>, studentYears: number): SchoolingGradient {
  let solved = gradients.get(run.census);
  if (!solved) gradients.set(run.census, (solved = []));
  for (const e of solved) if (e.students === run.students && Object.is(e.studentYears, studentYears)) return e.gradient;
  const gradient = calibrateSchoolingGradient(nonStudentsByAge(run, -1), students, studentYears);
  if (solved.length >= 16) solved.length = 0;
  solved.push({ students: run.students, studentYears, gradient });
  return gradient;
}

/**
 * Computes the schooling path of a run (pure; see {@link schoolingPath} for the memoised entry).
 * @param run a scenario run
 * @param norms the norm values (stream, school-leaver and student levels)
 */
export function computeSchoolingPath(run: ScenarioRun, norms: NormValues): SchoolingPath {
  const students = studentsByAge(run);
  // The gradient is solved on the census (when schooling was counted) and carried to 31 December 2020
  // unchanged: two months of ageing move no one across a schooling level that matters here.
  const gradient = censusGradient(run, students, norms.studentYears);
  let pop = nonStudentsByAge(run, 0);
  const leaverYears = norms.schoolLeaverYears;
  const leaverCollege = norms.schoolLeaverCollegeShare;

  const first = (values: Float64Array, leaver: number): BySex<Float64Array> => {
    const male = Float64Array.from(values);
    const female = Float64Array.from(values);
    // 2020: the calibrated gradient from 16 up; younger children are not counted, so hold them at the leaver level.
    for (let x = 0; x < SCHOOLING_AGE_FROM; x++) male[x] = female[x] = leaver;
    return { male, female };
  };
  let meanYears = first(gradient.meanYears, leaverYears);
  let collegeShare = first(gradient.collegeShare, leaverCollege);
  const years: SchoolingYear[] = [{ meanYears, collegeShare, ...summarise(pop, students, meanYears, collegeShare, norms.studentYears) }];

  for (let t = 0; t + 1 < run.years.length; t++) {
    const next = nonStudentsByAge(run, t + 1);
    // Arrivals between the stocks of rows t and t+1 are those of row t+1's calendar year.
    const arrivals = arrivalsOfStep(run, t + 1, norms);
    const nextYears: BySex<Float64Array> = { male: new Float64Array(AGE_COUNT), female: new Float64Array(AGE_COUNT) };
    const nextCollege: BySex<Float64Array> = { male: new Float64Array(AGE_COUNT), female: new Float64Array(AGE_COUNT) };
    for (const sex of SEX_KEYS) {
      const y1 = nextYears[sex];
      const c1 = nextCollege[sex];
      // The arrivals' fields read once per sex, not per age (the per-age loop below is the hot one).
      const k = arrivals.length;
      const profiles = arrivals.map((s) => s.profile[sex]);
      const persons = arrivals.map((s) => s.persons);
      const levelYears = arrivals.map((s) => s.years);
      const levelCollege = arrivals.map((s) => s.college);
      const popNow = pop[sex];
      const popNext = next[sex];
      const years0 = meanYears[sex];
      const college0 = collegeShare[sex];
      for (let x = 0; x <= SCHOOLING_AGE_FROM; x++) {
        y1[x] = leaverYears;
        c1[x] = leaverCollege;
      }
      for (let x = SCHOOLING_AGE_FROM + 1; x < AGE_COUNT; x++) {
        // Level of those who were x−1 a year ago (the open group also takes last year's open group).
        let prevYears = years0[x - 1];
        let prevCollege = college0[x - 1];
        if (x === AGE_COUNT - 1) {
          const a = popNow[x - 1];
          const b = popNow[x];
          if (a + b > 0) {
            prevYears = (a * years0[x - 1] + b * years0[x]) / (a + b);
            prevCollege = (a * college0[x - 1] + b * college0[x]) / (a + b);
          }
        }
        let arrived = 0;
        let arrivedYears = 0;
        let arrivedCollege = 0;
        for (let j = 0; j < k; j++) {
          const n = persons[j] * profiles[j][x];
          arrived += n;
          arrivedYears += n * levelYears[j];
          arrivedCollege += n * levelCollege[j];
        }
        // Whoever is here and did not arrive this step stayed: survivors net of leavers, at last year's level.
        const stayed = Math.max(0, popNext[x] - arrived);
        const total = stayed + arrived;
        y1[x] = total > 0 ? (stayed * prevYears + arrivedYears) / total : prevYears;
        c1[x] = total > 0 ? (stayed * prevCollege + arrivedCollege) / total : prevCollege;
      }
    }
    pop = next;
    meanYears = nextYears;
    collegeShare = nextCollege;
    years.push({ meanYears, collegeShare, ...summarise(pop, students, meanYears, collegeShare, norms.studentYears) });
  }
  return { gradient, years };
}

/** The norms the schooling path depends on (the memo key). */
const SCHOOLING_NORMS = [
  'schoolLeaverYears', 'schoolLeaverCollegeShare', 'studentYears', 'centralCityYears', 'centralCityCollegeShare',
  'outsideMigrantYears', 'outsideMigrantCollegeShare', 'talentYears', 'talentCollegeShare', 'southStationYears',
  'southStationCollegeShare',
] as const satisfies readonly (keyof NormValues)[];

const memo = new WeakMap<ScenarioRun, Map<string, SchoolingPath>>();

/**
 * The schooling path of a run, memoised per run and schooling norms (service rows for every year and
 * goal seek ask for it repeatedly). The run must not be mutated afterwards.
 */
export function schoolingPath(run: ScenarioRun, norms: NormValues): SchoolingPath {
  const key = SCHOOLING_NORMS.map((id) => norms[id]).join('|');
  let byNorms = memo.get(run);
  if (!byNorms) memo.set(run, (byNorms = new Map()));
  let path = byNorms.get(key);
  if (!path) {
    if (byNorms.size > 16) byNorms.clear();
    byNorms.set(key, (path = computeSchoolingPath(run, norms)));
  }
  return path;
}

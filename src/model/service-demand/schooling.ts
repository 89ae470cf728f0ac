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
 * The 2020 gradient (an ASSUMPTION, grade U, calibrated to the A-grade targets) is documented and
 * solved in schooling-gradient.ts.
 */
import type { BySex } from '../engine/types';
import { inflowComponents, type StreamId } from '../xiqing/rates/migration-streams';
import { AGE_COUNT } from '../xiqing/rates/mortality';
import type { ScenarioRun } from '../xiqing/scenario/run-scenario';
import type { NormValues } from './norm-specs';
import { pooledStudents } from './run-populations';
import {
  calibrateSchoolingGradient, SCHOOLING_AGE_FROM, SCHOOLING_AGE_TO, STUDENT_COLLEGE_SHARE, type SchoolingGradient,
} from './schooling-gradient';

export {
  calibrateSchoolingGradient, COLLEGE_ODDS_SLOPE, COLLEGE_YEARS, GRADIENT_PIVOT_AGE, NON_COLLEGE_MAX_YEARS, NON_COLLEGE_SLOPE,
  SCHOOLING_2020, SCHOOLING_AGE_FROM, SCHOOLING_AGE_TO, STUDENT_COLLEGE_SHARE, type SchoolingGradient,
} from './schooling-gradient';

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

/** Non-student residents of year index t by sex and age, pooled over states, persons. */
export function nonStudentsByAge(run: ScenarioRun, t: number): BySex<Float64Array> {
  const both = nonStudentsInto(run, t, new Float64Array(2 * AGE_COUNT), 0, AGE_COUNT - 1);
  return { male: both.subarray(0, AGE_COUNT), female: both.subarray(AGE_COUNT) };
}

/**
 * Non-student residents of year index t (−1: the census, when schooling was counted) aged `from`..`to`
 * pooled over states into `out`: men at 0..100, women at 101..201, persons (other ages untouched: each
 * age is its own sum). Returns `out`.
 */
function nonStudentsInto<T extends Float64Array>(run: ScenarioRun, t: number, out: T, from: number, to: number): T {
  const pop = t < 0 ? run.census : run.projection.population[t];
  const states = run.projection.states;
  out.fill(0, from, to + 1);
  out.fill(0, AGE_COUNT + from, AGE_COUNT + to + 1);
  for (let s = 0; s < states; s++) {
    const m = s * 2 * AGE_COUNT;
    const f = m + AGE_COUNT;
    for (let x = from; x <= to; x++) {
      out[x] += pop[m + x];
      out[AGE_COUNT + x] += pop[f + x];
    }
  }
  return out;
}

/**
 * Writes year `t`'s 16–59 figures to `out`: non-students (`nonStudents` pooled as in
 * {@link nonStudentsInto}; their levels at `levels[offset..]`: mean years of men, of women, college
 * share of men, of women) and students at their own level, persons-weighted.
 */
function summarise(
  nonStudents: Float64Array,
  students: BySex<Float64Array>,
  levels: Float64Array,
  offset: number,
  studentYears: number,
  out: SchoolingSummary,
  t: number,
): void {
  let persons = 0;
  let years = 0;
  let college = 0;
  for (let sex = 0; sex < 2; sex++) {
    const st = sex === 0 ? students.male : students.female;
    const meanYears = offset + sex * AGE_COUNT;
    const collegeShare = offset + (2 + sex) * AGE_COUNT;
    for (let x = SCHOOLING_AGE_FROM; x <= SCHOOLING_AGE_TO; x++) {
      const n = nonStudents[sex * AGE_COUNT + x];
      persons += n + st[x];
      years += n * levels[meanYears + x] + st[x] * studentYears;
      college += n * levels[collegeShare + x] + st[x] * STUDENT_COLLEGE_SHARE;
    }
  }
  out.meanYears16to59[t] = persons > 0 ? years / persons : 0;
  out.collegeShare16to59[t] = persons > 0 ? college / persons : 0;
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

/** Work arrays of {@link carryLevels} (it calls nothing that could call it back). */
const work = {
  /** Pooled non-students of the year and the next (see {@link nonStudentsInto}), persons. */
  pop: new Float64Array(2 * AGE_COUNT),
  next: new Float64Array(2 * AGE_COUNT),
  /** One step's arrivals by age (one sex at a time), persons; their years of schooling and college graduates. */
  arrived: new Float64Array(AGE_COUNT),
  arrivedYears: new Float64Array(AGE_COUNT),
  arrivedCollege: new Float64Array(AGE_COUNT),
  /** Each inflow component's persons, mean years and college share. */
  persons: new Float64Array(8),
  levelYears: new Float64Array(8),
  levelCollege: new Float64Array(8),
  /** Two alternating year slots of levels for {@link schoolingSummary}. */
  levels: new Float64Array(2 * 4 * AGE_COUNT),
};

/** Each inflow stream's schooling: mean years of its arrivals aged 16+, years. */
function streamYears(norms: NormValues, stream: StreamId): number {
  switch (stream) {
    case 'centralCity': return norms.centralCityYears;
    case 'outside': return norms.outsideMigrantYears;
    case 'talent': return norms.talentYears;
    case 'southStation': return norms.southStationYears;
  }
}

/** Each inflow stream's schooling: college share of its arrivals aged 16+, fraction. */
function streamCollege(norms: NormValues, stream: StreamId): number {
  switch (stream) {
    case 'centralCity': return norms.centralCityCollegeShare;
    case 'outside': return norms.outsideMigrantCollegeShare;
    case 'talent': return norms.talentCollegeShare;
    case 'southStation': return norms.southStationCollegeShare;
  }
}

/** The 16–59 figures of every year of a run (students included), one entry per year index. */
export interface SchoolingSummary {
  /** Mean years of schooling of residents aged 16–59, years. */
  meanYears16to59: Float64Array;
  /** Share of residents aged 16–59 with college education or above, fraction 0..1. */
  collegeShare16to59: Float64Array;
}

/**
 * Carries the levels through the run by the rules above and writes each year's 16–59 figures to
 * `out`. `levels` holds slots of 4 × 101 values (mean years of men, of women, college share of men, of
 * women, by age). With `allAges`, year t has slot t and every age is carried; otherwise two slots
 * alternate and only ages up to 59 are: an older age never comes back into the 16–59 band (a level
 * moves up one age a year), so the figures are the same to the bit at about half the work.
 */
function carryLevels(run: ScenarioRun, norms: NormValues, levels: Float64Array, allAges: boolean, out: SchoolingSummary): SchoolingGradient {
  const A = AGE_COUNT;
  const slot = (t: number): number => (allAges ? t : t % 2) * 4 * A;
  const top = allAges ? A - 1 : SCHOOLING_AGE_TO;
  const students = pooledStudents(run);
  const studentYears = norms.studentYears;
  // The gradient is solved on the census (when schooling was counted) and carried to 31 December 2020
  // unchanged: two months of ageing move no one across a schooling level that matters here.
  const gradient = censusGradient(run, students, studentYears);
  const leaverYears = norms.schoolLeaverYears;
  const leaverCollege = norms.schoolLeaverCollegeShare;
  // The cohort step reads the non-students from 16 (the summary) up to the oldest age carried.
  let pop = nonStudentsInto(run, 0, work.pop, SCHOOLING_AGE_FROM, top);
  let next = work.next;

  // 2020: the calibrated gradient from 16 up; younger children are not counted, so hold them at the leaver level.
  for (let sex = 0; sex < 2; sex++) {
    for (let x = 0; x <= top; x++) {
      levels[sex * A + x] = x < SCHOOLING_AGE_FROM ? leaverYears : gradient.meanYears[x];
      levels[(2 + sex) * A + x] = x < SCHOOLING_AGE_FROM ? leaverCollege : gradient.collegeShare[x];
    }
  }
  summarise(pop, students, levels, 0, studentYears, out, 0);

  const { arrived, arrivedYears, arrivedCollege, persons, levelYears, levelCollege } = work;
  for (let t = 0; t + 1 < run.years.length; t++) {
    nonStudentsInto(run, t + 1, next, SCHOOLING_AGE_FROM, top);
    // Arrivals between the stocks of rows t and t+1 are those of row t+1's calendar year.
    const components = inflowComponents(run.levers, run.streams[t + 1]);
    const k = components.length;
    for (let j = 0; j < k; j++) {
      persons[j] = components[j].persons;
      levelYears[j] = streamYears(norms, components[j].stream);
      levelCollege[j] = streamCollege(norms, components[j].stream);
    }
    const now = slot(t);
    const after = slot(t + 1);
    for (let sex = 0; sex < 2; sex++) {
      // The step's arrivals by age, each stream at its level (added stream by stream, in stream order).
      arrived.fill(0);
      arrivedYears.fill(0);
      arrivedCollege.fill(0);
      for (let j = 0; j < k; j++) {
        // A component that brings no one adds exact zeros: skipping it leaves every sum as it is.
        if (persons[j] === 0) continue;
        const profile = sex === 0 ? components[j].profile.male : components[j].profile.female;
        for (let x = SCHOOLING_AGE_FROM + 1; x <= top; x++) {
          const n = persons[j] * profile[x];
          arrived[x] += n;
          arrivedYears[x] += n * levelYears[j];
          arrivedCollege[x] += n * levelCollege[j];
        }
      }
      const years0 = now + sex * A;
      const college0 = now + (2 + sex) * A;
      const years1 = after + sex * A;
      const college1 = after + (2 + sex) * A;
      const at = sex * A;
      for (let x = 0; x <= SCHOOLING_AGE_FROM; x++) {
        levels[years1 + x] = leaverYears;
        levels[college1 + x] = leaverCollege;
      }
      for (let x = SCHOOLING_AGE_FROM + 1; x <= top; x++) {
        // Level of those who were x−1 a year ago (the open group also takes last year's open group).
        let prevYears = levels[years0 + x - 1];
        let prevCollege = levels[college0 + x - 1];
        if (x === A - 1) {
          const a = pop[at + x - 1];
          const b = pop[at + x];
          if (a + b > 0) {
            prevYears = (a * levels[years0 + x - 1] + b * levels[years0 + x]) / (a + b);
            prevCollege = (a * levels[college0 + x - 1] + b * levels[college0 + x]) / (a + b);
          }
        }
        // Whoever is here and did not arrive this step stayed: survivors net of leavers, at last year's level.
        const stayed = Math.max(0, next[at + x] - arrived[x]);
        const total = stayed + arrived[x];
        levels[years1 + x] = total > 0 ? (stayed * prevYears + arrivedYears[x]) / total : prevYears;
        levels[college1 + x] = total > 0 ? (stayed * prevCollege + arrivedCollege[x]) / total : prevCollege;
      }
    }
    const stock = pop;
    pop = next;
    next = stock;
    summarise(pop, students, levels, after, studentYears, out, t + 1);
  }
  return gradient;
}

/**
 * Computes the schooling path of a run, levels by sex and age of every year included (pure; see
 * {@link schoolingPath} for the memoised entry). Every year's levels live in one buffer.
 * @param run a scenario run
 * @param norms the norm values (stream, school-leaver and student levels)
 */
export function computeSchoolingPath(run: ScenarioRun, norms: NormValues): SchoolingPath {
  const A = AGE_COUNT;
  const count = run.years.length;
  const levels = new Float64Array(count * 4 * A);
  const summary: SchoolingSummary = { meanYears16to59: new Float64Array(count), collegeShare16to59: new Float64Array(count) };
  const gradient = carryLevels(run, norms, levels, true, summary);
  const at = (t: number, k: number): Float64Array => levels.subarray((t * 4 + k) * A, (t * 4 + k + 1) * A);
  const years = run.years.map((_, t): SchoolingYear => ({
    meanYears: { male: at(t, 0), female: at(t, 1) },
    collegeShare: { male: at(t, 2), female: at(t, 3) },
    meanYears16to59: summary.meanYears16to59[t],
    collegeShare16to59: summary.collegeShare16to59[t],
  }));
  return { gradient, years };
}

/**
 * Computes the 16–59 figures of every year of a run without keeping the levels by age (pure; what the
 * service rows show; see {@link schoolingSummary} for the memoised entry): the same numbers as
 * {@link computeSchoolingPath}, to the bit.
 */
export function computeSchoolingSummary(run: ScenarioRun, norms: NormValues): SchoolingSummary {
  const count = run.years.length;
  const summary: SchoolingSummary = { meanYears16to59: new Float64Array(count), collegeShare16to59: new Float64Array(count) };
  carryLevels(run, norms, work.levels, false, summary);
  return summary;
}

/** The norms the schooling path depends on (the memo key). */
const SCHOOLING_NORMS = [
  'schoolLeaverYears', 'schoolLeaverCollegeShare', 'studentYears', 'centralCityYears', 'centralCityCollegeShare',
  'outsideMigrantYears', 'outsideMigrantCollegeShare', 'talentYears', 'talentCollegeShare', 'southStationYears',
  'southStationCollegeShare',
] as const satisfies readonly (keyof NormValues)[];

/** The key of the schooling norms' values. */
const normsKey = (norms: NormValues): string => SCHOOLING_NORMS.map((id) => norms[id]).join('|');

/** Memoised per run, then per schooling norms (at most 16 sets of norms per run). */
function memoised<T>(memo: WeakMap<ScenarioRun, Map<string, T>>, run: ScenarioRun, norms: NormValues, compute: () => T): T {
  const key = normsKey(norms);
  let byNorms = memo.get(run);
  if (!byNorms) memo.set(run, (byNorms = new Map()));
  let value = byNorms.get(key);
  if (value === undefined) {
    if (byNorms.size >= 16) byNorms.clear();
    byNorms.set(key, (value = compute()));
  }
  return value;
}

const paths = new WeakMap<ScenarioRun, Map<string, SchoolingPath>>();
const summaries = new WeakMap<ScenarioRun, Map<string, SchoolingSummary>>();

/**
 * The schooling path of a run, memoised per run and schooling norms. The run must not be mutated
 * afterwards.
 */
export function schoolingPath(run: ScenarioRun, norms: NormValues): SchoolingPath {
  return memoised(paths, run, norms, () => computeSchoolingPath(run, norms));
}

/**
 * The 16–59 figures of every year of a run, memoised per run and schooling norms (the service rows of
 * every year, and a single year's row for goal seek or the checklist, ask for them). Read-only; the
 * run must not be mutated afterwards.
 */
export function schoolingSummary(run: ScenarioRun, norms: NormValues): SchoolingSummary {
  return memoised(summaries, run, norms, () => computeSchoolingSummary(run, norms));
}

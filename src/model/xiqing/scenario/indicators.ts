/**
 * Indicators per year of a scenario run: residents by hukou status, the hukou population,
 * flows, fertility and mortality levels, age groups and ageing measures. Persons as counts, shares as
 * fractions 0..1, ages and years as numbers.
 */
import type { BySex } from '../../engine/types';
import { AGE_COUNT as AGES } from '../rates/mortality';

// A local copy: imported bindings can compile to getters, too slow inside the per-age loops below.
const AGE_COUNT: number = AGES;
import { LOCAL, OUTSIDE, STATES, TIANJIN } from '../hukou-states';
import { rowFlows, type ScenarioRun } from './run-scenario';

/**
 * One year's indicators. Stocks are at 31 December of `year`; flows (births … settlements) are those of
 * the calendar year (for 2020: from the census, 1 November, to 31 December), so that
 * residents(Y) = residents(Y−1) + births(Y) − deaths(Y) + netMigration(Y) exactly.
 */
export interface IndicatorRow {
  /** Calendar year; the row is at 31 December of it. */
  year: number;
  /** Resident population (常住人口), persons, students included. */
  residents: number;
  /**
   * Register hukou population (户籍人口): local residents, plus the 2020 reconciliation term, plus
   * Xiqing-hukou people who moved away and have not yet moved their hukou, persons.
   */
  hukouPopulation: number;
  /** Residents by hukou status, persons (students counted by where their hukou is); sum to residents. */
  local: number;
  tianjin: number;
  outside: number;
  /** University-area students (a subset of residents), persons. */
  students: number;
  births: number;
  deaths: number;
  naturalIncrease: number;
  /** Net migrants actually added (inflows − outflows), persons. */
  netMigration: number;
  /** Hukou settlements into Xiqing, persons. */
  settlements: number;
  inflowCentralCity: number;
  inflowOutside: number;
  inflowTalent: number;
  inflowSouthStation: number;
  outflow: number;
  /** Period TFR of non-student resident women, births per woman. */
  tfr: number;
  /** TFR of local women by birth order, births per woman. */
  tfrFirst: number;
  tfrSecond: number;
  tfrThirdPlus: number;
  /** Both-sexes life expectancy at birth, years. */
  e0: number;
  age0to2: number;
  age3to5: number;
  age6to11: number;
  age12to14: number;
  age15to17: number;
  age0to14: number;
  age15to59: number;
  age15to64: number;
  age16to59: number;
  age60plus: number;
  age65plus: number;
  age80plus: number;
  age0to14Share: number;
  age15to59Share: number;
  age15to64Share: number;
  age60plusShare: number;
  age65plusShare: number;
  age80plusShare: number;
  /** 65+ per person aged 15–64 (fraction). */
  oldAgeDependency: number;
  /** (0–14 + 65+) per person aged 15–64 (fraction). */
  totalDependency: number;
  /** Median age, years (linear within the single year of age). */
  medianAge: number;
  /** Men per woman. */
  sexRatio: number;
}

/** Students by sex and age summed over states, and per-state totals: constant over a run, computed once. */
interface StudentSums {
  male: Float64Array;
  female: Float64Array;
  /** male then female in one array (views `male` and `female` are into it): one array for the hot loop to read. */
  bySex: Float64Array;
  byState: number[];
  total: number;
}
const studentCache = new WeakMap<ScenarioRun['students'], StudentSums>();

function studentSums(run: ScenarioRun): StudentSums {
  let sums = studentCache.get(run.students);
  if (!sums) {
    const bySex = new Float64Array(2 * AGE_COUNT);
    const male = bySex.subarray(0, AGE_COUNT);
    const female = bySex.subarray(AGE_COUNT);
    const byState = run.students.map((s) => {
      let total = 0;
      for (let x = 0; x < AGE_COUNT; x++) {
        male[x] += s.male[x];
        female[x] += s.female[x];
        total += s.male[x] + s.female[x];
      }
      return total;
    });
    sums = { male, female, bySex, byState, total: byState.reduce((a, b) => a + b, 0) };
    studentCache.set(run.students, sums);
  }
  return sums;
}

/** Residents (students included) by sex and single age in year index `t`, persons. */
export function populationByAge(run: ScenarioRun, t: number): BySex<Float64Array> {
  return collect(run, t, new Float64Array(STATES.length)).byAge;
}

/** One pass over a year's cells (t = −1: the census): residents by sex and age, and the residents of each state. */
function collect(run: ScenarioRun, t: number, stateTotals: Float64Array): { byAge: BySex<Float64Array> } {
  const pop = t < 0 ? run.census : run.projection.population[t];
  const students = studentSums(run);
  const male = Float64Array.from(students.male);
  const female = Float64Array.from(students.female);
  for (let s = 0; s < STATES.length; s++) {
    const m = s * 2 * AGE_COUNT;
    const f = (s * 2 + 1) * AGE_COUNT;
    let total = students.byState[s];
    for (let x = 0; x < AGE_COUNT; x++) {
      male[x] += pop[m + x];
      female[x] += pop[f + x];
      total += pop[m + x] + pop[f + x];
    }
    stateTotals[s] = total;
  }
  return { byAge: { male, female } };
}

/**
 * Work memory of {@link rowAt} (it calls nothing that could call it back, so one serves every call), in
 * one array so that the per-age loop writes to one typed array (each distinct array an optimised loop
 * touches costs it a check and loads per access): residents of both sexes by age (male + female) at
 * [0, AGE_COUNT), then the prefix sums over both sexes, cum[x] = persons aged below x (so ages a..b =
 * cum[b+1] − cum[a]), at [AGE_COUNT, 2·AGE_COUNT + 1).
 */
const workMemory = new Float64Array(2 * AGE_COUNT + 1);
const work = {
  both: workMemory.subarray(0, AGE_COUNT),
  cum: workMemory.subarray(AGE_COUNT),
};

/** What {@link tally} sums besides the work arrays, persons. */
interface Tally {
  local: number;
  tianjin: number;
  outside: number;
  men: number;
  women: number;
}

// Local copies of the state indices (imported bindings can compile to getters).
const S0: number = LOCAL;
const S1: number = TIANJIN;
const S2: number = OUTSIDE;

/**
 * One pass over a year's cells (t = −1: the census) into {@link work}: residents of both sexes by age
 * (students included) and their prefix sums; returns the residents of each state and of each sex.
 * Every sum is formed in the same order as in {@link collect} and the per-sex totals in age order,
 * so every indicator equals the one computed from {@link populationByAge} to the bit. (The model has
 * three states: local, tianjin, outside.)
 *
 * The ages (0..100) and the six blocks' offsets are written as numbers, not from AGE_COUNT and the state
 * indices: with constants the compiler knows every index is small, and each read needs neither an
 * overflow check nor a register for its offset (a quarter of this loop's instructions, 2.5% of a run).
 * The module checks at load that the layout is still the one written here.
 */
function tally(run: ScenarioRun, t: number): Tally {
  const pop = t < 0 ? run.census : run.projection.population[t];
  const students = studentSums(run);
  const w = workMemory;
  const studentsBySex = students.bySex;
  let local = students.byState[S0];
  let tianjin = students.byState[S1];
  let outside = students.byState[S2];
  let men = 0;
  let women = 0;
  let below = 0;
  w[101] = 0;
  for (let x = 0; x < 101; x++) {
    // Blocks (state·2 + sex)·101: local men, local women, tianjin men, tianjin women, outside men, outside women.
    const m0 = pop[x];
    const f0 = pop[x + 101];
    const m1 = pop[x + 202];
    const f1 = pop[x + 303];
    const m2 = pop[x + 404];
    const f2 = pop[x + 505];
    const m = studentsBySex[x] + m0 + m1 + m2;
    const f = studentsBySex[x + 101] + f0 + f1 + f2;
    local += m0 + f0;
    tianjin += m1 + f1;
    outside += m2 + f2;
    w[x] = m + f;
    men += m;
    women += f;
    below = below + m + f;
    w[x + 102] = below;
  }
  return { local, tianjin, outside, men, women };
}

// The layout tally writes out as numbers (101 ages; local, tianjin, outside in that order).
if (AGE_COUNT !== 101 || S0 !== 0 || S1 !== 1 || S2 !== 2 || STATES.length !== 3) {
  throw new Error('indicators.ts: tally() is written for 101 ages and the states local, tianjin, outside (0, 1, 2)');
}

/** Median age, years, from residents of both sexes by age (`both[x]` = men + women aged x). */
function medianAge(both: Float64Array, total: number): number {
  const half = total / 2;
  let cum = 0;
  for (let x = 0; x < AGE_COUNT; x++) {
    const here = both[x];
    if (cum + here >= half && here > 0) return x + (half - cum) / here;
    cum += here;
  }
  return AGE_COUNT - 1;
}

function sumOf(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}

/** The indicator row of year index `t` (0 = 31 December 2020). */
export function indicatorRow(run: ScenarioRun, t: number): IndicatorRow {
  return rowAt(run, t);
}

/**
 * The census point (1 November 2020) as a row: stocks as counted (students included); flows, TFR and e0
 * are not defined for a point in time and are NaN (JSON writes them as null).
 */
export function censusIndicatorRow(run: ScenarioRun): IndicatorRow {
  return rowAt(run, -1);
}

/** The census-date reconciliation (register − census count of Xiqing-hukou residents), persons. */
const base = (run: ScenarioRun): number => run.censusReconciliation;

/** Persons aged from..to (inclusive) from prefix sums. */
const sumAges = (cum: Float64Array, from: number, to: number): number => cum[to + 1] - cum[from];

/** A flow's total, or NaN for the census point (no flow period). */
const flowTotal = (v: Float64Array | undefined): number => (v ? sumOf(v) : Number.NaN);

/** A series' value in row t, or NaN for the census point. */
const seriesAt = (v: Float64Array, t: number): number => (t < 0 ? Number.NaN : v[t]);

/** The census point's inflows and outflow: not defined for a point in time. */
const NO_STREAMS = { centralCity: Number.NaN, outside: Number.NaN, talent: Number.NaN, southStation: Number.NaN, outflow: Number.NaN };

// Helpers at module level rather than closures in rowAt: it runs for every row of every run.
function rowAt(run: ScenarioRun, t: number): IndicatorRow {
  const { local, tianjin, outside, men, women } = tally(run, t);
  const { both, cum } = work;
  const residents = local + tianjin + outside;
  const students = studentSums(run).total;
  const census = t < 0;
  const flows = census ? undefined : rowFlows(run, t);
  const births = flowTotal(flows?.births);
  const deaths = flowTotal(flows?.deaths);
  const age0to14 = sumAges(cum, 0, 14);
  const age15to64 = sumAges(cum, 15, 64);
  const age15to59 = sumAges(cum, 15, 59);
  const age60plus = sumAges(cum, 60, 100);
  const age65plus = sumAges(cum, 65, 100);
  const age80plus = sumAges(cum, 80, 100);
  const stream = census ? NO_STREAMS : run.streams[t];
  return {
    year: census ? run.years[0] : run.years[t],
    residents,
    // The census point shows the census count of Xiqing-hukou residents on the register's basis (465.9 k).
    hukouPopulation: census ? local + base(run) : local + run.hukouReconciliation + run.registeredAway[t],
    local,
    tianjin,
    outside,
    students,
    births,
    deaths,
    naturalIncrease: births - deaths,
    netMigration: flowTotal(flows?.netMigration),
    settlements: seriesAt(run.settlements, t),
    inflowCentralCity: stream.centralCity,
    inflowOutside: stream.outside,
    inflowTalent: stream.talent,
    inflowSouthStation: stream.southStation,
    outflow: stream.outflow,
    tfr: seriesAt(run.tfr, t),
    tfrFirst: seriesAt(run.tfrByOrder.first, t),
    tfrSecond: seriesAt(run.tfrByOrder.second, t),
    tfrThirdPlus: seriesAt(run.tfrByOrder.thirdPlus, t),
    e0: seriesAt(run.e0, t),
    age0to2: sumAges(cum, 0, 2),
    age3to5: sumAges(cum, 3, 5),
    age6to11: sumAges(cum, 6, 11),
    age12to14: sumAges(cum, 12, 14),
    age15to17: sumAges(cum, 15, 17),
    age0to14,
    age15to59,
    age15to64,
    age16to59: sumAges(cum, 16, 59),
    age60plus,
    age65plus,
    age80plus,
    age0to14Share: age0to14 / residents,
    age15to59Share: age15to59 / residents,
    age15to64Share: age15to64 / residents,
    age60plusShare: age60plus / residents,
    age65plusShare: age65plus / residents,
    age80plusShare: age80plus / residents,
    oldAgeDependency: age65plus / age15to64,
    totalDependency: (age0to14 + age65plus) / age15to64,
    medianAge: medianAge(both, residents),
    sexRatio: men / women,
  };
}

/** The counts of a row that are sums over the projected population (see {@link rowCounts}), persons. */
export type RowCounts = Pick<
  IndicatorRow,
  | 'residents' | 'hukouPopulation' | 'local' | 'tianjin' | 'outside' | 'births' | 'deaths'
  | 'age0to2' | 'age3to5' | 'age0to14' | 'age15to64' | 'age60plus' | 'age65plus' | 'age80plus'
>;

/**
 * The counts of row t (0 = 31 December 2020) without building the whole row: for callers that run the
 * model many times and need only these (the probabilistic fast path). The same expressions as
 * {@link indicatorRow}'s, so the values are equal to the row's to the bit (a test holds them so).
 */
export function rowCounts(run: ScenarioRun, t: number): RowCounts {
  const { local, tianjin, outside } = tally(run, t);
  const { cum } = work;
  const flows = rowFlows(run, t);
  return {
    residents: local + tianjin + outside,
    hukouPopulation: local + run.hukouReconciliation + run.registeredAway[t],
    local,
    tianjin,
    outside,
    births: sumOf(flows.births),
    deaths: sumOf(flows.deaths),
    age0to2: cum[3] - cum[0],
    age3to5: cum[6] - cum[3],
    age0to14: cum[15] - cum[0],
    age15to64: cum[65] - cum[15],
    age60plus: cum[AGE_COUNT] - cum[60],
    age65plus: cum[AGE_COUNT] - cum[65],
    age80plus: cum[AGE_COUNT] - cum[80],
  };
}

/** Indicator rows for every year of the run (31 December 2020..endYear); the census point is {@link censusIndicatorRow}. */
export function indicatorRows(run: ScenarioRun): IndicatorRow[] {
  return run.years.map((_, t) => indicatorRow(run, t));
}

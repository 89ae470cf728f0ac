/**
 * The Xiqing scenario path: lever values → per-step engine inputs → multi-state projection, plus the
 * per-year series (TFR, e0, settlements, inflows by stream) that the indicators need.
 *
 * Students are held apart: they are removed from the base before projecting (they do not age into
 * 25–29 or bear the district's children) and added back, unchanged, to every year's population.
 */
import { project } from '../../engine/project';
import type { BySex, MultiStateStepInputs, ProjectionResult, StateTransfer, StepRates } from '../../engine/types';
import type { LeverValues } from '../levers/lever-values';
import { buildAsfr, type BirthOrder, type YearFertility } from '../rates/fertility';
import type { StreamProfiles } from '../rates/migration-profiles';
import { addArrivals, inflowCache, netMigrantsForYear, SOUTH_STATION_DESTINATION, type StreamVolumes } from '../rates/migration-streams';
import { AGE_COUNT as AGES, e0BySex, mortalityFor } from '../rates/mortality';
import { settlementCache } from '../rates/settlement';
import { BASE_YEAR, e0InYear, fertilityInYear } from '../rates/year-paths';
import { LOCAL, STATES } from '../hukou-states';
import { CENSUS_TO_YEAR_END, fractionalStep, type StepFlows } from './census-to-year-end';

// A local copy: imported bindings can compile to getters, too slow inside per-age loops.
const AGE_COUNT: number = AGES;

/** The 2020 base the scenario starts from. */
export interface XiqingBaseData {
  /** Residents by state (local, tianjin, outside) and sex, ages 0..100, persons; students included. */
  residents: readonly BySex<Float64Array>[];
  /** Students (special population) by state of hukou and sex, persons; a subset of `residents`. */
  students: readonly BySex<Float64Array>[];
  /** Register hukou population minus census local residents in 2020, persons (negative: the register is smaller). */
  hukouReconciliation: number;
}

/** Local-state residents (students included) in a flattened population plus the students' local part. */
function localTotal(pop: Float64Array, students: BySex<Float64Array>): number {
  let s = 0;
  for (let i = 0; i < 2 * AGE_COUNT; i++) s += pop[i];
  for (let x = 0; x < AGE_COUNT; x++) s += students.male[x] + students.female[x];
  return s;
}

/**
 * Share of the Xiqing-hukou people living elsewhere who move their hukou out each year: those who leave
 * mostly keep their hukou for a while (the register does not fall by the outflow at once); 0.2 a year
 * means five years on average. An assumption (grade U); docs/calibration.md, "Settlement mechanics".
 */
export const AWAY_HUKOU_TRANSFER_RATE = 0.2;

/** The census date the base population describes. */
export const CENSUS_DATE = '2020-11-01';

/**
 * Everything one scenario run produced. Rows are at 31 December of `years[t]` (2020..endYear); the
 * census (1 November 2020) is kept apart in `census`. Per-row flows are those of the calendar year
 * `years[t]`, except 2020, whose flows run from the census to 31 December (a sixth of a year).
 */
export interface ScenarioRun {
  levers: LeverValues;
  /** Calendar years 2020..endYear; row t is the stock at 31 December of years[t]. */
  years: number[];
  /** The non-student census population (1 November 2020), flattened like the engine's populations. */
  census: Float64Array;
  /**
   * The engine's projection of the non-student population from 31 December 2020: `population[t]` is
   * the stock at 31 December of years[t], and engine step t → t+1 is calendar year years[t+1].
   */
  projection: ProjectionResult;
  /** Flows of the fractional first step, 1 November → 31 December 2020. */
  firstStep: StepFlows;
  /** Students by state and sex (constant every year), persons. */
  students: readonly BySex<Float64Array>[];
  /** Register − (Xiqing-hukou residents + registered away) from 31 December 2020 on, persons (anchored to the year-end register). */
  hukouReconciliation: number;
  /** Register − census count of Xiqing-hukou residents at the census, persons. */
  censusReconciliation: number;
  /** Per row: TFR of all non-student resident women in the row's calendar year, births per woman. */
  tfr: Float64Array;
  /** Per row: TFR of local women by birth order, births per woman. */
  tfrByOrder: Record<BirthOrder, Float64Array>;
  /** Per row: both-sexes life expectancy at birth, years. */
  e0: Float64Array;
  /** Per row: inflow volumes by stream and the outflow (of which Xiqing-hukou residents), persons in the row's flow period. */
  streams: (StreamVolumes & { outflow: number; outflowLocal: number })[];
  /**
   * Per row: Xiqing-hukou residents who moved away but still hold Xiqing hukou, persons (on the
   * register, not resident). See {@link AWAY_HUKOU_TRANSFER_RATE}.
   */
  registeredAway: Float64Array;
  /** Per row: hukou settlements (arrivals who settle at once + transfers of residents), persons. */
  settlements: Float64Array;
}

/** The flows of row t: the fractional first step for t = 0, otherwise engine step t−1. */
export function rowFlows(run: ScenarioRun, t: number): StepFlows {
  if (t === 0) return run.firstStep;
  const p = run.projection;
  return { births: p.births[t - 1], deaths: p.deaths[t - 1], netMigration: p.netMigration[t - 1], transfers: p.transfers[t - 1] };
}

/** The timing of net migrants within a step used by the Xiqing model (see docs/calibration.md). */
export const XIQING_MIGRATION_TIMING = 'even' as const;

function minus(a: BySex<Float64Array>, b: BySex<Float64Array>): BySex<Float64Array> {
  const male = new Float64Array(AGE_COUNT);
  const female = new Float64Array(AGE_COUNT);
  for (let x = 0; x < AGE_COUNT; x++) {
    male[x] = Math.max(0, a.male[x] - b.male[x]);
    female[x] = Math.max(0, a.female[x] - b.female[x]);
  }
  return { male, female };
}

const newBySex = (): BySex<Float64Array> => ({ male: new Float64Array(AGE_COUNT), female: new Float64Array(AGE_COUNT) });

/**
 * How a run is timed and which rates it uses; the forward projection takes the defaults, the 2010 → 2020
 * backtest sets all of them (same method, its own decade).
 */
export interface RunOptions {
  /** Year of the base census (1 November). Default 2020. */
  startYear?: number;
  /**
   * Fraction of a year from the census to the first row (default 61/365: rows at 31 December). 0: rows
   * at the census anniversaries, row 0 being the census itself (the backtest compares census to census).
   */
  firstStepFraction?: number;
  /** Fertility of local women in a calendar year (default: the levers' TFR path). */
  fertility?: (year: number) => YearFertility;
  /** Both-sexes e0 in a calendar year (default: the levers' e0 path). */
  e0?: (year: number) => number;
  /** Stream age profiles (default: the shipped, fitted profiles). */
  profiles?: StreamProfiles;
  /**
   * Extra arrivals by calendar year (persons arriving over that year), e.g. planned housing completions
   * placed in one town. They move like South Station residents (central-city age profile, the South
   * Station hukou split) and are counted in no stream. Years before the first full year are ignored.
   */
  extraArrivals?: Readonly<Record<number, number>>;
}

/** Per-year rates shared by the fractional first step and the engine's steps. */
interface YearRates {
  asfrLocal: Float64Array;
  asfrMigrant: Float64Array;
  survival: BySex<Float64Array>;
  byOrder: Record<BirthOrder, number>;
  e0: number;
}

/**
 * Runs a scenario.
 * @param levers a full, validated set of lever values (path levers may hold per-year paths)
 * @param base the 2020 census base
 * @param tfr2020 calibrated 2020 TFR of local women, births per woman (see calibration.ts)
 */
export function runScenario(levers: LeverValues, base: XiqingBaseData, tfr2020: number, options: RunOptions = {}): ScenarioRun {
  const nStates = STATES.length;
  const endYear = levers.endYear;
  const startYear = options.startYear ?? BASE_YEAR;
  const fertilityOf = options.fertility ?? ((year: number) => fertilityInYear(levers, year, tfr2020));
  const e0Of = options.e0 ?? ((year: number) => e0InYear(levers, year));
  const years: number[] = [];
  for (let y = startYear; y <= endYear; y++) years.push(y);
  const rows = years.length;
  const projectionBase = base.residents.map((r, s) => minus(r, base.students[s]));

  const asfrLocal = new Float64Array(AGE_COUNT);
  const asfrMigrant = new Float64Array(AGE_COUNT);
  const scratch = new Float64Array(AGE_COUNT);
  const migrants = STATES.map(newBySex);
  const transfersIn = settlementCache(levers);
  const inflows = inflowCache(levers, options.profiles);
  const tfr = new Float64Array(rows);
  const tfrByOrder = { first: new Float64Array(rows), second: new Float64Array(rows), thirdPlus: new Float64Array(rows) };
  const e0 = new Float64Array(rows);
  const streams: ScenarioRun['streams'] = [];
  const extraArrivals = options.extraArrivals ?? {};
  const extraSettled = new Float64Array(rows);
  const views = (start: Float64Array): BySex<Float64Array>[] =>
    STATES.map((_, s) => ({
      male: start.subarray(s * 2 * AGE_COUNT, (s * 2 + 1) * AGE_COUNT),
      female: start.subarray((s * 2 + 1) * AGE_COUNT, (s * 2 + 2) * AGE_COUNT),
    }));

  const yearRates = (year: number): YearRates => {
    const byOrder = buildAsfr(fertilityOf(year), asfrLocal, scratch);
    for (let x = 0; x < AGE_COUNT; x++) asfrMigrant[x] = asfrLocal[x] * levers.migrantFertilityRatio;
    const e = e0Of(year);
    const bySex = e0BySex(e, levers.e0SexGap, levers.srb);
    const survival = { male: mortalityFor('male', bySex.male).survival, female: mortalityFor('female', bySex.female).survival };
    return { asfrLocal, asfrMigrant, survival, byOrder, e0: e };
  };

  /** Records row t's fertility and mortality series (women exposed: those at the start of its flow period). */
  const record = (t: number, r: YearRates, startViews: BySex<Float64Array>[]): void => {
    tfrByOrder.first[t] = r.byOrder.first;
    tfrByOrder.second[t] = r.byOrder.second;
    tfrByOrder.thirdPlus[t] = r.byOrder.thirdPlus;
    e0[t] = r.e0;
    // Period TFR of all non-student women: ASFR by state weighted by each state's women at each age.
    let tfrAll = 0;
    for (let x = 0; x < AGE_COUNT; x++) {
      const local = startViews[LOCAL].female[x];
      let women = 0;
      for (let s = 0; s < nStates; s++) women += startViews[s].female[x];
      if (women > 0) tfrAll += (r.asfrLocal[x] * local + r.asfrMigrant[x] * (women - local)) / women;
    }
    tfr[t] = tfrAll;
  };

  // Census → 31 December 2020: a sixth of a year at the 2020 rates and volumes.
  const census = new Float64Array(nStates * 2 * AGE_COUNT);
  projectionBase.forEach((b, s) => {
    census.set(b.male, s * 2 * AGE_COUNT);
    census.set(b.female, (s * 2 + 1) * AGE_COUNT);
  });
  const f = options.firstStepFraction ?? CENSUS_TO_YEAR_END;
  const r2020 = yearRates(startYear);
  const censusViews = views(census);
  record(0, r2020, censusViews);
  const annual = netMigrantsForYear(levers, inflows, censusViews, startYear, migrants);
  streams.push({
    centralCity: f * annual.centralCity, outside: f * annual.outside, talent: f * annual.talent,
    southStation: f * annual.southStation, outflow: f * annual.outflow, outflowLocal: f * annual.outflowLocal,
  });
  const first = fractionalStep(
    census,
    STATES.map((_, s) => ({ asfr: s === LOCAL ? r2020.asfrLocal : r2020.asfrMigrant, srb: levers.srb, survival: r2020.survival, netMigrants: migrants[s] })),
    transfersIn(startYear),
    f,
    AGE_COUNT,
  );
  const yearEnd2020 = views(first.population);

  const stepInputs = (t: number, start: Float64Array): MultiStateStepInputs => {
    const year = startYear + t + 1;
    const r = yearRates(year);
    const startViews = views(start);
    record(t + 1, r, startViews);
    streams.push(netMigrantsForYear(levers, inflows, startViews, year, migrants));
    const extra = extraArrivals[year] ?? 0;
    if (extra !== 0) {
      addArrivals(migrants, extra, options.profiles);
      extraSettled[t + 1] = extra * SOUTH_STATION_DESTINATION[LOCAL];
    }
    const rates: StepRates[] = STATES.map((_, s) => ({
      asfr: s === LOCAL ? r.asfrLocal : r.asfrMigrant,
      srb: levers.srb,
      survival: r.survival,
      netMigrants: migrants[s],
    }));
    const transfers: readonly StateTransfer[] = transfersIn(year);
    return { rates, transfers };
  };

  const projection = project({
    startYear,
    steps: rows - 1,
    openAge: AGE_COUNT - 1,
    migrationTiming: XIQING_MIGRATION_TIMING,
    base: yearEnd2020,
    stepInputs,
  });

  const run: ScenarioRun = {
    levers,
    years,
    census,
    projection,
    firstStep: first.flows,
    students: base.students,
    hukouReconciliation: base.hukouReconciliation,
    censusReconciliation: base.hukouReconciliation,
    tfr,
    tfrByOrder,
    e0,
    streams,
    settlements: new Float64Array(rows),
    registeredAway: new Float64Array(rows),
  };
  let away = 0;
  for (let t = 0; t < rows; t++) {
    const s = streams[t];
    const ccShare = levers.centralCityHukouShare;
    const direct = s.centralCity * ccShare + s.talent * levers.talentSettlementRate + s.southStation * SOUTH_STATION_DESTINATION[LOCAL];
    const moved = rowFlows(run, t).transfers;
    let n = 0;
    for (let from = 0; from < nStates; from++) n += moved[from * nStates + LOCAL];
    run.settlements[t] = direct + extraSettled[t] + n;
    const period = t === 0 ? f : 1;
    away = away * (1 - AWAY_HUKOU_TRANSFER_RATE * period) + s.outflowLocal;
    run.registeredAway[t] = away;
  }
  // The register figure (465.9 k) is for 31 December 2020 (plan §一(一)): anchor the reconciliation there,
  // so the first row shows the published register whatever the levers do in the census's last two months.
  if (f > 0) {
    const censusLocal = localTotal(census, base.students[LOCAL]);
    const yearEndLocal = localTotal(run.projection.population[0], base.students[LOCAL]);
    run.hukouReconciliation = base.hukouReconciliation + censusLocal - yearEndLocal - run.registeredAway[0];
  }
  return run;
}

/**
 * The Xiqing scenario path: lever values → per-step engine inputs → multi-state projection, plus the
 * per-year series (TFR, e0, settlements, inflows by stream) that the indicators need.
 *
 * Students are held apart: they are removed from the base before projecting (they do not age into
 * 25–29 or bear the district's children) and added back, unchanged, to every year's population.
 */
import { project, projectionBufferSize } from '../../engine/project';
import type { BySex, MultiStateStepInputs, ProjectionResult, StepRates } from '../../engine/types';
import type { LeverValues } from '../levers/lever-values';
import type { BirthOrder, YearFertility } from '../rates/fertility';
import type { StreamProfiles } from '../rates/migration-profiles';
import {
  addArrivals,
  arrivalsByYear,
  arrivalsOfYear,
  LOCAL_OUTFLOW_FACTOR,
  netMigrantsInto,
  SHIPPED_PROFILES,
  SOUTH_STATION_DESTINATION,
  streamVolumesByYear,
  type StreamVolumes,
} from '../rates/migration-streams';
import { OUTFLOW_AGE_INTENSITY } from '../rates/migration-profiles';
import { AGE_COUNT as AGES } from '../rates/mortality';
import { settlementByYear } from '../rates/settlement';
import { BASE_YEAR, e0InYear, fertilityInYear } from '../rates/year-paths';
import { fertilityByYear, mortalityByYear } from '../rates/year-rates';
import { valuesByYear } from '../levers/year-path';
import { LOCAL, OUTSIDE, STATES } from '../hukou-states';
import { CENSUS_TO_YEAR_END, fractionalFlowsSize, fractionalStep, type StepFlows } from './census-to-year-end';
import { censusLocalTotal, localTotal, nonStudentCensus, tfrOfAllWomen } from './population-sums';

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

/**
 * This year's net migrants of a run, flattened like the populations, and views of its blocks: work
 * memory shared by every run (a run fills it year by year and the engine reads it within the step;
 * nothing a run returns points into it).
 */
let migrantWork: { migrants: Float64Array; migrantViews: BySex<Float64Array>[] } | undefined;
function migrantMemory(cells: number): { migrants: Float64Array; migrantViews: BySex<Float64Array>[] } {
  if (!migrantWork || migrantWork.migrants.length !== cells) {
    const migrants = new Float64Array(cells);
    migrantWork = { migrants, migrantViews: bySexViews(migrants) };
  }
  return migrantWork;
}

/** Views of a flattened population's blocks by state and sex (no copy). */
function bySexViews(pop: Float64Array): BySex<Float64Array>[] {
  return STATES.map((_, s) => ({
    male: pop.subarray(s * 2 * AGE_COUNT, (s * 2 + 1) * AGE_COUNT),
    female: pop.subarray((s * 2 + 1) * AGE_COUNT, (s * 2 + 2) * AGE_COUNT),
  }));
}

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
  /**
   * Memory reused from one run to the next (filled in by the run when missing or too small): the
   * run's arrays are views into it, so pass it only when each run is read and dropped before the
   * next (many runs of which only counts are kept, as the probabilistic runs do).
   */
  buffers?: RunBuffers;
}

/** Buffers a run may reuse (see {@link RunOptions.buffers}). */
export interface RunBuffers {
  /** The engine's results. */
  projection?: Float64Array;
  /** The run's own arrays (series by row, the first step's flows). */
  run?: Float64Array;
}

/**
 * Runs a scenario.
 * @param levers a full, validated set of lever values (path levers may hold per-year paths)
 * @param base the 2020 census base
 * @param tfr2020 calibrated 2020 TFR of local women, births per woman (see calibration.ts)
 */
export function runScenario(levers: LeverValues, base: XiqingBaseData, tfr2020: number, options: RunOptions = {}): ScenarioRun {
  const nStates = STATES.length;
  const cells = nStates * 2 * AGE_COUNT;
  const endYear = levers.endYear;
  const startYear = options.startYear ?? BASE_YEAR;
  const years: number[] = [];
  for (let y = startYear; y <= endYear; y++) years.push(y);
  const rows = years.length;
  const lastYear = Math.max(startYear, endYear);
  const profiles = options.profiles ?? SHIPPED_PROFILES;

  // Every per-year input, read from the levers once: the fertility and mortality tables (cached
  // between runs, year-rates.ts), the stream volumes, outflow rates and settlement transfers.
  const fertility = fertilityByYear(
    options.fertility ?? ((year: number): YearFertility => fertilityInYear(levers, year, tfr2020)),
    levers.migrantFertilityRatio,
    startYear,
    lastYear,
  );
  const mortality = mortalityByYear(options.e0 ?? ((year: number) => e0InYear(levers, year)), levers.e0SexGap, levers.srb, startYear, lastYear);
  const volumes = streamVolumesByYear(levers, startYear, lastYear);
  const arrivals = arrivalsByYear(levers, volumes, profiles);
  const outflowRates = valuesByYear(levers.outflowRate, startYear, lastYear);
  const transfersIn = settlementByYear(levers, startYear, lastYear);
  const extraArrivals = options.extraArrivals;

  // One buffer for the run's own arrays: the series by row and the first step's flows. (The year-end
  // 2020 population is the projection's first year, written there by the first step; this year's net
  // migrants are work memory of the module, read only while the run projects.)
  const buffers = options.buffers;
  const size = 8 * rows + fractionalFlowsSize(nStates);
  const projectionSize = projectionBufferSize(nStates, AGE_COUNT - 1, rows - 1);
  let arena: Float64Array;
  let projectionBuffer: Float64Array;
  if (buffers) {
    if (buffers.run && buffers.run.length >= size) {
      arena = buffers.run;
      arena.fill(0, 0, size);
    } else {
      arena = buffers.run = new Float64Array(size);
    }
    if (!buffers.projection || buffers.projection.length < projectionSize) buffers.projection = new Float64Array(projectionSize);
    projectionBuffer = buffers.projection;
  } else {
    // The run's arrays and the engine's results in one allocation: each array allocated outside the
    // JS heap (all but the smallest) costs about a microsecond whatever its size.
    const memory = new Float64Array(size + projectionSize);
    arena = memory.subarray(0, size);
    projectionBuffer = memory.subarray(size);
  }
  const yearEnd2020 = projectionBuffer.subarray(0, cells);
  const { migrants, migrantViews } = migrantMemory(cells);
  const series = (k: number): Float64Array => arena.subarray(k * rows, (k + 1) * rows);
  const tfr = series(0);
  const tfrByOrder = { first: series(1), second: series(2), thirdPlus: series(3) };
  const e0 = series(4);
  const settlements = series(5);
  const registeredAway = series(6);
  const streams: ScenarioRun['streams'] = [];
  const extraSettled = series(7);
  const firstFlows = arena.subarray(8 * rows, size);

  /** Records row t's fertility and mortality series (women exposed: those at the start of its flow period). */
  const record = (t: number, i: number, start: Float64Array): void => {
    const byOrder = fertility.byOrder[i];
    tfrByOrder.first[t] = byOrder.first;
    tfrByOrder.second[t] = byOrder.second;
    tfrByOrder.thirdPlus[t] = byOrder.thirdPlus;
    e0[t] = mortality.e0[i];
    tfr[t] = tfrOfAllWomen(start, fertility.asfrLocal[i], fertility.asfrMigrant[i], nStates, fertility.fertileFrom[i], fertility.fertileTo[i]);
  };

  /** Net migrants of calendar year startYear + i into `migrants`; the year's volumes and outflows. */
  const migrationOfYear = (i: number, start: Float64Array): StreamVolumes & { outflow: number; outflowLocal: number } => {
    const v = volumes[i];
    arrivalsOfYear(arrivals, i, migrants);
    // In place: each cell's arrivals are read before its net migrants are written.
    const out = netMigrantsInto(migrants, start, outflowRates[i], migrants);
    return { centralCity: v.centralCity, outside: v.outside, talent: v.talent, southStation: v.southStation, outflow: out.outflow, outflowLocal: out.outflowLocal };
  };

  const stepRates = (i: number, netMigrants: readonly BySex<Float64Array>[]): StepRates[] => {
    const rates: StepRates[] = [];
    for (let s = 0; s < nStates; s++) {
      rates.push({ asfr: s === LOCAL ? fertility.asfrLocal[i] : fertility.asfrMigrant[i], srb: levers.srb, survival: mortality.survival[i], netMigrants: netMigrants[s] });
    }
    return rates;
  };

  // Census → 31 December 2020: a sixth of a year at the 2020 rates and volumes.
  const census = nonStudentCensus(base);
  const f = options.firstStepFraction ?? CENSUS_TO_YEAR_END;
  record(0, 0, census);
  const annual = migrationOfYear(0, census);
  streams.push({
    centralCity: f * annual.centralCity, outside: f * annual.outside, talent: f * annual.talent,
    southStation: f * annual.southStation, outflow: f * annual.outflow, outflowLocal: f * annual.outflowLocal,
  });
  const first = fractionalStep(census, stepRates(0, migrantViews), transfersIn[0], f, AGE_COUNT, yearEnd2020, firstFlows);

  // Full years: the engine takes the outflow off the arrivals in its own pass over the ages
  // (StepRates.outflow, the expressions of netMigrantsInto), so the arrivals go in as they are.
  // Literals rather than spreads of stepRates' objects (a spread copies by a generic path, at every run).
  const yearRates: StepRates[] = [];
  for (let s = 0; s < nStates; s++) {
    yearRates.push({
      asfr: fertility.asfrLocal[1], srb: levers.srb, survival: mortality.survival[1], netMigrants: migrantViews[s],
      outflow: { rate: 0, intensity: OUTFLOW_AGE_INTENSITY },
    });
  }
  const yearInputs: { rates: StepRates[]; transfers: MultiStateStepInputs['transfers'] } = { rates: yearRates, transfers: [] };
  let fresh = true; // whether `migrants` holds something else than the previous year's arrivals (net migrants, extra arrivals)
  // The outside state's arrivals are the other streams' (central-city arrivals do not reach it): views
  // of the arrivals table's row, made when the row changes, instead of a copy each year.
  const ccCells = arrivals.centralCityCells;
  const outsideAt = OUTSIDE * 2 * AGE_COUNT;
  let outsideRow = -1;
  let outsideViews = migrantViews[OUTSIDE];
  const stepInputs = (t: number, start: Float64Array): MultiStateStepInputs => {
    const i = t + 1;
    const year = startYear + i;
    record(i, i, start);
    const extra = extraArrivals === undefined ? 0 : (extraArrivals[year] ?? 0);
    const row = arrivals.offset[i];
    // The year's central-city blocks into the migrants' work memory (its views are made once), unless it holds them already.
    if (fresh || row !== arrivals.offset[i - 1] || arrivals.centralCity[i] !== arrivals.centralCity[i - 1]) {
      arrivalsOfYear(arrivals, i, migrants, ccCells);
    }
    fresh = false;
    if (extra !== 0) {
      migrants.set(arrivals.buffer.subarray(row + outsideAt, row + outsideAt + 2 * AGE_COUNT), outsideAt);
      addArrivals(migrants, extra, options.profiles);
      extraSettled[i] = extra * SOUTH_STATION_DESTINATION[LOCAL];
      fresh = true;
      yearRates[OUTSIDE].netMigrants = migrantViews[OUTSIDE];
    } else {
      if (row !== outsideRow) {
        const memory = arrivals.buffer.buffer;
        const at = arrivals.buffer.byteOffset + (row + outsideAt) * 8;
        outsideViews = { male: new Float64Array(memory, at, AGE_COUNT), female: new Float64Array(memory, at + AGE_COUNT * 8, AGE_COUNT) };
        outsideRow = row;
      }
      yearRates[OUTSIDE].netMigrants = outsideViews;
    }
    // The engine reads a step's inputs during that step only: one set of objects serves every step.
    const rate = outflowRates[i];
    for (let s = 0; s < nStates; s++) {
      const r = yearRates[s];
      r.asfr = s === LOCAL ? fertility.asfrLocal[i] : fertility.asfrMigrant[i];
      r.survival = mortality.survival[i];
      r.outflow!.rate = rate * (s === LOCAL ? LOCAL_OUTFLOW_FACTOR : 1);
    }
    yearInputs.transfers = transfersIn[i];
    return yearInputs;
  };

  const projection = project({
    startYear,
    steps: rows - 1,
    openAge: AGE_COUNT - 1,
    migrationTiming: XIQING_MIGRATION_TIMING,
    base: bySexViews(first.population),
    stepInputs,
    buffer: projectionBuffer,
  });
  for (let t = 0; t < rows - 1; t++) {
    const v = volumes[t + 1];
    const out = projection.outflow![t];
    let outflowLocal = 0;
    let outflow = 0;
    for (let b = 0; b < 2 * nStates; b++) {
      if (b >> 1 === LOCAL) outflowLocal += out[b];
      outflow += out[b];
    }
    streams.push({ centralCity: v.centralCity, outside: v.outside, talent: v.talent, southStation: v.southStation, outflow, outflowLocal });
  }

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
    settlements,
    registeredAway,
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
    const censusLocal = censusLocalTotal(base, census);
    const yearEndLocal = localTotal(run.projection.population[0], base.students[LOCAL]);
    run.hukouReconciliation = base.hukouReconciliation + censusLocal - yearEndLocal - run.registeredAway[0];
  }
  return run;
}

/**
 * The Xiqing scenario path: lever values → per-step engine inputs → multi-state projection, plus the
 * per-year series (TFR, e0, settlements, inflows by stream) that the indicators need.
 *
 * Students are held apart: they are removed from the base before projecting (they do not age into
 * 25–29 or bear the district's children) and added back, unchanged, to every year's population.
 */
import { project } from '../../engine/project';
import type { BySex, MultiStateStepInputs, ProjectionResult, StepRates } from '../../engine/types';
import type { LeverValues } from '../levers/lever-values';
import { buildAsfr, type BirthOrder } from '../rates/fertility';
import { addArrivals, constantInflows, netMigrantsForStep, SOUTH_STATION_DESTINATION, type StreamVolumes } from '../rates/migration-streams';
import { AGE_COUNT as AGES, e0BySex, mortalityFor } from '../rates/mortality';
import { settlementTransfers } from '../rates/settlement';
import { BASE_YEAR, e0InYear, fertilityInYear } from '../rates/year-paths';
import { LOCAL, STATES } from '../hukou-states';

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

/** Everything one scenario run produced; years run from 2020 to the end year. */
export interface ScenarioRun {
  levers: LeverValues;
  /** Calendar years 2020..endYear. */
  years: number[];
  /**
   * The engine's projection of the non-student population, one step beyond the end year so that the
   * last year also has its flows. Layout as {@link ProjectionResult}.
   */
  projection: ProjectionResult;
  /** Students by state and sex (constant every year), persons. */
  students: readonly BySex<Float64Array>[];
  hukouReconciliation: number;
  /** Per year (index as `years`): TFR of all non-student resident women, births per woman. */
  tfr: Float64Array;
  /** Per year: TFR of local women by birth order, births per woman. */
  tfrByOrder: Record<BirthOrder, Float64Array>;
  /** Per year: both-sexes life expectancy at birth, years. */
  e0: Float64Array;
  /** Per year: inflow volumes by stream and the outflow, persons in the step year → year+1. */
  streams: (StreamVolumes & { outflow: number })[];
  /** Per year: hukou settlements (arrivals who settle at once + transfers of residents), persons. */
  settlements: Float64Array;
}

/** Options of a run beyond the levers. */
export interface RunOptions {
  /**
   * Extra arrivals by the calendar year they arrive in (persons; the step ending in that year), e.g.
   * planned housing completions placed in one town. They move like South Station residents (the
   * central-city age profile and the South Station hukou split) and are not counted in any stream.
   */
  extraArrivals?: Readonly<Record<number, number>>;
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
 * Runs a scenario.
 * @param levers a full, validated set of lever values
 * @param base the 2020 base
 * @param tfr2020 calibrated 2020 TFR of local women, births per woman (see calibration.ts)
 */
export function runScenario(levers: LeverValues, base: XiqingBaseData, tfr2020: number, options: RunOptions = {}): ScenarioRun {
  const extraArrivals = options.extraArrivals ?? {};
  const extraDirectSettlements: number[] = [];
  const nStates = STATES.length;
  const endYear = levers.endYear;
  const years: number[] = [];
  for (let y = BASE_YEAR; y <= endYear; y++) years.push(y);
  const steps = years.length; // one more step than years − 1, so the last year has its flows
  const projectionBase = base.residents.map((r, s) => minus(r, base.students[s]));

  const asfrLocal = new Float64Array(AGE_COUNT);
  const asfrMigrant = new Float64Array(AGE_COUNT);
  const scratch = new Float64Array(AGE_COUNT);
  const migrants = STATES.map(newBySex);
  const transfers = settlementTransfers(levers);
  const inflows = constantInflows(levers);
  const tfr = new Float64Array(steps);
  const tfrByOrder = { first: new Float64Array(steps), second: new Float64Array(steps), thirdPlus: new Float64Array(steps) };
  const e0 = new Float64Array(steps);
  const streams: ScenarioRun['streams'] = [];
  const views = (start: Float64Array): BySex<Float64Array>[] =>
    STATES.map((_, s) => ({
      male: start.subarray(s * 2 * AGE_COUNT, (s * 2 + 1) * AGE_COUNT),
      female: start.subarray((s * 2 + 1) * AGE_COUNT, (s * 2 + 2) * AGE_COUNT),
    }));

  const stepInputs = (t: number, start: Float64Array): MultiStateStepInputs => {
    const year = BASE_YEAR + t;
    const byOrder = buildAsfr(fertilityInYear(levers, year, tfr2020), asfrLocal, scratch);
    for (let x = 0; x < AGE_COUNT; x++) asfrMigrant[x] = asfrLocal[x] * levers.migrantFertilityRatio;
    tfrByOrder.first[t] = byOrder.first;
    tfrByOrder.second[t] = byOrder.second;
    tfrByOrder.thirdPlus[t] = byOrder.thirdPlus;

    e0[t] = e0InYear(levers, year);
    const bySex = e0BySex(e0[t], levers.e0SexGap, levers.srb);
    const survival = { male: mortalityFor('male', bySex.male).survival, female: mortalityFor('female', bySex.female).survival };

    const startViews = views(start);
    streams.push(netMigrantsForStep(levers, inflows, startViews, year + 1, migrants));
    const extra = extraArrivals[year + 1] ?? 0;
    if (extra !== 0) addArrivals(migrants, extra);
    extraDirectSettlements[t] = extra * SOUTH_STATION_DESTINATION[LOCAL];

    // Period TFR of all non-student women: ASFR by state weighted by each state's women at each age.
    let tfrAll = 0;
    for (let x = 0; x < AGE_COUNT; x++) {
      const local = startViews[LOCAL].female[x];
      let women = 0;
      for (let s = 0; s < nStates; s++) women += startViews[s].female[x];
      if (women > 0) tfrAll += (asfrLocal[x] * local + asfrMigrant[x] * (women - local)) / women;
    }
    tfr[t] = tfrAll;

    const rates: StepRates[] = STATES.map((_, s) => ({
      asfr: s === LOCAL ? asfrLocal : asfrMigrant,
      srb: levers.srb,
      survival,
      netMigrants: migrants[s],
    }));
    return { rates, transfers };
  };

  const projection = project({
    startYear: BASE_YEAR,
    steps,
    openAge: AGE_COUNT - 1,
    migrationTiming: XIQING_MIGRATION_TIMING,
    base: projectionBase,
    stepInputs,
  });

  const settlements = new Float64Array(steps);
  for (let t = 0; t < steps; t++) {
    const s = streams[t];
    const direct =
      s.centralCity * levers.centralCityHukouShare + s.talent * levers.talentSettlementRate + s.southStation * SOUTH_STATION_DESTINATION[LOCAL];
    let moved = 0;
    for (let from = 0; from < nStates; from++) moved += projection.transfers[t][from * nStates + LOCAL];
    settlements[t] = direct + (extraDirectSettlements[t] ?? 0) + moved;
  }

  return {
    levers,
    years,
    projection,
    students: base.students,
    hukouReconciliation: base.hukouReconciliation,
    tfr,
    tfrByOrder,
    e0,
    streams,
    settlements,
  };
}

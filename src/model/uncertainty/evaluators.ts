/**
 * What one probabilistic run computes. The full report (every indicator and service column, with the
 * cohort schooling model) costs several times a projection; the app's bands and tiles need only the
 * headline indicators and the services on its charts, so {@link headlineEvaluator} computes those
 * alone. A test holds its service values equal to the full service rows.
 */
import { scenarioReport } from '../scenario-report';
import { PLAN_TARGETS, type PlanTarget } from '../service-demand/plan-targets';
import { URBANISATION_2020 } from '../service-demand/urbanisation';
import type { ScenarioValues } from '../scenario-values';
import { readXiqing } from '../xiqing/model';
import { rowCounts } from '../xiqing/scenario/indicators';
import type { ScenarioRun } from '../xiqing/scenario/run-scenario';
import type { Evaluator, OutputRows } from './probabilistic-run';

/** Every report column (indicators and services). */
export const fullEvaluator: Evaluator = (values) => scenarioReport(values).rows;

/** The fields {@link headlineEvaluator} gives: the charts' and tiles' indicators and services. */
export const HEADLINE_FIELDS = [
  'residents', 'hukouPopulation', 'local', 'tianjin', 'outside', 'births', 'deaths', 'e0', 'tfr',
  'age0to14Share', 'age15to64Share', 'age60plusShare', 'age65plusShare', 'age80plusShare', 'oldAgeDependency',
  'age0to2', 'age3to5', 'age0to14', 'age15to64', 'age60plus', 'age65plus', 'age80plus',
  'childcarePlacesByNorm', 'childcareSupply', 'childcareSupplyPer1000', 'careBeds', 'nursingBeds',
  'preschoolAttainableEnrolment', 'urbanisation',
] as const;

/**
 * The counts among the headline fields: each is a sum over the projected population (or a fixed
 * multiple of one), so it is affine in the migration volumes (fast-path.ts relies on that).
 */
export const LINEAR_FIELDS = [
  'residents', 'hukouPopulation', 'local', 'tianjin', 'outside', 'births', 'deaths',
  'age0to2', 'age3to5', 'age0to14', 'age15to64', 'age60plus', 'age65plus', 'age80plus',
] as const;


/** What the derived headline fields need besides the year's counts. */
export interface DeriveContext {
  norms: ScenarioValues['norms'];
  /** Row index (year − 2020). */
  t: number;
  /** Residents and ages 3–5 in row 0 (31 December 2020), persons. */
  residents2020: number;
  age3to5In2020: number;
  /** Life expectancy and TFR of the year (not affected by migration volumes). */
  e0: number;
  tfr: number;
}

/** Index of each field in {@link HEADLINE_FIELDS}. */
const H = Object.fromEntries(HEADLINE_FIELDS.map((f, i) => [f, i])) as Record<(typeof HEADLINE_FIELDS)[number], number>;
/** Where each count of {@link LINEAR_FIELDS} goes in {@link HEADLINE_FIELDS}. */
const LINEAR_IN_HEADLINE = Int32Array.from(LINEAR_FIELDS, (f) => H[f]);
/** Index of each count in {@link LINEAR_FIELDS}. */
const C = Object.fromEntries(LINEAR_FIELDS.map((f, i) => [f, i])) as Record<(typeof LINEAR_FIELDS)[number], number>;

/**
 * Every headline field of one year from its counts, by the formulas of indicators.ts (shares),
 * services/demand.ts (childcare, preschool, care beds) and services/urbanisation.ts.
 * @param counts the year's counts in LINEAR_FIELDS order, from `offset`
 * @param out receives the fields in HEADLINE_FIELDS order (no allocation: the fast path calls this per draw and year)
 */
export function deriveInto(counts: ArrayLike<number>, offset: number, ctx: DeriveContext, out: Float64Array): void {
  const n = ctx.norms;
  const t = ctx.t;
  for (let j = 0; j < LINEAR_IN_HEADLINE.length; j++) out[LINEAR_IN_HEADLINE[j]] = counts[offset + j];
  const residents = counts[offset + C.residents];
  const age3to5 = counts[offset + C.age3to5];
  const age60plus = counts[offset + C.age60plus];
  const age65plus = counts[offset + C.age65plus];
  const age15to64 = counts[offset + C.age15to64];
  const childcareSupply = n.childcareSupply2020 + n.childcarePlacesAddedPerYear * t;
  const careBeds = (age60plus * n.careBedsPer1000Elderly) / 1000;
  const preschoolSupply = n.preschoolEnrolment2020 * ctx.age3to5In2020 + n.preschoolPlacesAddedPerYear * t;
  const rural = Math.min(residents, (1 - URBANISATION_2020) * ctx.residents2020 * (1 + n.ruralChangeRate) ** t);
  out[H.e0] = ctx.e0;
  out[H.tfr] = ctx.tfr;
  out[H.age0to14Share] = counts[offset + C.age0to14] / residents;
  out[H.age15to64Share] = age15to64 / residents;
  out[H.age60plusShare] = age60plus / residents;
  out[H.age65plusShare] = age65plus / residents;
  out[H.age80plusShare] = counts[offset + C.age80plus] / residents;
  out[H.oldAgeDependency] = age65plus / age15to64;
  out[H.childcarePlacesByNorm] = (residents * n.childcarePlacesPer1000) / 1000;
  out[H.childcareSupply] = childcareSupply;
  out[H.childcareSupplyPer1000] = residents > 0 ? (childcareSupply / residents) * 1000 : 0;
  out[H.careBeds] = careBeds;
  out[H.nursingBeds] = careBeds * n.nursingBedShare;
  out[H.preschoolAttainableEnrolment] = age3to5 > 0 ? Math.min(1, preschoolSupply / age3to5) : 1;
  out[H.urbanisation] = residents > 0 ? (residents - rural) / residents : 0;
}

/**
 * A row object keyed by HEADLINE_FIELDS from the derived values, its keys in field order. Written as a
 * literal: stores under 29 computed keys into a new object take the engine's slow generic path, a
 * literal is one allocation of a known shape (a test holds its keys equal to HEADLINE_FIELDS).
 */
function headlineRow(o: Float64Array): Record<string, number> {
  return {
    residents: o[H.residents], hukouPopulation: o[H.hukouPopulation], local: o[H.local], tianjin: o[H.tianjin],
    outside: o[H.outside], births: o[H.births], deaths: o[H.deaths], e0: o[H.e0], tfr: o[H.tfr],
    age0to14Share: o[H.age0to14Share], age15to64Share: o[H.age15to64Share], age60plusShare: o[H.age60plusShare],
    age65plusShare: o[H.age65plusShare], age80plusShare: o[H.age80plusShare], oldAgeDependency: o[H.oldAgeDependency],
    age0to2: o[H.age0to2], age3to5: o[H.age3to5], age0to14: o[H.age0to14], age15to64: o[H.age15to64],
    age60plus: o[H.age60plus], age65plus: o[H.age65plus], age80plus: o[H.age80plus],
    childcarePlacesByNorm: o[H.childcarePlacesByNorm], childcareSupply: o[H.childcareSupply],
    childcareSupplyPer1000: o[H.childcareSupplyPer1000], careBeds: o[H.careBeds], nursingBeds: o[H.nursingBeds],
    preschoolAttainableEnrolment: o[H.preschoolAttainableEnrolment], urbanisation: o[H.urbanisation],
  } satisfies Record<(typeof HEADLINE_FIELDS)[number], number>;
}

/** A run's linear counts by year, flattened [t · LINEAR_FIELDS.length + field], and its e0 and TFR by year. */
export interface RunCounts {
  counts: Float64Array;
  e0: Float64Array;
  tfr: Float64Array;
}

/**
 * The linear counts of every row of a run, straight from the population (no row objects): the values
 * of the indicator rows' fields, to the bit (indicators.ts, rowCounts).
 */
export function runCounts(run: ScenarioRun): RunCounts {
  const rows = run.years.length;
  const L = LINEAR_FIELDS.length;
  const counts = new Float64Array(rows * L);
  for (let t = 0; t < rows; t++) {
    const c = rowCounts(run, t);
    // Named reads (a read under a computed key that varies is a generic lookup each time).
    const o = t * L;
    counts[o + C.residents] = c.residents;
    counts[o + C.hukouPopulation] = c.hukouPopulation;
    counts[o + C.local] = c.local;
    counts[o + C.tianjin] = c.tianjin;
    counts[o + C.outside] = c.outside;
    counts[o + C.births] = c.births;
    counts[o + C.deaths] = c.deaths;
    counts[o + C.age0to2] = c.age0to2;
    counts[o + C.age3to5] = c.age3to5;
    counts[o + C.age0to14] = c.age0to14;
    counts[o + C.age15to64] = c.age15to64;
    counts[o + C.age60plus] = c.age60plus;
    counts[o + C.age65plus] = c.age65plus;
    counts[o + C.age80plus] = c.age80plus;
  }
  return { counts, e0: Float64Array.from(run.e0), tfr: Float64Array.from(run.tfr) };
}

/** The counts of a set of values' run (see {@link runCounts}; the run is read into counts and dropped). */
export const countsEvaluator = (values: ScenarioValues): RunCounts => readXiqing(values.levers, runCounts);

/**
 * Indicator rows plus the services on the app's charts and tiles (childcare places by the norm and
 * available, care beds, preschool enrolment the available places allow, urbanisation), derived from
 * the rows' counts by {@link deriveInto}.
 */
export const headlineEvaluator: Evaluator = (values): OutputRows => {
  const { counts, e0, tfr } = countsEvaluator(values);
  const L = LINEAR_FIELDS.length;
  const ctx: DeriveContext = { norms: values.norms, t: 0, residents2020: counts[C.residents], age3to5In2020: counts[C.age3to5], e0: 0, tfr: 0 };
  const out = new Float64Array(HEADLINE_FIELDS.length);
  const rows: Record<string, number>[] = [];
  for (let t = 0; t < e0.length; t++) {
    ctx.t = t;
    ctx.e0 = e0[t];
    ctx.tfr = tfr[t];
    deriveInto(counts, t * L, ctx, out);
    rows.push(headlineRow(out));
  }
  return rows;
};

/** The plan targets {@link headlineEvaluator} can check (all but those needing the schooling model). */
export const HEADLINE_TARGETS: readonly PlanTarget[] = PLAN_TARGETS.filter(
  (p) => p.measure.kind === 'norm' || (HEADLINE_FIELDS as readonly string[]).includes(p.measure.field),
);

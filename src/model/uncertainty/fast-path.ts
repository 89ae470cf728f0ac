/**
 * The fast path for probabilistic runs. With fertility, mortality and settlement fixed, every count
 * the model reports is affine in the migration volumes: arrivals are added by age profile, while
 * outflows, settlement, births and deaths are rates on the stock. So a count in any year equals its
 * value with no arrivals at all plus Σ volume × (the response to one person arriving in stream s in
 * year y). Year 2020 is an input like the others: its flows (census to 31 December, the fractional
 * first step) are scaled by the step's length, still affine, so a trajectory that changes 2020 is
 * reproduced too. {@link pulseResponses} finds those responses with one run per stream and year; a draw's
 * counts are then a weighted sum (test/model/uncertainty/fast-path.test.ts: equal to full runs to 1e-9).
 *
 * Draws of fertility, mortality and settlement change the rates themselves. For those, K full runs
 * ("operator runs", each with its own fertility, mortality and settlement draw and the scenario's
 * volumes) are combined with the migration departures of every draw through the scenario's responses:
 * draw r uses operator run r mod K plus Σ (v_r − v̄) × response. This leaves out the interaction of the
 * two (e.g. a higher settlement rate applied to the extra arrivals), a second-order term.
 */
import type { ScenarioValues } from '../scenario-values';
import type { PlanTarget } from '../service-demand/plan-targets';
import type { LeverValues } from '../xiqing/levers/lever-values';
import { valueInYear, type PathValue } from '../xiqing/levers/year-path';
import { LEVER_SPECS } from '../xiqing/levers/lever-specs';
import { BASE_YEAR } from '../xiqing/rates/year-paths';
import { applyRateDraw, clampToSpec, drawInputs, type InputDraw } from './draws';
import { countsEvaluator, deriveInto, HEADLINE_FIELDS, HEADLINE_TARGETS, LINEAR_FIELDS, type DeriveContext } from './evaluators';
import { DEFAULT_SEED, summarise, type ProbabilisticResult } from './probabilistic-run';
import { createRandom } from './random';
import { DEFAULT_UNCERTAINTY, type UncertaintyParams } from './uncertainty-params';

/** The per-year stream levers the fast path varies. */
export const PULSE_STREAMS = ['centralCityInflow', 'outsideMigrants', 'talentInflow'] as const;

/** The fields the fast path gives: the headline fields but the TFR (a ratio weighted by the women of each state). */
export const FAST_FIELDS: readonly string[] = HEADLINE_FIELDS.filter((f) => f !== 'tfr');

/** A pulse input's size, persons: large enough that (run − base) / size loses no precision to rounding. */
const PULSE = 1000;

/** The migration volumes a set of levers implies, in input order (each stream by year 2020.., then South Station). */
export function volumesOf(levers: LeverValues): Float64Array {
  const years = levers.endYear - BASE_YEAR + 1;
  const v = new Float64Array(PULSE_STREAMS.length * years + 1);
  PULSE_STREAMS.forEach((id, s) => {
    for (let k = 0; k < years; k++) v[s * years + k] = valueInYear(levers[id], BASE_YEAR + k);
  });
  v[v.length - 1] = levers.southStationPopulation;
  return v;
}

/** A scenario's responses: counts with no arrivals, and per input the counts per person. */
export interface PulseResponses {
  /** Rows (2020..endYear), also the inputs per stream. */
  years: number;
  /** Counts of the run with every input at 0, [t * L + field]. */
  base: Float64Array;
  /** Per input (volumesOf order), counts per person, [t * L + field]. */
  responses: Float64Array[];
  /** Life expectancy and TFR by row (unaffected by volumes). */
  e0: Float64Array;
  tfr: Float64Array;
}

/**
 * The responses of the scenario's counts to each migration input: 1 + 3 × (endYear − 2020 + 1) + 1 runs.
 * Every other lever (settlement, rates, shares) stays as in `values`.
 */
export function pulseResponses(values: ScenarioValues): PulseResponses {
  return drain(pulseSteps(values));
}

/** Runs a generator to its end and returns its value. */
function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** {@link pulseResponses} one model run per step (a worker yields between steps). */
function* pulseSteps(values: ScenarioValues): Generator<void, PulseResponses> {
  const levers = values.levers;
  const years = levers.endYear - BASE_YEAR + 1;
  const quiet: PathValue = { byYear: { [BASE_YEAR]: 0 } };
  const baseLevers = { ...levers, southStationPopulation: 0 } as Record<string, unknown>;
  for (const id of PULSE_STREAMS) baseLevers[id] = quiet;
  const run = (l: Record<string, unknown>) => countsEvaluator({ levers: l as LeverValues, norms: values.norms });
  const baseRun = run(baseLevers);
  const base = baseRun.counts;
  const responses: Float64Array[] = [];
  const respond = (l: Record<string, unknown>) => {
    const r = run(l).counts;
    for (let i = 0; i < r.length; i++) r[i] = (r[i] - base[i]) / PULSE;
    responses.push(r);
  };
  for (const id of PULSE_STREAMS) {
    for (let k = 0; k < years; k++) {
      const year = BASE_YEAR + k;
      respond({ ...baseLevers, [id]: { byYear: { [BASE_YEAR]: 0, [year]: PULSE, [year + 1]: 0 } } });
      yield;
    }
  }
  respond({ ...baseLevers, southStationPopulation: PULSE });
  yield;
  return {
    years,
    base,
    responses,
    e0: baseRun.e0,
    tfr: baseRun.tfr,
  };
}

/**
 * Adds Σ weights[i] × responses[i] to `out` (flattened counts). A pulse in year y moves no row before
 * y's (row y − 2020), so each response is summed from that row on.
 */
function addWeighted(out: Float64Array, p: PulseResponses, weights: Float64Array): void {
  const L = LINEAR_FIELDS.length;
  const perStream = p.years;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    if (w === 0) continue;
    const r = p.responses[i];
    const from = i < PULSE_STREAMS.length * perStream ? (i % perStream) * L : 0;
    for (let j = from; j < r.length; j++) out[j] += w * r[j];
  }
}

/** The counts of a set of volumes (volumesOf order) under the responses' rates: exact, see the module comment. */
export function countsFor(p: PulseResponses, volumes: Float64Array): Float64Array {
  const out = Float64Array.from(p.base);
  addWeighted(out, p, volumes);
  return out;
}

/** Headline rows from flattened counts (tests and callers outside the hot loop). */
export function rowsFromCounts(counts: Float64Array, values: ScenarioValues, e0: ArrayLike<number>, tfr: ArrayLike<number>): Record<string, number>[] {
  const L = LINEAR_FIELDS.length;
  const out = new Float64Array(HEADLINE_FIELDS.length);
  const ctx = contextFor(values, counts);
  const rows: Record<string, number>[] = [];
  for (let t = 0; t < counts.length / L; t++) {
    ctx.t = t;
    ctx.e0 = e0[t];
    ctx.tfr = tfr[t];
    deriveInto(counts, t * L, ctx, out);
    rows.push(Object.fromEntries(HEADLINE_FIELDS.map((f, i) => [f, out[i]])));
  }
  return rows;
}

const RESIDENTS = LINEAR_FIELDS.indexOf('residents');
const AGE3TO5 = LINEAR_FIELDS.indexOf('age3to5');
/** A derive context for flattened counts, its year fields to be set per row. */
function contextFor(values: ScenarioValues, counts: Float64Array): DeriveContext {
  return { norms: values.norms, t: 0, residents2020: counts[RESIDENTS], age3to5In2020: counts[AGE3TO5], e0: 0, tfr: 0 };
}

/** What to run on the fast path. */
export interface FastRequest {
  values: ScenarioValues;
  runs: number;
  seed?: number;
  params?: UncertaintyParams;
  /** Full runs for the fertility, mortality and settlement draws (default min(runs, 100)). */
  operatorRuns?: number;
  targets?: readonly PlanTarget[];
}

const hasRateSpread = (p: UncertaintyParams) => p.settlement.sd !== 0 || p.tfr.innovationSd !== 0 || p.e0.innovationSd !== 0;

/**
 * Probabilistic runs on the fast path: the same draws, in the same order, as runProbabilistic with the
 * same seed, summarised over {@link FAST_FIELDS}. Exact for migration-only spreads; with fertility,
 * mortality or settlement spreads, approximate as the module comment says.
 * @throws RangeError if `runs` or `seed` is not a whole number
 */
export function runFastProbabilistic(request: FastRequest): ProbabilisticResult {
  return drain(fastProbabilisticSteps(request));
}

/** Draws combined between yields. */
const DRAWS_PER_STEP = 100;

/**
 * {@link runFastProbabilistic} as steps of about one model run each (pulse runs, operator runs, 100
 * draws): a worker yields between steps so that a newer request can supersede this one.
 * @throws RangeError if `runs` or `seed` is not a whole number (on the first step)
 */
export function* fastProbabilisticSteps(request: FastRequest): Generator<void, ProbabilisticResult> {
  const { values, runs } = request;
  const seed = request.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`runs must be a whole number ≥ 1 (got ${runs})`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number (got ${seed})`);
  const params = request.params ?? DEFAULT_UNCERTAINTY;
  const targets = (request.targets ?? HEADLINE_TARGETS).filter((p) => p.measure.kind === 'norm' || FAST_FIELDS.includes(p.measure.field));
  const endYear = values.levers.endYear;
  const nYears = endYear - BASE_YEAR + 1;
  const responses: PulseResponses = yield* pulseSteps(values);
  const meanVolumes = volumesOf(values.levers);
  const random = createRandom(seed);
  const rateSpread = hasRateSpread(params);
  const k = rateSpread ? Math.max(1, Math.min(runs, request.operatorRuns ?? 100)) : 0;
  // The first k draws are kept for the operator runs; the rest are drawn in the loop, in the same order.
  const draws: InputDraw[] = Array.from({ length: k }, () => drawInputs(params, endYear, random));

  // Operator runs: each draw's rates with the scenario's volumes (none needed without rate spreads).
  const operators: { counts: Float64Array; e0: Float64Array; tfr: Float64Array }[] = [];
  if (rateSpread) {
    for (let i = 0; i < k; i++) {
      operators.push(countsEvaluator({ levers: applyRateDraw(values.levers, draws[i]), norms: values.norms }));
      yield;
    }
  }

  const samples: Record<string, Float64Array> = {};
  for (const f of FAST_FIELDS) samples[f] = new Float64Array(nYears * runs);
  const fieldIndex = FAST_FIELDS.map((f) => (HEADLINE_FIELDS as readonly string[]).indexOf(f));
  const sampleArrays = FAST_FIELDS.map((f) => samples[f]);
  // Scratch, reused for every draw: the hot loop allocates nothing per draw and year.
  const L = LINEAR_FIELDS.length;
  const perStream = nYears;
  const volumes = new Float64Array(meanVolumes.length);
  const counts = new Float64Array(responses.base.length);
  const row = new Float64Array(HEADLINE_FIELDS.length);
  // Each stream lever's range (clampToSpec's bounds), read once.
  const lowest = PULSE_STREAMS.map((id) => LEVER_SPECS[id].min);
  const highest = PULSE_STREAMS.map((id) => LEVER_SPECS[id].max);
  // The draws after the operator runs' are used once each: drawn into one reused draw.
  let spare: InputDraw | undefined;
  for (let r = 0; r < runs; r++) {
    if (r > 0 && r % DRAWS_PER_STEP === 0) yield;
    const draw = r < draws.length ? draws[r] : (spare = drawInputs(params, endYear, random, spare));
    // A draw's volumes, exactly as applyDraw sets them: the scenario's value × e^m, within the lever's range.
    for (let s = 0; s < PULSE_STREAMS.length; s++) {
      const m = draw.migration[PULSE_STREAMS[s]];
      const lo = lowest[s];
      const hi = highest[s];
      // The expression of clampToSpec.
      for (let k = 0; k < perStream; k++) volumes[s * perStream + k] = Math.min(hi, Math.max(lo, meanVolumes[s * perStream + k] * Math.exp(m[k])));
    }
    const ss = meanVolumes.length - 1;
    volumes[ss] = clampToSpec('southStationPopulation', meanVolumes[ss] * Math.exp(draw.migration.southStationPopulation[1] ?? 0));
    let e0: ArrayLike<number> = responses.e0;
    let tfr: ArrayLike<number> = responses.tfr;
    if (operators.length) {
      const op = operators[r % operators.length];
      for (let i = 0; i < volumes.length; i++) volumes[i] -= meanVolumes[i];
      counts.set(op.counts);
      e0 = op.e0;
      tfr = op.tfr;
    } else counts.set(responses.base);
    addWeighted(counts, responses, volumes);
    const ctx = contextFor(values, counts);
    for (let t = 0; t < nYears; t++) {
      ctx.t = t;
      ctx.e0 = e0[t];
      ctx.tfr = tfr[t];
      deriveInto(counts, t * L, ctx, row);
      for (let j = 0; j < fieldIndex.length; j++) sampleArrays[j][t * runs + r] = row[fieldIndex[j]];
    }
  }
  return summarise(values, samples, runs, seed, FAST_FIELDS, targets);
}


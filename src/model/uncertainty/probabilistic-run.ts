/**
 * Probabilistic runs: N draws of the uncertain inputs (draws.ts), each run through the model, and per
 * year the percentiles 2.5, 10, 50, 90 and 97.5 of every requested output, plus the probability that
 * each plan target is met. Pure and seeded: the same values, runs and seed give the same numbers bit
 * for bit.
 */
import { REPORT_COLUMNS } from '../scenario-report';
import type { ScenarioValues } from '../scenario-values';
import { checkTarget, PLAN_TARGETS, type PlanTarget } from '../service-demand/plan-targets';
import { BASE_YEAR } from '../xiqing/rates/year-paths';
import { applyDraw, drawInputs } from './draws';
import { fullEvaluator } from './evaluators';
import { percentilesOfRange, type PercentileSet } from './percentiles';
import { createRandom } from './random';
import { DEFAULT_UNCERTAINTY, type UncertaintyParams } from './uncertainty-params';

/** One run's output rows, index = year − 2020, each with numeric fields by name. */
export type OutputRows = readonly Readonly<Record<string, number>>[];

/** Runs the model for a full set of values (the default is the full scenario report). */
export type Evaluator = (values: ScenarioValues) => OutputRows;

/** The seed used when none is given. */
export const DEFAULT_SEED = 20250101;

/** What to run. */
export interface ProbabilisticRequest {
  values: ScenarioValues;
  /** Number of draws (≥ 1). */
  runs: number;
  /** PRNG seed (integer). Default {@link DEFAULT_SEED}. */
  seed?: number;
  /** Distributions; default {@link DEFAULT_UNCERTAINTY}. */
  params?: UncertaintyParams;
  /** Output fields to summarise; default every report column but `year`. */
  fields?: readonly string[];
  /** The targets whose probability is reported; default the plan's 2025 targets. */
  targets?: readonly PlanTarget[];
  /** How one set of values is run; default the full scenario path with services. */
  evaluate?: Evaluator;
}

/** The chance that one target is met. */
export interface TargetProbability {
  id: string;
  /** The indicator compared (an output field) or, for a norm target, the norm's id. */
  indicator: string;
  year: number;
  /** The target value, in the indicator's unit. */
  value: number;
  /** What met means: about (inside its band), at least, at most. */
  kind: PlanTarget['kind'];
  /** Share of runs meeting the target, 0..1. For a target on a norm (an assumption, not drawn) 0 or 1. */
  probability: number;
}

/** Percentiles per year and field, and target probabilities. */
export interface ProbabilisticResult {
  runs: number;
  seed: number;
  /** Calendar years, 2020..endYear. */
  years: number[];
  fields: string[];
  /** percentiles[field][t] for year years[t]. */
  percentiles: Record<string, PercentileSet[]>;
  targets: TargetProbability[];
}

/** Every numeric report column, the fields summarised by default. */
export const DEFAULT_FIELDS: readonly string[] = REPORT_COLUMNS.filter((c) => c !== 'year');

/** The lever values of each draw, in order: what {@link runProbabilistic} runs (exposed for tests and the fast path). */
export function drawnValues(values: ScenarioValues, runs: number, seed: number, params: UncertaintyParams): ScenarioValues[] {
  const random = createRandom(seed);
  const out: ScenarioValues[] = [];
  for (let r = 0; r < runs; r++) out.push({ levers: applyDraw(values.levers, drawInputs(params, values.levers.endYear, random)), norms: values.norms });
  return out;
}

/**
 * Summarises per-run output rows: percentiles per field and year, and target probabilities.
 * @param samples samples[field][t * runs + r]
 */
export function summarise(
  values: ScenarioValues,
  samples: Record<string, Float64Array>,
  runs: number,
  seed: number,
  fields: readonly string[],
  targets: readonly PlanTarget[],
): ProbabilisticResult {
  const years: number[] = [];
  for (let y = BASE_YEAR; y <= values.levers.endYear; y++) years.push(y);
  const targetRows = targets
    .filter((p) => p.year >= BASE_YEAR && p.year <= values.levers.endYear)
    .map((p): TargetProbability => {
      if (p.measure.kind === 'norm') {
        const met = checkTarget(p, values.norms[p.measure.norm]).met;
        return { id: p.id, indicator: p.measure.norm, year: p.year, value: p.target, kind: p.kind, probability: met ? 1 : 0 };
      }
      const sample = samples[p.measure.field];
      if (!sample) throw new RangeError(`target ${p.id}: field ${p.measure.field} was not sampled`);
      const t = p.year - BASE_YEAR;
      let met = 0;
      for (let r = 0; r < runs; r++) if (checkTarget(p, sample[t * runs + r]).met) met++;
      return { id: p.id, indicator: p.measure.field, year: p.year, value: p.target, kind: p.kind, probability: met / runs };
    });
  const percentiles: Record<string, PercentileSet[]> = {};
  const work = new Float64Array(runs);
  for (const f of fields) {
    const sample = samples[f];
    percentiles[f] = years.map((_, t) => percentilesOfRange(sample, t * runs, (t + 1) * runs, work));
  }
  return { runs, seed, years, fields: [...fields], percentiles, targets: targetRows };
}

/** Checks a request; throws RangeError with a readable message. */
function checkRequest(runs: number, seed: number): void {
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`runs must be a whole number ≥ 1 (got ${runs})`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number (got ${seed})`);
}

/** A probabilistic run done a few draws at a time (a worker checks between steps whether it is still wanted). */
export interface ProbabilisticJob {
  readonly runs: number;
  /** Draws run so far. */
  readonly done: number;
  /** Runs up to `count` more draws; returns true when every draw has run. */
  step(count: number): boolean;
  /** The summary; only when every draw has run. */
  result(): ProbabilisticResult;
}

/**
 * Starts a probabilistic run without running anything yet.
 * @throws RangeError if `runs` or `seed` is not a whole number
 */
export function createProbabilisticJob(request: ProbabilisticRequest): ProbabilisticJob {
  const { values, runs } = request;
  const seed = request.seed ?? DEFAULT_SEED;
  checkRequest(runs, seed);
  const params = request.params ?? DEFAULT_UNCERTAINTY;
  const evaluate = request.evaluate ?? fullEvaluator;
  const targets = request.targets ?? PLAN_TARGETS;
  const targetFields = targets.flatMap((p) => (p.measure.kind === 'indicator' ? [p.measure.field] : []));
  const fields = request.fields ?? DEFAULT_FIELDS;
  const sampled = [...new Set([...fields, ...targetFields])];
  const nYears = values.levers.endYear - BASE_YEAR + 1;
  const samples: Record<string, Float64Array> = {};
  for (const f of sampled) samples[f] = new Float64Array(nYears * runs);
  // Draws come from one stream in run order, so a job stepped in any chunks gives the same numbers.
  const random = createRandom(seed);
  let done = 0;
  return {
    runs,
    get done() {
      return done;
    },
    step(count) {
      const until = Math.min(runs, done + count);
      for (; done < until; done++) {
        const levers = applyDraw(values.levers, drawInputs(params, values.levers.endYear, random));
        const rows = evaluate({ levers, norms: values.norms });
        for (const f of sampled) {
          const sample = samples[f];
          for (let t = 0; t < nYears; t++) {
            const v = rows[t][f];
            if (typeof v !== 'number') throw new RangeError(`output field "${f}" is not a number in year ${BASE_YEAR + t}`);
            sample[t * runs + done] = v;
          }
        }
      }
      return done === runs;
    },
    result() {
      if (done < runs) throw new Error(`the job has run ${done} of ${runs} draws`);
      return summarise(values, samples, runs, seed, fields, targets);
    },
  };
}

/**
 * Runs the model once per draw and summarises.
 * @throws RangeError if `runs` or `seed` is not a whole number, or a target's field is not an output
 */
export function runProbabilistic(request: ProbabilisticRequest): ProbabilisticResult {
  const job = createProbabilisticJob(request);
  job.step(job.runs);
  return job.result();
}

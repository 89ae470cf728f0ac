/**
 * Benchmark of one Xiqing-sized projection: 3 states × 2 sexes × 101 ages × 16 years, mortality
 * as mx turned into survival ratios by `survivalFromMx` inside `stepInputs` (every step, state and
 * sex), with migrants and two settlement transfers. Prints the median and p95 of single
 * projections after warm-up, and the wall time of 1,000 projections. Target: median ≤ 0.5 ms.
 *
 * Run: npx tsx bench/projection.bench.ts
 */
import { performance } from 'node:perf_hooks';
import {
  type BySex,
  type MultiStateStepInputs,
  project,
  type ProjectionInputs,
  type StateTransfer,
  type StepRates,
  survivalFromMx,
} from '@model';

const OPEN_AGE = 100;
const N = OPEN_AGE + 1;
const STATES = 3;
const STEPS = 16;
const WARMUP = 300;
const RUNS = 1000;

const vec = (f: (x: number) => number): Float64Array => Float64Array.from({ length: N }, (_, x) => f(x));

/** Gompertz-like mx with an infant peak; `level` scales it (mortality decline over the years). */
const mxSchedule = (level: number, male: boolean): Float64Array =>
  vec((x) => level * (male ? 1.3 : 1) * (x === 0 ? 0.003 : 0.00003 * Math.exp(0.1 * x)));

/** Synthetic inputs with realistic magnitudes; built once, outside the timing. */
function setup(): ProjectionInputs {
  const base: BySex<Float64Array>[] = [0, 1, 2].map((s) => ({
    male: vec((x) => (s === 0 ? 6000 : 3000) * Math.exp(-x / 60)),
    female: vec((x) => (s === 0 ? 5800 : 2800) * Math.exp(-x / 60)),
  }));
  const mx = Array.from({ length: STEPS }, (_, t) => ({
    male: mxSchedule(0.99 ** t, true),
    female: mxSchedule(0.99 ** t, false),
  }));
  const survival: BySex<Float64Array>[] = [0, 1, 2].map(() => ({ male: new Float64Array(N), female: new Float64Array(N) }));
  const asfr = vec((x) => (x >= 15 && x <= 49 ? 0.045 * Math.exp(-(((x - 29) / 6) ** 2)) : 0));
  const migrants = [0, 1, 2].map((s) => ({
    male: vec((x) => (s === 0 ? -5 : 400) * Math.exp(-(((x - 27) / 8) ** 2))),
    female: vec((x) => (s === 0 ? -5 : 380) * Math.exp(-(((x - 26) / 8) ** 2))),
  }));
  const settle = (from: number, share: number): StateTransfer => ({
    from,
    to: 0,
    rate: { male: vec((x) => (x >= 18 && x <= 45 ? share : 0)), female: vec((x) => (x >= 18 && x <= 45 ? share : 0)) },
  });
  const transfers = [settle(1, 0.02), settle(2, 0.01)];
  const rates: StepRates[] = [0, 1, 2].map((s) => ({ asfr, srb: 1.07, survival: survival[s], netMigrants: migrants[s] }));
  const stepInputs = (t: number): MultiStateStepInputs => {
    for (let s = 0; s < STATES; s++) {
      // The same mx per state here; what is measured is the life-table work, 6 tables per step.
      survivalFromMx(mx[t].male, undefined, survival[s].male, { sex: 'male' });
      survivalFromMx(mx[t].female, undefined, survival[s].female, { sex: 'female' });
    }
    return { rates, transfers };
  };
  return { startYear: 2020, steps: STEPS, openAge: OPEN_AGE, migrationTiming: 'end', base, stepInputs };
}

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

const inputs = setup();
let sink = 0;
for (let i = 0; i < WARMUP; i++) sink += project(inputs).population[STEPS][0];

const times: number[] = [];
const wall0 = performance.now();
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  const r = project(inputs);
  times.push(performance.now() - t0);
  sink += r.population[STEPS][0];
}
const wall = performance.now() - wall0;
times.sort((a, b) => a - b);

const fmt = (ms: number): string => `${ms.toFixed(3).padStart(9)} ms`;
console.log(`projection: ${STATES} states × 2 sexes × ${N} ages × ${STEPS} years, mx → Sx each step, transfers`);
console.log(`warm-up ${WARMUP}, timed ${RUNS}`);
console.log('┌──────────────────────────┬──────────────┐');
console.log(`│ median (one projection)  │ ${fmt(quantile(times, 0.5))} │`);
console.log(`│ p95                      │ ${fmt(quantile(times, 0.95))} │`);
console.log(`│ min                      │ ${fmt(times[0])} │`);
console.log(`│ max                      │ ${fmt(times[times.length - 1])} │`);
console.log(`│ total, ${RUNS} projections  │ ${fmt(wall)} │`);
console.log('└──────────────────────────┴──────────────┘');
console.log(`target median ≤ 0.5 ms: ${quantile(times, 0.5) <= 0.5 ? 'met' : 'NOT met'} (checksum ${sink.toFixed(3)})`);

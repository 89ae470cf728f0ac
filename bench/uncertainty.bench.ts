/**
 * Benchmark of probabilistic runs in Node: 1,000 draws with percentiles and target probabilities, on
 * the fast path (pulse responses; every spread on, 100 operator runs; and migration only) and, for
 * comparison, as full runs of the headline evaluator. Also the tornado (two runs per lever).
 * Target: 1,000 probabilistic runs with percentiles ≤ 100 ms. Prints medians of REPEATS.
 *
 * Run: npx tsx bench/uncertainty.bench.ts
 */
import { performance } from 'node:perf_hooks';
import {
  DEFAULT_LEVERS,
  DEFAULT_NORMS,
  DEFAULT_UNCERTAINTY,
  HEADLINE_FIELDS,
  HEADLINE_TARGETS,
  headlineEvaluator,
  runFastProbabilistic,
  runProbabilistic,
  sensitivity,
  withoutVariance,
} from '@model';

const DEFAULT_VALUES = { levers: DEFAULT_LEVERS, norms: DEFAULT_NORMS };

const REPEATS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(label: string, work: (i: number) => unknown, repeats = REPEATS, target?: string): void {
  work(-1); // warm-up
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    work(i);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  // CPU time as well as wall time: on a shared machine the wall time includes waiting for a core.
  console.log(`  ${label.padEnd(54)} median ${median(times).toFixed(1).padStart(7)} ms wall, ${median(cpu).toFixed(1).padStart(7)} ms CPU${target ? `   (${target})` : ''}`);
}

// A different scenario each repeat, as after a lever move (nothing cached but the life tables).
const values = (i: number) => ({ ...DEFAULT_VALUES, levers: { ...DEFAULT_VALUES.levers, centralCityInflow: 10_000 + i * 137 } });
const migrationOnly = { ...withoutVariance(DEFAULT_UNCERTAINTY), migration: DEFAULT_UNCERTAINTY.migration };

// Warm, as in scenario.bench.ts (3,000 runs first): a handful of runs in a fresh process times the
// engine before the compiler has optimised it, about three times slower.
for (let i = 0; i < 3000; i++) headlineEvaluator(values(i % 200));
time('one warm deterministic run (headline), for scale', (i) => headlineEvaluator(values(i)), 200);
console.log('Probabilistic runs, 2020–2035, 1,000 draws, percentiles 2.5/10/50/90/97.5 and target probabilities');
time('fast path, every spread (100 operator runs)', (i) => runFastProbabilistic({ values: values(i), runs: 1000, seed: 1 }), REPEATS, 'target ≤ 100 ms');
time('fast path, migration only', (i) => runFastProbabilistic({ values: values(i), runs: 1000, seed: 1, params: migrationOnly }));
time('full runs of the headline evaluator (for comparison)', (i) =>
  runProbabilistic({ values: values(i), runs: 1000, seed: 1, evaluate: headlineEvaluator, fields: HEADLINE_FIELDS, targets: HEADLINE_TARGETS }), 3);
time('tornado: residents 2025, every lever at low and high', (i) => sensitivity(values(i), 'residents', 2025));

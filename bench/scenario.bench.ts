/**
 * Benchmark of the full Xiqing scenario path to 2035: lever values → per-step inputs (fertility by
 * order, mortality from the cached e0 fit, migration streams, settlement) → multi-state projection →
 * indicator rows. Each run changes one lever (as a slider move does), so nothing is reused but the
 * solved life tables. Prints median and p95 of single runs after warm-up, and the wall time of 1,000.
 * Target: median ≤ 0.5 ms.
 *
 * Run: npx tsx bench/scenario.bench.ts
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_LEVERS, indicatorRows, runXiqing } from '@model';

const WARMUP = 500;
const RUNS = 1000;

const levers = (i: number) => ({ ...DEFAULT_LEVERS, endYear: 2035, centralCityInflow: 10_000 + (i % 200) * 50 });
let sink = 0;
for (let i = 0; i < WARMUP; i++) sink += indicatorRows(runXiqing(levers(i)))[15].residents;

const times: number[] = [];
const wall0 = performance.now();
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  const rows = indicatorRows(runXiqing(levers(i)));
  times.push(performance.now() - t0);
  sink += rows[15].residents;
}
const wall = performance.now() - wall0;
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)];

console.log('Full Xiqing scenario path (levers → inputs → projection → indicators), 2020–2035');
console.log(`  median per run        ${q(0.5).toFixed(3)} ms   (target ≤ 0.5 ms)`);
console.log(`  p95 per run           ${q(0.95).toFixed(3)} ms`);
console.log(`  1,000 runs, wall time ${wall.toFixed(1)} ms`);
if (!Number.isFinite(sink)) console.log('(unreachable: keeps the work observable)');

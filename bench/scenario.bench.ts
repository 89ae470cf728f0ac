/**
 * Benchmark of the full Xiqing scenario path to 2035: lever values → per-step inputs (fertility by
 * order, mortality from the cached e0 fit, migration streams, settlement) → multi-state projection →
 * indicator rows. Each run changes one lever (as a slider move of central-city relocation does), so
 * what depends on it (every year's arrivals, the projection, the indicators) is computed afresh and
 * only what does not is reused (fertility and mortality by year, life tables). Prints median and p95
 * of single runs after warm-up, and the wall time of 1,000. Target: median ≤ 0.1 ms.
 * The target line is `xiqingIndicators` (levers in, rows of numbers out: the run is not kept, so its
 * memory is reused, see readXiqing). The second line is the same path keeping the run as well
 * (runXiqing, then indicatorRows), as the editor does for its pyramid and exports: each run then takes
 * ~85 kB of fresh memory, which costs its allocation, zeroing and collection.
 * For scale, the same with the services on the app's charts (the headline evaluator), the whole
 * report (every indicator and service row, with the cohort schooling model; its keyed output rows are
 * built when read, so timed both unread and read), and what the editor computes on a slider move
 * (renderer/src/model/model-results.ts: the report without its keyed rows, and the pyramids'
 * residents by age, which are the sums the service rows were computed from).
 *
 * Run: npx tsx bench/scenario.bench.ts
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_LEVERS, DEFAULT_NORMS, headlineEvaluator, indicatorRows, residentsByAgeByYear, runXiqing, scenarioReport, xiqingIndicators } from '@model';

// 3,000 warm-up runs: after 500 the JIT had not always reached its last tier, and the median moved by
// 15% from one run of the bench to the next (0.14–0.16 ms) on an idle machine; after 3,000 it holds
// within 5%. A slider session runs the path hundreds of times, so the warm figure is what a user meets.
const WARMUP = 3000;
const RUNS = 3000;

const levers = (i: number) => ({ ...DEFAULT_LEVERS, endYear: 2035, centralCityInflow: 10_000 + (i % 200) * 50 });
let sink = 0;
for (let i = 0; i < WARMUP; i++) sink += xiqingIndicators(levers(i))[15].residents;

const times: number[] = [];
const wall0 = performance.now();
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  const rows = xiqingIndicators(levers(i));
  times.push(performance.now() - t0);
  sink += rows[15].residents;
}
const wall = performance.now() - wall0;
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)];

console.log('Full Xiqing scenario path (levers → inputs → projection → indicators), 2020–2035: xiqingIndicators');
console.log(`  median per run        ${q(0.5).toFixed(3)} ms   (target ≤ 0.1 ms)`);
console.log(`  p95 per run           ${q(0.95).toFixed(3)} ms`);
console.log(`  ${RUNS.toLocaleString('en-US')} runs, wall time ${wall.toFixed(1)} ms`);

/** Median and p95 of `runs` single calls after `warmup`, ms. */
function medianOf(work: (i: number) => number, warmup: number, runs: number): { median: number; p95: number } {
  for (let i = 0; i < warmup; i++) sink += work(i);
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    sink += work(i);
    ts.push(performance.now() - t0);
  }
  ts.sort((a, b) => a - b);
  return { median: ts[Math.floor(ts.length / 2)], p95: ts[Math.ceil(0.95 * ts.length) - 1] };
}
const kept = medianOf((i) => indicatorRows(runXiqing(levers(i)))[15].residents, WARMUP, RUNS);
console.log(`  the same keeping the run (runXiqing, then indicatorRows)   median ${kept.median.toFixed(3)} ms   p95 ${kept.p95.toFixed(3)} ms`);
const norms = DEFAULT_NORMS;
const headline = medianOf((i) => headlineEvaluator({ levers: levers(i), norms })[15].careBeds, 300, 1000);
console.log(`  with the charts' services (headline evaluator)   median ${headline.median.toFixed(3)} ms   p95 ${headline.p95.toFixed(3)} ms`);
const report = medianOf((i) => scenarioReport({ levers: levers(i), norms }).services![15].careBeds, 50, 1000);
console.log(`  whole report (every indicator and service row)   median ${report.median.toFixed(3)} ms   p95 ${report.p95.toFixed(3)} ms`);
const keyed = medianOf((i) => scenarioReport({ levers: levers(i), norms }).rows[15].residents, 50, 1000);
console.log(`  whole report with its keyed rows read (CLI, exports)  median ${keyed.median.toFixed(3)} ms   p95 ${keyed.p95.toFixed(3)} ms`);
// What the editor computes on a slider move (renderer/src/model/model-results.ts, computeResults).
const slider = medianOf((i) => {
  const r = scenarioReport({ levers: levers(i), norms });
  const byAge = residentsByAgeByYear(r.run);
  return r.indicators[15].residents + r.services![15].careBeds + byAge[15].male[30];
}, 50, 1000);
console.log(`  a slider move in the editor (run, rows, services, pyramids)  median ${slider.median.toFixed(3)} ms   p95 ${slider.p95.toFixed(3)} ms`);
if (!Number.isFinite(sink)) console.log('(unreachable: keeps the work observable)');

/**
 * Benchmark of the areas layer to 2035: lever values → the district runs it needs (the full run, the
 * base run without placed populations, and one per receiving area) → shares, raking and per-area
 * demand rows for every area and year. Two cases: the shipped file (the South Station lever on, so one
 * receiving area) and the same file with planned additions in three more areas. Each run changes one
 * lever, as a slider move does. Prints median and p95 after warm-up.
 *
 * Run: npx tsx bench/areas.bench.ts
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_LEVERS, DEFAULT_NORMS, defaultAreasFile, xiqingAreas, type AreasFile } from '@model';

const WARMUP = 30;
const RUNS = 100;

function bench(label: string, file: AreasFile): void {
  const levers = (i: number) => ({ ...DEFAULT_LEVERS, southStationPopulation: 150_000, centralCityInflow: 10_000 + (i % 200) * 50 });
  let sink = 0;
  for (let i = 0; i < WARMUP; i++) sink += xiqingAreas(file, levers(i), DEFAULT_NORMS).district[5].residents;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    sink += xiqingAreas(file, levers(i), DEFAULT_NORMS).district[5].residents;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)];
  console.log(`  ${label.padEnd(44)} median ${q(0.5).toFixed(1)} ms   p95 ${q(0.95).toFixed(1)} ms`);
  if (!Number.isFinite(sink)) console.log('(unreachable: keeps the work observable)');
}

const shipped = defaultAreasFile();
console.log(`Areas layer (${shipped.areas.length} areas, 2020–2035): district runs + shares + raking + demand rows`);
bench('shipped file, South Station lever on', shipped);
bench('plus planned additions in three more areas', {
  ...shipped,
  plannedAdditions: [
    { year: 2024, area: '120111100', persons: 6000 },
    { year: 2026, area: '120111104', persons: 4000 },
    { year: 2028, area: '120111105', persons: 8000 },
  ],
});

/**
 * bench:ui — the interface's speed targets, in Chromium against the built renderer (the e2e build:
 * production React, minified, plus the timing hooks). Prints each figure with its target; asserts
 * nothing (the machine's load moves the figures; `uptime` is printed first).
 *
 * 1. A lever input → every chart redrawn (target: median ≤ 8 ms with every chart on screen, at
 *    1280×2000), of which the model and services inside the browser (target ≤ 0.5 ms). The
 *    central-city relocation slider is dragged with the mouse through 100 positions (one drag, as a
 *    user does); each move is timed in the page from the input event to the last on-screen chart
 *    having drawn the new numbers (chart.js afterRender). First at 1280×800, the window the app is
 *    designed for (charts below the fold wait until scrolled to), then at 1280×2000.
 * 2. Bands: the slider dragged through a few positions and let go → the 80%/95% bands of the final
 *    values drawn on every chart that has them (target ≤ 200 ms after the lever stops moving). The
 *    1,000 draws run in a Web Worker: the deterministic line is drawn on every move, each move's
 *    request supersedes the last, and only the final values' bands arrive.
 * 3. The compare view with six scenarios: adding the sixth, and changing the baseline, until every
 *    chart and the table are drawn (target ≤ 50 ms).
 * 4. Cold start: a new tab with the browser cache off, navigation → the first chart drawn (target
 *    ≤ 0.6 s), and what the first load fetched (the export libraries load only on the first export).
 *
 * `npm run bench:ui -- cold compare` runs only the parts named (lever, bands, compare, cold).
 */
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import compareZh from '../renderer/src/i18n/compare/zh-CN.json';
import { openApp } from '../test/e2e/support/app-page';

const MOVES = 100;
/** Moves made first and not counted: the JIT and the caches warm up as in a session already in use. */
const WARM_UP = 30;
const TARGET = { leverMs: 8, modelMs: 0.5, bandsMs: 200, compareMs: 50, coldStartMs: 600 };

function quantile(sorted: readonly number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}
const median = (values: readonly number[]) => quantile([...values].sort((a, b) => a - b), 0.5);

const fmt = (ms: number) => `${ms.toFixed(1).padStart(6)} ms`;
const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `median ${fmt(quantile(sorted, 0.5))}, p95 ${fmt(quantile(sorted, 0.95))}, max ${fmt(sorted[sorted.length - 1])}`;
};
/** "(target ≤ 8 ms: met)" after a median. */
const verdict = (value: number, target: number, unit = 'ms') => `(target ≤ ${target} ${unit}: ${value <= target ? 'met' : 'NOT met'})`;

/** The slider of the central-city relocation lever, and positions along it. */
async function slider(page: Page) {
  const input = page.locator('[data-lever="centralCityInflow"] input[type="range"]');
  await input.scrollIntoViewIfNeeded();
  const box = await input.boundingBox();
  if (!box) throw new Error('slider not visible');
  const y = box.y + box.height / 2;
  const at = (i: number) => box.x + 4 + ((i % 40) / 40) * (box.width - 8) + (i % 2);
  return { y, at };
}

const recorded = (page: Page) => page.evaluate(() => window.__xiqingTest!.latencies.length);

/** Moves the held mouse to `x` and waits until that move has been drawn; false if it changed nothing. */
async function moveAndWait(page: Page, x: number, y: number): Promise<boolean> {
  const count = await recorded(page);
  await page.mouse.move(x, y);
  return page
    .waitForFunction((n) => window.__xiqingTest!.latencies.length > n, count, { timeout: 2_000 })
    .then(() => true, () => false);
}

async function leverMoves(page: Page, label: string, moveCount = MOVES): Promise<{ total: number; model: number }> {
  const { y, at } = await slider(page);
  await page.mouse.move(at(0), y);
  await page.mouse.down();
  const before = await recorded(page);
  let moves = 0;
  for (let i = 1; moves < moveCount; i++) {
    // A move that lands on the same value records nothing.
    if (await moveAndWait(page, at(i), y)) moves++;
    if (i > moveCount * 3) throw new Error(`only ${moves} of ${moveCount} moves changed the slider`);
  }
  await page.mouse.up();

  const samples = await page.evaluate((from) => window.__xiqingTest!.latencies.slice(from), before);
  const total = samples.map((s) => s.totalMs);
  const model = samples.map((s) => s.modelMs);
  const charts = Object.keys(samples[0]?.perChart ?? {});
  console.log(`\n${label}: ${samples.length} lever moves, ${samples[0]?.charts ?? 0} charts on screen`);
  console.log(`  input event → every chart drawn  ${stats(total)}`);
  console.log(`    of which the event and store   ${stats(samples.map((s) => s.waitMs))}`);
  console.log(`    of which model + services      ${stats(model)}`);
  console.log(`    of which React + effects       ${stats(samples.map((s) => s.reactMs))}`);
  console.log(`    of which chart.js (all charts) ${stats(samples.map((s) => s.chartsMs))}`);
  console.log(`    chart.js per chart (median)    ${charts.map((k) => `${k} ${median(samples.map((s) => s.perChart[k] ?? 0)).toFixed(1)}`).join(', ')} ms`);
  console.log(`  moves where a chart on screen did not redraw: ${samples.filter((s) => s.chartsDrawn < s.charts).length}`);
  return { total: median(total), model: median(model) };
}

/**
 * Bands: the bands switch on, then `runs` times: drag through a few positions and let go; time from
 * the last move's input event to the bands of the final values drawn on the three band charts.
 */
async function bandsAfterDrag(page: Page, runs = 8): Promise<number> {
  await page.locator('[data-testid="bands-toggle"]').check();
  await page.waitForSelector('[data-testid="bands-note"][data-state="ready"]');
  const { y, at } = await slider(page);
  const total: number[] = [];
  const compute: number[] = [];
  const line: number[] = [];
  for (let run = 0; run < runs; run++) {
    const bandsBefore = await page.evaluate(() => window.__xiqingTest!.bandLatencies.length);
    const start = 3 + run * 4;
    await page.mouse.move(at(start), y);
    await page.mouse.down();
    for (let i = 1; i <= 4; i++) await moveAndWait(page, at(start + i), y);
    await page.mouse.up();
    const sample = await page.evaluate(async (bandsBefore) => {
      const hooks = window.__xiqingTest!;
      const last = hooks.latencies[hooks.latencies.length - 1];
      const keys = ['residents', 'ageShares', 'serviceDemand'];
      for (;;) {
        await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
        const ready = document.querySelector('[data-testid="bands-note"]')?.getAttribute('data-state') === 'ready';
        const band = hooks.bandLatencies[hooks.bandLatencies.length - 1];
        if (!ready || hooks.bandLatencies.length === bandsBefore || band.requestedAt < last.inputAt) continue;
        const times = hooks.renderTimes();
        if (keys.every((k) => (times[k] ?? 0) >= band.arrivedAt)) {
          return { total: Math.max(...keys.map((k) => times[k])) - last.inputAt, compute: band.computeMs, line: last.totalMs };
        }
      }
    }, bandsBefore);
    total.push(sample.total);
    compute.push(sample.compute);
    line.push(sample.line);
  }
  await page.locator('[data-testid="bands-toggle"]').uncheck();
  const result = median(total);
  console.log(`\nuncertainty bands (1,000 draws in a Web Worker): drag through 4 positions, let go → bands drawn on 3 charts`);
  console.log(`  last move → its line drawn        ${stats(line)}`);
  console.log(`  last move → bands drawn           ${stats(total)}   ${verdict(result, TARGET.bandsMs)}`);
  console.log(`    of which the runs (worker)      ${stats(compute)}`);
  return result;
}

/** In the page: click `selector`, then wait until the table has `columns` scenarios and every compare chart has drawn. */
async function timeCompare(page: Page, selector: string, columns: number): Promise<number> {
  return page.evaluate(
    async ({ selector, columns }) => {
      const hooks = window.__xiqingTest!;
      const t0 = performance.now();
      (document.querySelector(selector) as HTMLElement).click();
      for (;;) {
        await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
        const cols = document.querySelectorAll('[data-testid="compare-table"] thead th.compare-table__scenario').length;
        const keys = Array.from(document.querySelectorAll('figure.compare-chart')).map((f) => f.getAttribute('data-testid')!);
        const times = hooks.renderTimes();
        if (cols === columns && keys.length > 0 && keys.every((k) => (times[k] ?? 0) > t0)) return Math.max(...keys.map((k) => times[k])) - t0;
      }
    },
    { selector, columns },
  );
}

/** The compare view with six scenarios: adding the sixth, and changing the baseline. */
async function compareView(page: Page, runs = 7): Promise<{ adding: number; baseline: number }> {
  await page.locator('nav button', { hasText: compareZh.tab }).click();
  await page.waitForSelector('[data-testid="compare"]');
  const add = async (value: string) => {
    await page.locator('[data-testid="compare-add-select"]').selectOption(value);
    await page.locator('[data-testid="compare-add"]').click();
    await page.locator(`[data-testid="compare-chip"][data-source="${value}"]`).waitFor();
  };
  for (const id of ['trend', 'plan-targets', 'central-city-surge', 'low-fertility']) await add(`preset:${id}`);
  const sixth = 'preset:talent-led';
  const adding: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.locator('[data-testid="compare-add-select"]').selectOption(sixth);
    adding.push(await timeCompare(page, '[data-testid="compare-add"]', 6));
    await page.locator(`[data-testid="compare-chip"][data-source="${sixth}"] .compare-chip__remove`).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="compare-chip"]').length === 5);
  }
  await page.locator('[data-testid="compare-add-select"]').selectOption(sixth);
  await timeCompare(page, '[data-testid="compare-add"]', 6);
  const baseline: number[] = [];
  for (let i = 0; i < runs; i++) {
    baseline.push(await timeCompare(page, '[data-testid="compare-chip"]:nth-child(2) button:not(.compare-chip__remove)', 6));
  }
  const charts = await page.evaluate(() => document.querySelectorAll('figure.compare-chart').length);
  console.log(`\ncompare view, six scenarios: click → the table and all ${charts} charts drawn`);
  console.log(`  add the sixth scenario          ${stats(adding)}   ${verdict(median(adding), TARGET.compareMs)}`);
  console.log(`  change the baseline             ${stats(baseline)}   ${verdict(median(baseline), TARGET.compareMs)}`);
  await page.locator('nav button').first().click();
  return { adding: median(adding), baseline: median(baseline) };
}

/**
 * Cold start: `runs` times, a new tab with the cache off (nothing from an earlier load, no compiled
 * code kept), navigation start → the first chart drawn. Prints what the first load fetched.
 */
async function coldStart(page: Page, url: string, runs = 7): Promise<number> {
  const times: number[] = [];
  const painted: number[] = [];
  let fetched: { name: string; bytes: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const tab = await page.context().newPage();
    const cdp = await page.context().newCDPSession(tab);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await tab.goto(url);
    await tab.waitForFunction(() => window.__xiqingTest?.firstChartPaintedAt() != null);
    times.push(await tab.evaluate(() => window.__xiqingTest!.firstChartAt()!));
    painted.push(await tab.evaluate(() => window.__xiqingTest!.firstChartPaintedAt()!));
    fetched = await tab.evaluate(() => {
      const first = window.__xiqingTest!.firstChartAt()!;
      return performance.getEntriesByType('resource')
        .filter((e) => e.startTime < first && /\.(js|css)$/.test(e.name))
        .map((e) => ({ name: e.name.split('/').pop()!, bytes: (e as PerformanceResourceTiming).encodedBodySize }));
    });
    await cdp.detach();
    await tab.close();
  }
  const result = median(times);
  const js = fetched.filter((f) => f.name.endsWith('.js'));
  const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
  console.log(`\ncold start (new tab, cache off), navigation → first chart drawn: ${stats(times)}   ${verdict(result, TARGET.coldStartMs)}`);
  console.log(`  … and its frame painted                                       ${stats(painted)}`);
  console.log(`  fetched before it: ${js.length} scripts, ${kB(js.reduce((s, f) => s + f.bytes, 0))} (largest: ${[...js].sort((a, b) => b.bytes - a.bytes).slice(0, 3).map((f) => `${f.name} ${kB(f.bytes)}`).join(', ')})`);
  const heavy = js.filter((f) => /exceljs|pptx|jszip|export-data|brief/.test(f.name));
  console.log(`  export libraries in the first load: ${heavy.length ? heavy.map((f) => f.name).join(', ') : 'none'}`);
  return result;
}

const PARTS = ['lever', 'bands', 'compare', 'cold'] as const;
type Part = (typeof PARTS)[number];

async function main(): Promise<void> {
  const asked = process.argv.slice(2).filter((a): a is Part => (PARTS as readonly string[]).includes(a));
  const run = (part: Part) => asked.length === 0 || asked.includes(part);
  const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();
  console.log(`bench:ui — Chromium headless (software rendering); load: ${uptime()}`);
  const app = await openApp({ width: 1280, height: 800 });
  const summary: string[] = [];
  try {
    if (run('lever')) {
      await leverMoves(app.page, 'warm-up (not counted)', WARM_UP);
      const small = await leverMoves(app.page, '1280×800');
      await app.page.setViewportSize({ width: 1280, height: 2000 });
      await app.page.waitForFunction(() => Object.values(window.__xiqingTest!.charts()).length === 5 && Object.values(window.__xiqingTest!.charts()).every((c) => c.onScreen));
      const all = await leverMoves(app.page, '1280×2000, every chart on screen');
      summary.push(`  lever input → every chart redrawn, 1280×2000   ${fmt(all.total)}   ${verdict(all.total, TARGET.leverMs)}   (1280×800: ${fmt(small.total)})`);
      summary.push(`  model + services in the browser                ${fmt(all.model)}   ${verdict(all.model, TARGET.modelMs)}`);
    }
    // Bands and compare with every chart on screen (a chart out of view waits until scrolled to).
    await app.page.setViewportSize({ width: 1280, height: 2000 });
    await app.page.waitForFunction(() => Object.values(window.__xiqingTest!.charts()).every((c) => c.onScreen));
    if (run('bands')) {
      const bands = await bandsAfterDrag(app.page);
      summary.push(`  bands on screen after the lever stops          ${fmt(bands)}   ${verdict(bands, TARGET.bandsMs)}`);
    }
    if (run('compare')) {
      const compare = await compareView(app.page);
      summary.push(`  compare, add the sixth scenario                ${fmt(compare.adding)}   ${verdict(compare.adding, TARGET.compareMs)}`);
      summary.push(`  compare, change the baseline                   ${fmt(compare.baseline)}   ${verdict(compare.baseline, TARGET.compareMs)}`);
    }
    if (run('cold')) {
      const cold = await coldStart(app.page, app.url);
      summary.push(`  cold start → first chart                       ${fmt(cold)}   ${verdict(cold, TARGET.coldStartMs)}`);
    }
    console.log(`\nsummary (medians)\n${summary.join('\n')}`);
    console.log(`load after: ${uptime()}`);
    if (app.errors.length) console.log(`page errors:\n  ${app.errors.join('\n  ')}`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

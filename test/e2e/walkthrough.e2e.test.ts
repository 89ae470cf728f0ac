/**
 * Trainer mode end to end, in Debian's Chromium against the built renderer with the browser host: the
 * example walkthrough opens from the Walkthrough tab, steps through with the keys a clicker sends,
 * reveals predictions equal to the model's own numbers (computed here in Node from the same file with
 * resolveWalkthrough + scenarioReport), reveals and replays the last change with the same animation (the
 * chart's drawn point starts at the previous step's value and moves through the values between to this
 * step's), drives and follows the presenter window, and the
 * editor adds the editor's scenario as a step, reorders, saves and opens walkthrough files. Screenshots
 * go to test-results/ for review.
 */
import { samePathValue, type PathValue } from '../../src/model/xiqing/levers/year-path';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import wtEn from '../../renderer/src/i18n/walkthrough/en.json';
import wtZh from '../../renderer/src/i18n/walkthrough/zh-CN.json';
import { formatIndicator, indicatorKind } from '../../renderer/src/walkthrough/walkthrough-results';
import type { Language } from '../../src/host/contract';
import { parseScenarioText, scenarioValues } from '../../src/model/scenario-file/scenario-file';
import { scenarioReport } from '../../src/model/scenario-report';
import { valueOverrides, VALUE_IDS, valueOf, type ScenarioValues } from '../../src/model/scenario-values';
import { parseWalkthroughText, resolveWalkthrough, type ResolvedStep, type WalkthroughFile } from '../../src/model/walkthrough-file/walkthrough-file';
import { openAppForFile, SHOTS } from './support/app-for-file';
import { PROJECT_ROOT } from './support/build-renderer';
import { presetLevers } from './support/expected';
import { leavePresentation } from './support/presentation';
import { waitForWalkthroughChartsAtRest } from './support/charts-at-rest';
import { numberFormat } from '../../src/format';

const YEAR = 2025;

let page: Page;
let doc: WalkthroughFile;
let steps: ResolvedStep[];

async function presetOverrides(id: string): Promise<Record<string, PathValue>> {
  const parsed = parseScenarioText(await readFile(join(PROJECT_ROOT, 'scenarios', `${id}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return valueOverrides(scenarioValues(parsed.scenario));
}

/** Step i's value of an indicator in a year, from the model's report (not from the page). */
const modelValue = (i: number, indicator: string, year = YEAR) => scenarioReport(steps[i].values).rows.find((r) => r.year === year)![indicator];
const units = (language: Language) => (language === 'zh-CN' ? wtZh.units : wtEn.units);
/** The text the page must show for step i's prediction. */
function answerText(i: number, language: Language = 'zh-CN'): string {
  const predict = doc.steps[i].predict!;
  return formatIndicator(indicatorKind(predict.indicator), modelValue(i, predict.indicator, predict.year), numberFormat(language), units(language));
}

const progress = () => page.locator('[data-testid="walkthrough-progress"]').innerText();
async function waitForStep(index: number, language: 'zh' | 'en' = 'zh') {
  await page.waitForFunction(
    ([n, title]) => document.querySelector('[data-testid="walkthrough-present"]')?.getAttribute('data-step') === String(n)
      && document.querySelector('[data-testid="walkthrough-step-title"]')?.textContent === title,
    [index, doc.steps[index].title[language]] as const,
  );
  expect((await progress()).replace(/\s/g, '')).toBe(`${index + 1}/${doc.steps.length}`);
}
const answerValue = () => page.locator('[data-testid="walkthrough-answer-value"]').textContent();
/** Chart animations (1.2 s in the presentation) finish before a screenshot: waited for, not slept. */
const settle = () => waitForWalkthroughChartsAtRest(page);

/** Leaves the presentation, back to the walkthrough editor. */
async function leaveToEditor() {
  await leavePresentation(page);
  await page.locator('[data-testid="walkthrough-editor"]').waitFor();
}

async function downloadedText(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

interface HukouSamples {
  out: { data: number; y: number }[];
  scaleMin: number;
  scaleMax: number;
  top: number;
  bottom: number;
}

/**
 * Presses `key` in the presentation and samples chart 0's hukou point in 2025 every frame until the
 * animation is over (the data has been elsewhere and is back on `afterValue`, the drawn point resting
 * there for three frames), however slowly a loaded machine draws; 30 s at most. The chart may appear
 * only after the key (a reveal shows it): frames before it exists are not sampled.
 */
function sampleHukou(key: string, afterValue: number): Promise<HukouSamples> {
  return page.evaluate(async ([k, year, endValue]) => {
    type Chart = NonNullable<ReturnType<NonNullable<typeof window.__xiqingWalkthrough>['chart']>>;
    const out: { data: number; y: number }[] = [];
    let chart: Chart | null = null;
    const started = performance.now();
    const sample = () => {
      const current = window.__xiqingWalkthrough!.chart(0);
      if (!current) return;
      chart = current;
      const i = (current.data.labels as string[]).indexOf(String(year));
      const d = current.data.datasets.findIndex((ds) => (ds as { id?: string }).id === 'hukou');
      const point = current.getDatasetMeta(d).data[i] as unknown as { y: number } | undefined;
      if (point) out.push({ data: current.data.datasets[d].data[i] as number, y: point.y });
    };
    const endY = () => chart!.scales.y.getPixelForValue(endValue);
    const over = () => {
      const last = out.slice(-3);
      const moved = out.some((s) => Math.abs(s.data - endValue) > 1e-6);
      return moved && last.length === 3 && last.every((s) => Math.abs(s.data - endValue) < 1e-6 && Math.abs(s.y - endY()) < 0.5);
    };
    sample();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
    await new Promise<void>((resolve) => {
      const tick = () => {
        sample();
        if ((chart && over()) || performance.now() - started > 30_000) resolve();
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const scale = (chart as Chart | null)!.scales.y;
    return { out, scaleMin: scale.min, scaleMax: scale.max, top: scale.top, bottom: scale.bottom };
  }, [key, YEAR, afterValue] as const);
}

/**
 * The animation Replay plays: the data is set to the previous step's value and ends on this step's;
 * the drawn point starts at the previous value's height, passes through heights between (animated, not
 * jumped) and from there only ever moves towards the new height, where it ends.
 */
function expectAnimatedFromTo({ out, scaleMin, scaleMax, top, bottom }: HukouSamples, before: number, after: number) {
  // The shared axis holds still during the animation, so a value's height is fixed.
  const pixel = (v: number) => bottom - ((v - scaleMin) / (scaleMax - scaleMin)) * (bottom - top);
  expect(out.some((s) => Math.abs(s.data - before) < 1e-6)).toBe(true);
  expect(out[out.length - 1].data).toBeCloseTo(after, 6);
  const ys = out.map((s) => s.y);
  expect(Math.min(...ys.map((y) => Math.abs(y - pixel(before))))).toBeLessThan(1);
  expect(Math.abs(ys[ys.length - 1] - pixel(after))).toBeLessThan(1);
  const lo = Math.min(pixel(before), pixel(after));
  const hi = Math.max(pixel(before), pixel(after));
  expect(ys.some((y) => y > lo + 1 && y < hi - 1)).toBe(true);
  const fromBefore = ys.slice(ys.findIndex((y) => Math.abs(y - pixel(before)) < 1));
  const direction = Math.sign(pixel(after) - pixel(before));
  fromBefore.slice(1).forEach((y, k) => expect((y - fromBefore[k]) * direction).toBeGreaterThanOrEqual(-0.5));
}

beforeAll(async () => {
  const parsed = parseWalkthroughText(await readFile(join(PROJECT_ROOT, 'scenarios', 'walkthrough-2025-population.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  doc = parsed.walkthrough;
  const overrides = new Map<string, Record<string, PathValue>>();
  for (const s of doc.steps) if ('preset' in s.scenario) overrides.set(s.scenario.preset, await presetOverrides(s.scenario.preset));
  const resolved = resolveWalkthrough(doc, (ref) => ('preset' in ref ? overrides.get(ref.preset) ?? 'missing' : 'no files in this test'));
  if (!resolved.ok) throw new Error(resolved.errors.join('; '));
  steps = resolved.steps;
});

const app = openAppForFile((opened) => {
  page = opened;
});

describe('walkthrough (trainer mode) in Chromium', () => {
  it('offers the shipped example on the Walkthrough tab’s start screen', async () => {
    await page.locator('nav button', { hasText: wtZh.tab }).click();
    await page.locator('[data-testid="walkthrough-example"]').waitFor();
    expect(await page.locator('#wt-example-title').textContent()).toBe(doc.title.zh);
    expect(await page.locator('[data-testid="walkthrough-example"] ol li').count()).toBe(6);
  });

  it('presents step 1: the question first, the headline answer hidden, then the reveal equals the model', async () => {
    await page.locator('[data-testid="walkthrough-example-present"]').click();
    await waitForStep(0);
    expect(await page.locator('[data-testid="walkthrough-predict"] h3').textContent()).toBe(doc.steps[0].predict!.question.zh);
    expect(await page.locator('[data-testid="walkthrough-headline-residents"] .wt-headline__value').textContent()).toBe('?');
    // No chart before the reveal: the charts would give the answer away.
    expect(await page.locator('[data-testid="walkthrough-chart-0"]').count()).toBe(0);
    // The room guesses 5万 below the model's answer (rounded to whole 万), so the guess is clearly off
    // whatever the model's defaults; Enter in the guess box reveals.
    const answer = modelValue(0, 'residents');
    const guessed = Math.round(answer / 10_000) - 5;
    expect(Math.abs(answer - guessed * 10_000) / answer).toBeGreaterThan(0.03);
    await page.locator('[data-testid="walkthrough-guess"]').fill(String(guessed));
    await page.locator('[data-testid="walkthrough-guess"]').press('Enter');
    await page.locator('[data-testid="walkthrough-answer-value"]').waitFor();
    expect(await answerValue()).toBe(answerText(0));
    const guess = await page.locator('[data-testid="walkthrough-guess-result"]').textContent();
    const zh = numberFormat('zh-CN');
    expect(guess).toContain(`${guessed.toFixed(1)}万人`);
    // Too low, by the model's answer minus the guess, and as a share of the answer.
    expect(guess).toContain(wtZh.present.guessLow
      .replace('{{diff}}', zh.personsDiff(answer - guessed * 10_000).replace('+', ''))
      .replace('{{percent}}', zh.share((answer - guessed * 10_000) / answer)));
    expect(await page.locator('[data-testid="walkthrough-headline-residents"] .wt-headline__value').textContent()).toBe(answerText(0));
    expect(await page.locator('[data-testid="walkthrough-chart-0"]').getAttribute('data-chart')).toBe('residents');
    expect(await page.locator('[data-testid="walkthrough-chart-1"]').getAttribute('data-chart')).toBe('births-deaths');
    await settle();
    await page.screenshot({ path: join(SHOTS, 'walkthrough-step1-zh.png') });
  });

  it('steps with ArrowRight, PageDown and Space (revealing on the way, like a clicker) and back with ArrowLeft', async () => {
    await page.keyboard.press('ArrowRight');
    await waitForStep(1);
    expect(await page.locator('[data-testid="walkthrough-predict"]').count()).toBe(1);
    // "Next" on a hidden answer reveals it first.
    await page.keyboard.press('PageDown');
    await page.locator('[data-testid="walkthrough-answer-value"]').waitFor();
    expect(await answerValue()).toBe(answerText(1));
    await page.keyboard.press('PageDown');
    await waitForStep(2);
    await page.keyboard.press('Space');
    await page.locator('[data-testid="walkthrough-answer-value"]').waitFor();
    expect(await answerValue()).toBe(answerText(2));
    // What changed: the one lever of step 3, from the previous step's value to this one's.
    const changes = page.locator('[data-testid="walkthrough-changes"] li');
    expect(await changes.count()).toBe(1);
    expect(await changes.getAttribute('data-value')).toBe('centralCityInflow');
    const inflow = (i: number) => valueOf(steps[i].values, 'centralCityInflow') as number;
    expect(inflow(2)).not.toBe(inflow(1));
    expect(await changes.textContent()).toContain(inflow(1).toLocaleString('en-US'));
    expect(await changes.textContent()).toContain(inflow(2).toLocaleString('en-US'));
    await settle();
    await page.screenshot({ path: join(SHOTS, 'walkthrough-step3-zh.png') });

    await page.keyboard.press('ArrowLeft');
    await waitForStep(1);
    // Revealed once, it stays revealed.
    expect(await answerValue()).toBe(answerText(1));
    await page.keyboard.press('ArrowRight');
    await waitForStep(2);
    await page.keyboard.press('ArrowRight');
    await waitForStep(3);
    expect(await page.locator('[data-testid="walkthrough-predict"]').count()).toBe(0);
    await page.keyboard.press('Home');
    await waitForStep(0);
    await page.keyboard.press('End');
    await waitForStep(5);
    await page.keyboard.press('ArrowLeft');
    await waitForStep(4);
  });

  it('reveals with the same animation as Replay: the chart starts at the previous step’s values and moves to this step’s', async () => {
    // Step 5 asks about the hukou population; its chart appears with the answer.
    expect(await page.locator('[data-testid="walkthrough-predict"]').count()).toBe(1);
    expect(await page.locator('[data-testid="walkthrough-chart-0"]').count()).toBe(0);
    const before = modelValue(3, 'hukouPopulation');
    const after = modelValue(4, 'hukouPopulation');
    expect(Math.abs(after - before)).toBeGreaterThan(10_000);
    expectAnimatedFromTo(await sampleHukou('r', after), before, after);
    expect(await answerValue()).toBe(answerText(4));
    expect(await page.locator('[data-testid="walkthrough-chart-0"]').getAttribute('data-chart')).toBe('hukou');
  });

  it('replays the last change: the chart goes back to the previous step’s values, then animates to this step’s', async () => {
    await settle();
    const before = modelValue(3, 'hukouPopulation');
    const after = modelValue(4, 'hukouPopulation');
    const samples = await sampleHukou('p', after);
    // Before the key: this step's value, drawn at rest.
    expect(samples.out[0].data).toBeCloseTo(after, 6);
    expectAnimatedFromTo(samples, before, after);
    // The replay button does the same (and is not offered where there is nothing to replay).
    await page.locator('[data-testid="walkthrough-replay"]').click();
    await page.keyboard.press('Home');
    await waitForStep(0);
    expect(await page.locator('[data-testid="walkthrough-replay"]').isDisabled()).toBe(true);
    await page.keyboard.press('End');
    await waitForStep(5);
  });

  it('reveals the last question (a service indicator) with the model’s number', async () => {
    expect(await page.locator('[data-testid="walkthrough-headline-careBeds"] .wt-headline__value').textContent()).toBe('?');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="walkthrough-answer-value"]').waitFor();
    expect(await answerValue()).toBe(answerText(5));
    expect(await page.locator('[data-testid="walkthrough-changes"]').textContent()).toContain(wtZh.present.nothingChanged);
  });

  it('opens the presenter view (a second window in the browser) that follows the show and drives it', async () => {
    const popupPromise = page.context().waitForEvent('page');
    await page.locator('[data-testid="walkthrough-open-presenter"]').click();
    const popup = await popupPromise;
    popup.on('console', (m) => {
      if (m.type() === 'error') app.errors.push(`presenter console: ${m.text()}`);
    });
    popup.on('pageerror', (e) => app.errors.push(`presenter page: ${e.message}`));
    await popup.waitForFunction((title) => document.querySelector('[data-testid="presenter-step-title"]')?.textContent === title, doc.steps[5].title.zh);
    expect(await popup.locator('[data-testid="presenter-notes"]').textContent()).toBe(doc.steps[5].notes.zh);
    expect(await popup.locator('[data-testid="presenter-answer"]').textContent()).toContain(answerText(5));
    expect(await popup.locator('[data-testid="presenter-next-title"]').textContent()).toBe(wtZh.presenter.lastStep);
    // The main window moves; the presenter follows, with the next step's title.
    await page.bringToFront();
    await page.keyboard.press('Home');
    await waitForStep(0);
    await popup.waitForFunction((title) => document.querySelector('[data-testid="presenter-step-title"]')?.textContent === title, doc.steps[0].title.zh);
    expect(await popup.locator('[data-testid="presenter-next-title"]').textContent()).toBe(doc.steps[1].title.zh);
    await popup.screenshot({ path: join(SHOTS, 'walkthrough-presenter-zh.png') });
    // The presenter's own buttons drive the show.
    await popup.locator('[data-testid="presenter-next"]').click();
    await waitForStep(1);
    await popup.close();
  });

  it('presents in English from the editor, and leaves with Escape', async () => {
    await page.bringToFront();
    await leaveToEditor();
    await page.locator('[data-language="en"]').click();
    await page.locator('[data-testid="walkthrough-steps"] [data-step-index="2"] [data-action="select"]').click();
    await page.locator('[data-testid="walkthrough-present-selected"]').click();
    await waitForStep(2, 'en');
    await page.keyboard.press('r');
    await page.locator('[data-testid="walkthrough-answer-value"]').waitFor();
    expect(await answerValue()).toBe(answerText(2, 'en'));
    expect(await page.locator('[data-testid="walkthrough-changes"] h3').textContent()).toBe(wtEn.present.whatChanged);
    await settle();
    await page.screenshot({ path: join(SHOTS, 'walkthrough-step3-en.png') });
    await leaveToEditor();
    await page.locator('[data-language="zh-CN"]').click();
  });

  it('adds the editor’s scenario as a step (as changes from the previous step), reorders it, saves and reopens the file', async () => {
    // Change a lever in the scenario editor, then come back.
    await page.locator('nav button').first().click();
    const inflow = page.locator('[data-lever="centralCityInflow"] input[type="text"]');
    await inflow.fill('20000');
    await inflow.press('Enter');
    await page.locator('nav button', { hasText: wtZh.tab }).click();
    await page.locator('[data-testid="walkthrough-editor"]').waitFor();
    await page.locator('[data-testid="walkthrough-steps"] [data-step-index="5"] [data-action="select"]').click();
    await page.locator('[data-testid="walkthrough-add-current"]').click();
    const items = page.locator('[data-testid="walkthrough-steps"] > li');
    expect(await items.count()).toBe(7);
    const current: ScenarioValues = { levers: { ...presetLevers('trend'), centralCityInflow: 20_000 }, norms: steps[0].values.norms };
    const expectedChanges: Record<string, PathValue> = {};
    for (const id of VALUE_IDS) if (!samePathValue(valueOf(steps[5].values, id), valueOf(current, id))) expectedChanges[id] = valueOf(current, id);
    expect(Object.keys(expectedChanges).length).toBeGreaterThan(1);
    expect(await items.nth(6).locator('.wt-steps__source').textContent()).toBe(wtZh.editor.source.changes_other.replace('{{count}}', String(Object.keys(expectedChanges).length)));

    // Up with the button, down again with Alt+↓ on the step.
    await items.nth(6).locator('[data-action="up"]').click();
    expect(await items.nth(5).locator('.wt-steps__source').textContent()).toContain(String(Object.keys(expectedChanges).length));
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-step-index]')?.getAttribute('data-step-index'))).toBe('5');
    await items.nth(5).locator('[data-action="select"]').focus();
    await page.keyboard.press('Alt+ArrowDown');
    expect(await items.nth(6).locator('.wt-steps__source').textContent()).toContain(String(Object.keys(expectedChanges).length));
    expect(await items.nth(5).locator('.wt-steps__name').textContent()).toBe(doc.steps[5].title.zh);
    // The first step cannot move down: the step after it is changes only.
    expect(await items.nth(0).locator('[data-action="down"]').isDisabled()).toBe(true);

    // Edit the new step's title, ask a question, choose a chart.
    await items.nth(6).locator('[data-action="select"]').click();
    await page.locator('[data-testid="walkthrough-step-title-input-zh"]').fill('中心城区每年迁入2万人');
    await page.locator('[data-testid="walkthrough-step-title-input-en"]').fill('20 k a year from the central city');
    await page.locator('[data-testid="walkthrough-predict-toggle"]').check();
    await page.locator('[data-testid="walkthrough-chart-select-1"]').selectOption('pyramid');

    const downloadPromise = page.waitForEvent('download');
    await page.locator('[data-testid="walkthrough-save-as"]').click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe(`${doc.title.zh}.json`);
    const saved = parseWalkthroughText(await downloadedText(download));
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.walkthrough.steps).toHaveLength(7);
    expect(saved.walkthrough.steps.slice(0, 6)).toEqual(doc.steps);
    expect(saved.walkthrough.steps[6]).toMatchObject({
      title: { zh: '中心城区每年迁入2万人', en: '20 k a year from the central city' },
      scenario: { changes: expectedChanges },
      charts: ['residents', 'pyramid'],
      predict: { indicator: 'residents', year: 2025 },
    });
    expect(await page.locator('[data-testid="walkthrough-notice"]').textContent()).toContain(download.suggestedFilename());

    // Open it again (edited) through the file chooser.
    const edited = { ...saved.walkthrough, title: { zh: '重新打开的培训', en: 'Reopened' } };
    const chooser = page.waitForEvent('filechooser');
    await page.locator('[data-testid="walkthrough-open"]').click();
    await (await chooser).setFiles({ name: 'lesson.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(edited)) });
    await page.waitForFunction(() => document.querySelector('.wt-editor__file')?.textContent?.startsWith('lesson.json'));
    expect(await page.locator('.wt-editor__details summary strong').textContent()).toBe('重新打开的培训');
    expect(await items.count()).toBe(7);
  });

  it('closes an edited walkthrough only when asked twice, and starts a new one from the current scenario', async () => {
    await page.locator('[data-testid="walkthrough-step-title-input-zh"]').fill('改过的标题');
    await page.locator('[data-testid="walkthrough-close"]').click();
    expect(await page.locator('[data-testid="walkthrough-notice"]').textContent()).toBe(wtZh.editor.unsavedWarning);
    await page.locator('[data-testid="walkthrough-close"]').click();
    await page.locator('[data-testid="walkthrough-start"]').waitFor();
    // The editor's scenario is the trend with 20,000 a year from the central city: no preset, so the
    // new walkthrough starts from the nearest preset and adds the changes from it.
    await page.locator('[data-testid="walkthrough-start-new"]').click();
    const items = page.locator('[data-testid="walkthrough-steps"] > li');
    expect(await items.count()).toBe(2);
    expect(await items.nth(0).locator('.wt-steps__source').textContent()).toMatch(/^预设：/);
    expect(await items.nth(1).locator('.wt-steps__source').textContent()).toBe(wtZh.editor.source.changes_one.replace('{{count}}', '1'));
    await page.locator('[data-testid="walkthrough-present-start"]').click();
    await page.locator('[data-testid="walkthrough-present"][data-step="0"]').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.locator('[data-testid="walkthrough-present"][data-step="1"]').waitFor();
    expect(await page.locator('[data-testid="walkthrough-changes"] li').getAttribute('data-value')).toBe('centralCityInflow');
    expect(await page.locator('[data-testid="walkthrough-headline-residents"] .wt-headline__value').textContent())
      .toBe(numberFormat('zh-CN').personsParts(scenarioReport({ levers: { ...presetLevers('trend'), centralCityInflow: 20_000 }, norms: steps[0].values.norms }).rows.find((r) => r.year === YEAR)!.residents).value
        + numberFormat('zh-CN').personsParts(1_000_000).unit);
    await leaveToEditor();
  });

  it('logged no console errors and no page errors', () => {
    expect(app.errors).toEqual([]);
  });
});

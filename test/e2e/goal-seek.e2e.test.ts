/**
 * "What would it take?" end to end, in Debian's Chromium against the built renderer: on the trend
 * preset it solves the central-city relocation that gives 1.35 M residents in 2025 and shows the
 * model's own answer (goalSeek run here in Node, formatted the same way), Apply sets the lever as one
 * undoable change that moves the 2025 tile to about 135.0万人, Ctrl+Z restores it, an unreachable
 * target shows the values at both ends, and nothing logs an error. Screenshots go to test-results/.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { goalSeek } from '../../src/model/solve/goal-seek';
import { DEFAULT_NORMS } from '../../src/model/service-demand/norm-specs';
import type { ViewContext } from '../../renderer/src/charts/chart-view-model';
import { answerText, formatSolvedLever, roundToStep, solveGoal } from '../../renderer/src/goal-seek/goal-seek-logic';
import zhGoal from '../../renderer/src/i18n/goal-seek/zh-CN.json';
import { viewContext } from '../renderer/support/view-context';
import { openAppForFile, SHOTS } from './support/app-for-file';
import { personsTileText, presetLevers, rowOf, rowsFor, withLever } from './support/expected';

const YEAR = 2025;
const TARGET = 1_350_000;

let page: Page;
let zhCtx: ViewContext;

const app = openAppForFile((opened) => {
  page = opened;
});
beforeAll(async () => {
  zhCtx = await viewContext('zh-CN');
});

const panel = () => page.locator('[data-testid="goal-seek"]');
const inPanel = (id: string) => page.locator(`[data-testid="goal-seek-${id}"]`);
const tileText = () => page.locator('[data-testid="tile-residents-value"]').textContent();
const historyLength = () => page.evaluate(() => {
  const state = window.__xiqingTest!.store.getState();
  return state.entries[state.activeId].history.past.length;
});
async function waitForTile(text: string) {
  await page.waitForFunction((t) => document.querySelector('[data-testid="tile-residents-value"]')?.textContent === t, text);
}

describe('What would it take? in Chromium', () => {
  const trend = () => presetLevers('trend');
  const request = () => ({ levers: trend(), lever: 'centralCityInflow' as const, indicator: 'residents' as const, target: TARGET, year: YEAR, norms: DEFAULT_NORMS });

  it('opens from its summary by keyboard with the plan’s target prefilled', async () => {
    const summary = panel().locator('summary');
    await summary.scrollIntoViewIfNeeded();
    expect(await summary.textContent()).toBe(zhGoal.title);
    await summary.focus();
    await page.keyboard.press('Enter');
    await inPanel('target').waitFor({ state: 'visible' });
    expect(await inPanel('indicator').inputValue()).toBe('residents');
    // In the tiles' unit: 万人 for residents.
    expect(await inPanel('target').inputValue()).toBe(String(TARGET / 10_000));
    expect(await inPanel('unit').textContent()).toBe('万人');
    expect(await inPanel('understood').textContent()).toBe(`读作 ${zhCtx.format.number(TARGET)}人（${zhCtx.format.persons(TARGET)}）`);
    expect(await inPanel('year').inputValue()).toBe(String(YEAR));
    expect(await inPanel('lever').inputValue()).toBe('centralCityInflow');
    // Every control has a label.
    for (const id of ['indicator', 'target', 'year', 'lever']) {
      const control = inPanel(id);
      const label = page.locator(`label[for="${await control.getAttribute('id')}"]`);
      expect((await label.textContent())?.length, id).toBeGreaterThan(0);
    }
  });

  it('solves central-city relocation for 1.35 M residents in 2025 with the model’s own number', async () => {
    await inPanel('solve').click();
    const headline = inPanel('headline');
    await headline.waitFor();
    const solved = goalSeek(request());
    if (!solved.ok) throw new Error(`goalSeek failed in Node: ${solved.reason}`);
    const value = formatSolvedLever('centralCityInflow', solved.value, 'zh-CN');
    const shown = await headline.textContent();
    expect(shown).toContain(`需达到${value}（`);
    const expected = answerText(solveGoal(request()), zhCtx);
    expect(shown).toBe(expected.headline);
    expect(await inPanel('detail').textContent()).toBe(expected.detail);
    expect(await inPanel('apply').textContent()).toBe(expected.applyLabel);
    await inPanel('apply').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'goal-seek-zh.png') });
  });

  it('Apply sets the lever, rounded to its step, as one undoable change; Ctrl+Z restores', async () => {
    const solved = goalSeek(request());
    if (!solved.ok) throw new Error('not solved');
    const rounded = roundToStep('centralCityInflow', solved.value);
    const original = personsTileText(rowOf(rowsFor(trend()), YEAR).residents, 'zh-CN');
    const applied = personsTileText(rowOf(rowsFor(withLever(trend(), 'centralCityInflow', rounded)), YEAR).residents, 'zh-CN');
    expect(applied).toBe('135.0万人');
    expect(await tileText()).toBe(original);

    await inPanel('apply').click();
    await waitForTile(applied);
    expect(await historyLength()).toBe(1);
    expect(await page.locator('[data-lever="centralCityInflow"] input[type="text"]').inputValue()).toBe(String(rounded));
    const note = inPanel('applied');
    await note.waitFor();
    expect(await note.textContent()).toContain('135.0万人');
    // Focus moved to the note (not a text box), so Ctrl+Z is the app's undo.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('goal-seek-applied');

    await page.keyboard.press('Control+Z');
    await waitForTile(original);
    expect(await historyLength()).toBe(0);
    await inPanel('apply').waitFor();
  });

  it('an unreachable target shows the values at both ends of the lever’s range', async () => {
    await inPanel('target').fill('3000000');
    await inPanel('target').press('Enter');
    const result = page.locator('[data-testid="goal-seek-answer"] [data-kind="unreachable"]');
    await result.waitFor();
    const failed = goalSeek({ ...request(), target: 3_000_000 });
    if (failed.ok || !failed.valuesAtEnds) throw new Error('expected unreachable');
    const detail = await inPanel('detail').textContent();
    expect(detail).toContain(zhCtx.format.persons(failed.valuesAtEnds.min));
    expect(detail).toContain(zhCtx.format.persons(failed.valuesAtEnds.max));
    expect(await inPanel('headline').textContent()).toBe(answerText(solveGoal({ ...request(), target: 3_000_000 }), zhCtx).headline);
    expect(await inPanel('apply').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'goal-seek-unreachable-zh.png') });
  });

  it('reads 135万, 135 and 1350000 alike, previewing what it understood', async () => {
    for (const text of ['135万', '135', '1350000', '1,350,000']) {
      await inPanel('target').fill(text);
      expect(await inPanel('understood').textContent(), text).toBe(`读作 ${zhCtx.format.number(TARGET)}人（${zhCtx.format.persons(TARGET)}）`);
    }
  });

  it('a target tile’s button opens the panel on its indicator, in view, with the target box focused', async () => {
    await page.evaluate(() => {
      (document.querySelector('[data-testid="goal-seek"]') as HTMLDetailsElement).open = false;
      window.scrollTo(0, 0);
    });
    await page.locator('[data-testid="tile-hukou-goal"]').click();
    await page.waitForFunction(() => (document.querySelector('[data-testid="goal-seek"]') as HTMLDetailsElement).open);
    expect(await inPanel('indicator').inputValue()).toBe('hukouPopulation');
    expect(await inPanel('target').inputValue()).toBe('52.6');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('goal-seek-target');
    const box = (await inPanel('target').boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    await page.locator('[data-testid="tile-residents-goal"]').click();
    await page.waitForFunction(() => (document.querySelector('[data-testid="goal-seek-indicator"]') as HTMLSelectElement).value === 'residents');
  });

  it('a target that is not a number is flagged on its box', async () => {
    await inPanel('target').fill('abc');
    await inPanel('solve').click();
    await inPanel('error').waitFor();
    expect(await inPanel('error').textContent()).toBe(zhGoal.errors.target);
    expect(await inPanel('target').getAttribute('aria-invalid')).toBe('true');
    await inPanel('target').fill(String(TARGET));
    await inPanel('solve').click();
    await inPanel('apply').waitFor();
    expect(await inPanel('error').count()).toBe(0);
  });

  it('fits a 1024-wide window without a horizontal scroll', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await panel().scrollIntoViewIfNeeded();
    const overflow = await page.evaluate(() => {
      const results = document.querySelector('.results')!;
      const section = document.querySelector('[data-testid="goal-seek"]')!;
      return { results: results.scrollWidth - results.clientWidth, section: section.scrollWidth - section.clientWidth };
    });
    expect(overflow.results).toBeLessThanOrEqual(0);
    expect(overflow.section).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, 'goal-seek-zh-1024.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('logged no console or page errors', () => {
    expect(app.errors).toEqual([]);
  });
});

/**
 * Every view at 1280×800 in both languages, for review: the editor, the library, Compare with three
 * presets, the walkthrough's presentation at step 1 (question, then answer) and Method & sources, into
 * test-results/polish-*.png. On the way it checks the top bar: one row (at most 64 px high) at 1280 px
 * in both languages, also with a long scenario name and the changes badge; two rows at 1024 px with
 * nothing cut off or scrolled sideways; every control reachable with Tab and named; each dialog with its
 * own title id; and no console errors.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import commonEn from '../../src/i18n/common/en.json';
import commonZh from '../../src/i18n/common/zh-CN.json';
import en from '../../renderer/src/i18n/en.json';
import zh from '../../renderer/src/i18n/zh-CN.json';
import areasEn from '../../renderer/src/i18n/areas/en.json';
import compareEn from '../../renderer/src/i18n/compare/en.json';
import compareZh from '../../renderer/src/i18n/compare/zh-CN.json';
import exportingEn from '../../renderer/src/i18n/exporting/en.json';
import exportingZh from '../../renderer/src/i18n/exporting/zh-CN.json';
import libraryEn from '../../renderer/src/i18n/library/en.json';
import libraryZh from '../../renderer/src/i18n/library/zh-CN.json';
import wtEn from '../../renderer/src/i18n/walkthrough/en.json';
import wtZh from '../../renderer/src/i18n/walkthrough/zh-CN.json';
import type { Language } from '../../src/host/contract';
import { openAppForFile, SHOTS } from './support/app-for-file';
import { leavePresentation } from './support/presentation';

const MAX_BAR_HEIGHT = 64;
const PRESETS = ['trend', 'plan-targets', 'central-city-surge'] as const;
const LONG_NAME = {
  zh: '中心城区疏解加快、人才引进力度加大并且生育支持政策全面落实的高增长情景（培训用）',
  en: 'Faster central-city relocation, a stronger talent drive and full fertility support (training)',
};

const TEXT = {
  'zh-CN': { app: zh, common: commonZh, tabs: { library: libraryZh.tab, compare: compareZh.tab, walkthrough: wtZh.tab }, exporting: exportingZh, short: 'zh' },
  en: { app: en, common: commonEn, tabs: { library: libraryEn.tab, compare: compareEn.tab, walkthrough: wtEn.tab }, exporting: exportingEn, short: 'en' },
} as const;

let page: Page;

const tab = (name: string) => page.locator('.top-bar nav button', { hasText: name });
/** Chart animations (250 ms; 1.2 s in the presentation) finish before a screenshot. */
const settle = (ms = 600) => page.waitForTimeout(ms);
const shot = (name: string) => page.screenshot({ path: join(SHOTS, `polish-${name}.png`) });

async function useLanguage(language: Language) {
  await page.locator(`[data-language="${language}"]`).click();
  await page.waitForFunction((name) => document.querySelector('h1')?.textContent === name, TEXT[language].common.app.name);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
}

interface BarLayout {
  height: number;
  /** The bar's content is wider than the bar (something pushed out or cut off). */
  overflows: boolean;
  pageScrollsSideways: boolean;
  /** Rows of controls: runs of controls whose heights overlap. */
  rows: number;
  /** Controls outside the window or of no size. */
  hidden: string[];
}

const barLayout = (): Promise<BarLayout> =>
  page.evaluate(() => {
    const bar = document.querySelector('.top-bar') as HTMLElement;
    const controls = Array.from(bar.querySelectorAll<HTMLElement>('button, select, h1'));
    const spans: [number, number][] = [];
    const hidden: string[] = [];
    for (const c of controls) {
      const r = c.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.left < 0 || r.right > window.innerWidth) hidden.push(c.dataset.testid ?? c.textContent ?? c.tagName);
      spans.push([r.top, r.bottom]);
    }
    // A row is a run of controls whose heights overlap (by more than a few pixels).
    spans.sort((a, b) => a[0] - b[0]);
    let rows = 0;
    let bottom = -Infinity;
    for (const [top, end] of spans) {
      if (top > bottom - 4) rows++;
      bottom = top > bottom - 4 ? end : Math.max(bottom, end);
    }
    return {
      height: bar.getBoundingClientRect().height,
      overflows: bar.scrollWidth > bar.clientWidth,
      pageScrollsSideways: document.documentElement.scrollWidth > window.innerWidth,
      rows,
      hidden,
    };
  });

async function expectOneRowBar() {
  const layout = await barLayout();
  expect(layout.height, 'top bar height').toBeLessThanOrEqual(MAX_BAR_HEIGHT);
  expect(layout.rows, 'rows of controls in the top bar').toBe(1);
  expect(layout.overflows).toBe(false);
  expect(layout.pageScrollsSideways).toBe(false);
  expect(layout.hidden).toEqual([]);
}

async function openView(name: string, ready: string) {
  await tab(name).click();
  await page.locator(ready).first().waitFor();
}

/** Compare holds exactly the three presets (trend first, the baseline); it keeps them between visits. */
async function compareThreePresets() {
  const sources = () => page.locator('[data-testid="compare-chip"]').evaluateAll((chips) => chips.map((c) => c.getAttribute('data-source')));
  for (const id of PRESETS) {
    if ((await sources()).includes(`preset:${id}`)) continue;
    await page.locator('[data-testid="compare-add-select"]').selectOption(`preset:${id}`);
    await page.locator('[data-testid="compare-add"]').click();
    await page.locator(`[data-testid="compare-chip"][data-source="preset:${id}"]`).waitFor();
  }
  for (const source of await sources()) {
    if (source?.startsWith('preset:')) continue;
    await page.locator(`[data-testid="compare-chip"][data-source="${source}"] .compare-chip__remove`).click();
  }
  await expect.poll(sources).toEqual(PRESETS.map((id) => `preset:${id}`));
}

const app = openAppForFile((opened) => {
  page = opened;
});

describe('every view at 1280×800, in both languages', () => {
  for (const language of ['zh-CN', 'en'] as const) {
    const text = TEXT[language];
    const suffix = text.short;

    describe(language, () => {
      it('editor', async () => {
        await useLanguage(language);
        await openView(text.app.nav.editor, '[data-testid="tile-residents-value"]');
        await expectOneRowBar();
        await settle();
        await shot(`editor-${suffix}`);
      });

      it('library', async () => {
        await openView(text.tabs.library, '[data-testid="library"]');
        await expectOneRowBar();
        await settle(300);
        await shot(`library-${suffix}`);
      });

      it('compare with three presets', async () => {
        await openView(text.tabs.compare, '[data-testid="compare"]');
        await compareThreePresets();
        await expectOneRowBar();
        await settle();
        await shot(`compare-${suffix}`);
      });

      it('walkthrough presentation, step 1: the question, then the answer', async () => {
        await openView(text.tabs.walkthrough, '[data-testid="walkthrough-example-present"], [data-testid="walkthrough-present-start"]');
        const example = page.locator('[data-testid="walkthrough-example-present"]');
        await (await example.count() ? example : page.locator('[data-testid="walkthrough-present-start"]')).click();
        await page.locator('[data-testid="walkthrough-present"][data-step="0"] [data-testid="walkthrough-predict"]').waitFor();
        await settle(300);
        await shot(`walkthrough-step1-${suffix}`);
        await page.locator('[data-testid="walkthrough-reveal"]').click();
        await page.locator('[data-testid="walkthrough-answer-value"]').waitFor();
        await settle(1600);
        await shot(`walkthrough-step1-answer-${suffix}`);
        await leavePresentation(page);
        await expectOneRowBar();
      });

      it('method and sources', async () => {
        await openView(text.app.nav.method, '.method__table');
        await expectOneRowBar();
        await shot(`method-${suffix}`);
      });
    });
  }
});

describe('the top bar', () => {
  it('stays one row at 1280 px with a long scenario name and the changes badge, in both languages', async () => {
    await openView(en.nav.editor, '[data-testid="tile-residents-value"]');
    await page.evaluate((name) => {
      const store = window.__xiqingTest!.store;
      store.setDetails(store.getState().activeId, { name });
    }, LONG_NAME);
    const inflow = page.locator('[data-lever="centralCityInflow"] input[type="text"]');
    await inflow.fill('30000');
    await inflow.press('Enter');
    await page.locator('[data-testid="changed-count"]').waitFor();
    for (const language of ['en', 'zh-CN'] as const) {
      await useLanguage(language);
      expect(await page.locator('[data-testid="scenario-select"]').getAttribute('title')).toBe(language === 'en' ? LONG_NAME.en : LONG_NAME.zh);
      await expectOneRowBar();
      await page.locator('.top-bar').screenshot({ path: join(SHOTS, `polish-top-bar-long-name-${TEXT[language].short}.png`) });
    }
  });

  it('moves the scenario’s tools to a second row at 1024 px, with nothing cut off', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    for (const language of ['zh-CN', 'en'] as const) {
      await useLanguage(language);
      const layout = await barLayout();
      expect(layout.rows).toBe(2);
      expect(layout.height).toBeLessThanOrEqual(2 * MAX_BAR_HEIGHT - 20);
      expect(layout.overflows).toBe(false);
      expect(layout.pageScrollsSideways).toBe(false);
      expect(layout.hidden).toEqual([]);
      await settle();
      await shot(`editor-1024-${TEXT[language].short}`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('names every control and reaches each with Tab, in the order shown', async () => {
    for (const language of ['zh-CN', 'en'] as const) {
      await useLanguage(language);
      const text = TEXT[language];
      // Short visible labels; the accessible names are the full ones.
      expect(await page.getByRole('button', { name: text.app.topBar.newFromPreset, exact: true }).getAttribute('data-testid')).toBe('new-from-preset');
      expect(await page.getByRole('button', { name: text.exporting.topBar.export, exact: true }).getAttribute('data-testid')).toBe('export-open');
      expect(await page.getByRole('combobox', { name: text.app.topBar.scenario, exact: true }).getAttribute('data-testid')).toBe('scenario-select');
      expect(await page.getByRole('button', { name: text.app.topBar.undo, exact: true }).count()).toBe(1);
      expect(await page.getByRole('group', { name: text.app.topBar.language }).count()).toBe(1);
    }
    // Tab from the page's first stop (the skip link) through the bar: every enabled control, left to right.
    await page.locator('.skip-link').focus();
    const reached: string[] = ['skip-link'];
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el?.closest('.top-bar')) return null;
        return el.dataset.testid ?? el.dataset.language ?? el.textContent ?? '';
      });
      if (focused === null) break;
      reached.push(focused);
    }
    expect(reached).toEqual([
      'skip-link', en.nav.editor, libraryEn.tab, compareEn.tab, areasEn.tab, wtEn.tab, en.nav.method,
      'scenario-select', 'close-scenario', 'save', 'scenario-menu', 'new-from-preset', 'export-open', 'undo', 'zh-CN', 'en',
    ]);
  });

  it('gives each dialog its own title id', async () => {
    await page.locator('[data-testid="new-from-preset"]').click();
    await page.locator('dialog[open]').waitFor();
    const ids = await page.evaluate(() => Array.from(document.querySelectorAll('dialog')).map((d) => ({
      labelledBy: d.getAttribute('aria-labelledby'),
      titleId: d.querySelector('.dialog__title')?.id ?? null,
    })));
    expect(ids.length).toBeGreaterThan(1);
    for (const { labelledBy, titleId } of ids) {
      expect(titleId).toBeTruthy();
      expect(labelledBy).toBe(titleId);
    }
    expect(new Set(ids.map((d) => d.titleId)).size).toBe(ids.length);
    expect(await page.getByRole('dialog', { name: en.presetDialog.title }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
  });

  it('logged no console errors and no page errors', () => {
    expect(app.errors).toEqual([]);
  });
});

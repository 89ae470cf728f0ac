/**
 * Waiting for chart animations to finish, by condition rather than by a fixed sleep: chart.js keeps an
 * element's running animations in `$animations`, each with `active()`; a chart is at rest when none is.
 */
import type { Page } from 'playwright-core';

/** Waits until the walkthrough presentation's charts (slots 0 and 1) have no animation running. */
export async function waitForWalkthroughChartsAtRest(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    type Animated = { $animations?: Record<string, { active(): boolean }> };
    const hooks = window.__xiqingWalkthrough;
    const charts = [0, 1].map((slot) => hooks?.chart(slot)).filter((chart) => chart !== undefined);
    return charts.every((chart) => chart.getSortedVisibleDatasetMetas().every((meta) =>
      (meta.data as unknown as Animated[]).every((element) => Object.values(element.$animations ?? {}).every((animation) => !animation.active()))));
  });
}

/** Waits until every chart of the editor (the test hooks' registry) has no animation running. */
export async function waitForEditorChartsAtRest(page: Page): Promise<void> {
  await page.waitForFunction(() => Object.values(window.__xiqingTest!.charts()).every((chart) => !chart.animating));
}

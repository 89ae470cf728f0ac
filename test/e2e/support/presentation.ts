/** Steps the end-to-end tests take in the walkthrough's presentation. */
import type { Page } from 'playwright-core';

/**
 * Leaves the presentation the way a trainer does, with Escape: the first Escape only leaves full screen
 * when the page is in it, so that one is pressed (and awaited) first.
 */
export async function leavePresentation(page: Page): Promise<void> {
  if (await page.evaluate(() => document.fullscreenElement !== null)) {
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.fullscreenElement === null);
  }
  await page.keyboard.press('Escape');
  await page.locator('[data-testid="walkthrough-present"]').waitFor({ state: 'detached' });
}

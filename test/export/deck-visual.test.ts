/**
 * The deck as a reader sees it: the .pptx rendered by LibreOffice (headless, PPTX → PDF) and pdftoppm,
 * its title slide and its residents slide compared with approved images kept in the repository
 * (test/export/approved/). Fonts: Microsoft YaHei is not on Linux, so LibreOffice draws the Chinese
 * with the installed CJK font (Noto Sans CJK), as WPS does on a machine without YaHei. The renderings
 * are left in test-results/ for review. Re-approve after an intended change with
 * `UPDATE_APPROVED=1 npx vitest run test/export/deck-visual.test.ts` (see test/helpers/approved-image.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPptx, deckOutline } from '../../src/export';
import { compareWithApproved, decodePng, inkShare, pptxToPdf, renderPdfPage } from '../helpers/approved-image';
import { options, presetComparison } from './fixtures';

const APPROVED = resolve(import.meta.dirname, 'approved');
const RESULTS = resolve(import.meta.dirname, '../../test-results');
/** Slides are 13.33 × 7.5 in; 60 dpi gives about 800 × 450 pixels, enough to see layout, colour and text. */
const DPI = 60;
/** At most this share of pixels may differ from the approved image (text anti-aliasing stays far below). */
const MAX_DIFFERENT = 0.02;

const comparison = presetComparison();
let dir: string;
let pdf: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'deck-visual-'));
  mkdirSync(RESULTS, { recursive: true });
}, 10_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the deck rendered (LibreOffice Impress)', () => {
  beforeAll(async () => {
    const path = join(dir, 'deck.pptx');
    writeFileSync(path, await buildPptx(comparison, options('zh-CN')));
    pdf = pptxToPdf(path);
  }, 180_000);

  const slides = () => deckOutline(comparison, options('zh-CN'));

  for (const [name, pick] of [
    ['title', () => 1],
    ['residents', () => slides().findIndex((s) => s.kind === 'chart' && s.chart.id === 'residents') + 1],
  ] as const) {
    it(`the ${name} slide matches its approved image`, () => {
      const page = pick();
      expect(page).toBeGreaterThan(0);
      const png = renderPdfPage(pdf, page, DPI);
      writeFileSync(join(RESULTS, `deck-${name}.zh-CN.png`), png);
      const image = decodePng(png);
      expect([Math.round(image.width / 10), Math.round(image.height / 10)]).toEqual([80, 45]);
      expect(inkShare(image)).toBeGreaterThan(0.02);
      expect(compareWithApproved(png, join(APPROVED, `deck-${name}.zh-CN.png`))).toBeLessThanOrEqual(MAX_DIFFERENT);
    });
  }
});

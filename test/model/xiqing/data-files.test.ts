/** The committed data files are what the scripts make from data/reference: nobody edits them by hand. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractWppRates, outputPath, wppDir } from '../../../scripts/build-rate-data';

describe('generated data files', () => {
  it('src/model/xiqing/data/wpp2024-china.json equals a fresh extraction from the WPP 2024 files', () => {
    const fresh = extractWppRates((f) => readFileSync(resolve(wppDir, f), 'utf8'));
    expect(JSON.parse(readFileSync(outputPath, 'utf8'))).toEqual(fresh);
  });
});

describe('documentation of defaults', () => {
  it('docs/data-sources.md lists every lever with its default', async () => {
    const { LEVER_IDS } = await import('../../../src/model/xiqing/levers/lever-specs');
    const doc = readFileSync(resolve(import.meta.dirname, '../../../docs/data-sources.md'), 'utf8');
    for (const id of LEVER_IDS) expect(doc, `lever ${id}`).toContain(`| \`${id}\` |`);
  });
});

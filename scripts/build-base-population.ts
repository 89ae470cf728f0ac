/**
 * Builds the 2020 base population of Xiqing from the reference census tables in
 * `<repo>/data/reference/` into `src/model/xiqing/data/base-population-2020.json`.
 *
 * Run: `npx tsx scripts/build-base-population.ts`. The output is committed; a test
 * (`test/model/xiqing/base-population.test.ts`) re-runs the pure core `buildBasePopulation` and compares,
 * so nobody edits the JSON by hand. Method and sources: `docs/data-sources.md`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBasePopulation } from './base-population/build';

export { buildBasePopulation } from './base-population/build';

export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
export const referenceDir = resolve(repoRoot, 'data/reference');
export const outputPath = resolve(repoRoot, 'src/model/xiqing/data/base-population-2020.json');

/** Reads a file of the reference folder. */
export const readReference = (file: string): string => readFileSync(resolve(referenceDir, file), 'utf8');

/** The JSON text as committed: two-space indentation, each age vector on one line. */
export function formatBaseJson(data: unknown): string {
  return (
    JSON.stringify(data, null, 2).replace(/\[\s*((?:-?[\d.e+-]+,\s*)*-?[\d.e+-]+)\s*\]/g, (_m, inner: string) => `[${inner.split(/,\s*/).join(',')}]`) +
    '\n'
  );
}

function main(): void {
  const data = buildBasePopulation(readReference);
  writeFileSync(outputPath, formatBaseJson(data));
  const f = data.figures;
  console.log(`wrote ${outputPath}`);
  console.log(
    `residents ${f.residents}; men ${(100 * f.maleShare).toFixed(4)}%; 0-14 ${(100 * f.share0to14).toFixed(4)}%, 15-64 ${(100 * f.share15to64).toFixed(4)}%, ` +
      `60+ ${(100 * f.share60plus).toFixed(4)}%, 65+ ${(100 * f.share65plus).toFixed(4)}%; local ${f.local}, tianjin ${f.tianjin}, outside ${f.outside}; students ${f.students}`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

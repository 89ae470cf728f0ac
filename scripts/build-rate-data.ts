/**
 * Extracts the WPP 2024 China figures the Xiqing model uses from `data/reference/wpp2024-china/`
 * into `src/model/xiqing/data/wpp2024-china.json`, so the pure model never reads files.
 *
 * Run: `npx tsx scripts/build-rate-data.ts`. The output is committed; a test re-runs `extractWppRates`
 * and compares, so nobody edits the JSON by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
export const wppDir = resolve(repoRoot, 'data/reference/wpp2024-china');
export const outputPath = resolve(repoRoot, 'src/model/xiqing/data/wpp2024-china.json');

type Table = { header: string[]; rows: string[][] };

function parseTsv(text: string): Table {
  const lines = text.trim().split(/\r?\n/).map((l) => l.split('\t'));
  return { header: lines[0], rows: lines.slice(1) };
}

/** Values of one column of an age-by-period table, in row order, with the row labels. */
function ageColumn(table: Table, column: string): { ages: string[]; values: number[] } {
  const c = table.header.indexOf(column);
  if (c < 0) throw new Error(`column ${column} not found`);
  return { ages: table.rows.map((r) => r[2]), values: table.rows.map((r) => Number(r[c])) };
}

/** One row (China) of a year-by-column table for the given years. */
function yearSeries(table: Table, years: number[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const y of years) {
    const c = table.header.indexOf(String(y));
    if (c < 0) throw new Error(`year ${y} not found`);
    out[y] = Number(table.rows[0][c]);
  }
  return out;
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/** Pure core: reference file contents in, the JSON object out. */
export function extractWppRates(read: (file: string) => string) {
  const t = (f: string) => parseTsv(read(f));
  const mxM = ageColumn(t('mxM5.CHN.tsv'), '2020-2025');
  const mxF = ageColumn(t('mxF5.CHN.tsv'), '2020-2025');
  const pasfr = t('percentASFR5.CHN.tsv');
  const pasfrCol = pasfr.header.indexOf('2020');
  return {
    source: 'UN World Population Prospects 2024, China (country code 156); extracted by scripts/build-rate-data.ts',
    grade: 'A',
    mortality: {
      period: '2020-2025',
      ageGroups: mxM.ages,
      mxMale: mxM.values,
      mxFemale: mxF.values,
    },
    fertilityPattern2020: {
      ageGroups: pasfr.rows.map((r) => r[2]),
      percentAsfr: pasfr.rows.map((r) => Number(r[pasfrCol])),
    },
    tfr: { ...yearSeries(t('tfr.CHN.tsv'), range(2009, 2023)), ...yearSeries(t('tfrprojMed.CHN.tsv'), range(2024, 2050)) },
    srb: yearSeries(t('sexRatio.CHN.tsv'), range(2020, 2050)),
    e0: {
      male: yearSeries(t('e0M.CHN.tsv'), [2020]),
      female: yearSeries(t('e0F.CHN.tsv'), [2020]),
      both: yearSeries(t('e0B.CHN.tsv'), [2020]),
      /** Both sexes 2009–2023: the backtest's mortality path and the 2023 COVID wave. */
      bothByYear: yearSeries(t('e0B.CHN.tsv'), range(2009, 2023)),
    },
    /** Deaths (thousands) 2009–2023: the size of the December 2022 – January 2023 wave. */
    deaths: yearSeries(t('deaths.CHN.tsv'), range(2009, 2023)),
  };
}

function main(): void {
  const data = extractWppRates((f) => readFileSync(resolve(wppDir, f), 'utf8'));
  writeFileSync(outputPath, JSON.stringify(data) + '\n');
  console.log(`wrote ${outputPath}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

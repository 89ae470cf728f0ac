/**
 * Readers for the reference CSV files the 2020 base population is built from (see
 * `data/reference/README.md`). Pure: they take the files' text, not paths.
 *
 * CSV parsing is csv-parse's (quoting, BOM, line endings); a row of the wrong width is an error.
 */
import { parse } from 'csv-parse/sync';

/** A parsed CSV: header and rows of strings. */
export interface CsvTable {
  header: string[];
  rows: string[][];
}

/** Parses a CSV with a header row; every row must be as wide as the header. */
export function parseCsv(text: string, file: string): CsvTable {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`, { cause: e });
  }
  const [header, ...rows] = records;
  rows.forEach((r, i) => {
    if (r.length !== header.length) throw new Error(`${file}: row ${i + 2} has ${r.length} fields, header has ${header.length}`);
  });
  return { header, rows };
}

function toCount(s: string, where: string): number {
  const v = Number(s.trim());
  if (s.trim() === '' || !Number.isFinite(v) || v < 0) throw new Error(`${where}: not a count: "${s}"`);
  return v;
}

/** Population by age group and sex of one area, persons. */
export interface AgeSexGroups {
  /** Group labels as in the file (`0`, `1-4`, `5-9`, …). */
  labels: string[];
  male: number[];
  female: number[];
}

/** The 2020 census table by age group and sex (`census2020_agesex_xiqing_tianjin_china.csv`). */
export interface Census2020AgeSex {
  /** Xiqing: 0, 1-4, 5-9 … 80-84, 85+ (19 groups; the file prints 85+ in the 85-89 row). */
  xiqing: AgeSexGroups;
  /** Tianjin: 0, 1-4, 5-9 … 95-99, 100+ (22 groups). */
  tianjin: AgeSexGroups;
  /** China: same groups as Tianjin. */
  china: AgeSexGroups;
}

/** Reads the 2020 census age-sex table of Xiqing, Tianjin and China. */
export function readCensus2020AgeSex(text: string): Census2020AgeSex {
  const file = 'census2020_agesex_xiqing_tianjin_china.csv';
  const t = parseCsv(text, file);
  const col = (name: string): number => {
    const c = t.header.indexOf(name);
    if (c < 0) throw new Error(`${file}: column ${name} missing`);
    return c;
  };
  const labels = t.rows.map((r) => r[0]);
  const expected = ['0', '1-4', ...Array.from({ length: 19 }, (_, i) => `${5 * (i + 1)}-${5 * (i + 1) + 4}`), '100+'];
  if (labels.join() !== expected.join()) throw new Error(`${file}: unexpected age groups ${labels.join(' ')}`);
  const area = (m: string, f: string): AgeSexGroups => ({
    labels,
    male: t.rows.map((r, i) => toCount(r[col(m)], `${file} ${m} ${labels[i]}`)),
    female: t.rows.map((r, i) => toCount(r[col(f)], `${file} ${f} ${labels[i]}`)),
  });
  // Xiqing stops at 85+, printed as "3983 (85+)" in the 85-89 row; the rows after it are empty.
  const i85 = labels.indexOf('85-89');
  const xiqingCell = (r: string[], c: number, i: number): number => {
    if (i < i85) return toCount(r[c], `${file} Xiqing ${labels[i]}`);
    const m = /^\s*(\d+)\s*\(85\+\)\s*$/.exec(r[c]);
    if (!m) throw new Error(`${file}: expected Xiqing 85+ as "N (85+)", got "${r[c]}"`);
    return Number(m[1]);
  };
  const xRows = t.rows.slice(0, i85 + 1);
  for (const r of t.rows.slice(i85 + 1)) {
    if (r[col('Xiqing_M')].trim() !== '' || r[col('Xiqing_F')].trim() !== '') throw new Error(`${file}: Xiqing values beyond 85+`);
  }
  const xiqing: AgeSexGroups = {
    labels: [...labels.slice(0, i85), '85+'],
    male: xRows.map((r, i) => xiqingCell(r, col('Xiqing_M'), i)),
    female: xRows.map((r, i) => xiqingCell(r, col('Xiqing_F'), i)),
  };
  return { xiqing, tianjin: area('Tianjin_M', 'Tianjin_F'), china: area('China_M', 'China_F') };
}

/** Field → value of one area's column in a field-per-row table (the yearbook or the 2010 row). */
export type FieldTable = Map<string, string>;

/** Reads one column (area) of a field-per-row table such as `census2020_yearbook_selected.csv`. */
export function readFieldColumn(text: string, file: string, column: string): FieldTable {
  const t = parseCsv(text, file);
  const c = t.header.indexOf(column);
  if (c < 0) throw new Error(`${file}: column ${column} missing`);
  const out: FieldTable = new Map();
  for (const r of t.rows) out.set(r[0].trim(), r[c]);
  return out;
}

/** A count field of a field table; the field name may be given in several spellings (the 2010 file mixes ( and （). */
export function fieldCount(table: FieldTable, file: string, ...names: string[]): number {
  for (const n of names) {
    const v = table.get(n);
    if (v !== undefined) return toCount(v, `${file} ${n}`);
  }
  throw new Error(`${file}: field ${names.join(' / ')} missing`);
}

/** One row of the 2010→2020 cohort residual (`xiqing_netmig_2010_2020_cohort_residual.csv`), persons. */
export interface CohortResidualRow {
  /** Age group in 2020, e.g. `60-64`. */
  age: string;
  male2020: number;
  maleExpected: number;
  maleNet: number;
  female2020: number;
  femaleExpected: number;
  femaleNet: number;
}

/** Reads the Xiqing 2010→2020 cohort residual (net migrants by cohort). */
export function readCohortResidual(text: string): CohortResidualRow[] {
  const file = 'xiqing_netmig_2010_2020_cohort_residual.csv';
  const t = parseCsv(text, file);
  const want = ['age_2020', 'M_2020', 'M_expected_from_2010_survived', 'M_net_migrants', 'F_2020', 'F_expected', 'F_net_migrants'];
  if (t.header.join() !== want.join()) throw new Error(`${file}: unexpected header ${t.header.join()}`);
  const num = (s: string, where: string): number => {
    const v = Number(s);
    if (s.trim() === '' || !Number.isFinite(v)) throw new Error(`${file} ${where}: not a number "${s}"`);
    return v;
  };
  return t.rows.map((r) => ({
    age: r[0],
    male2020: num(r[1], r[0]),
    maleExpected: num(r[2], r[0]),
    maleNet: num(r[3], r[0]),
    female2020: num(r[4], r[0]),
    femaleExpected: num(r[5], r[0]),
    femaleNet: num(r[6], r[0]),
  }));
}

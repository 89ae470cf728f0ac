/**
 * The "实际数据 / Observed" table as the user edits it: cells kept as typed text (so nothing typed is
 * lost while it is wrong), each checked with a message key, a tab-separated block pasted from Excel
 * turned into rows, and the table turned into an observations file only when every cell is right.
 */
import {
  MAX_OBSERVED_VALUE,
  MAX_OBSERVED_YEAR,
  MIN_OBSERVED_YEAR,
  type Observation,
  type ObservationsFile,
  OBSERVED_FIELDS,
  type ObservedField,
  sortedObservations,
  type TrustGrade,
} from '@model';
import { parseDisplayInput } from '../format/lever-format';

export interface DraftRow {
  /** Stable React key. */
  key: string;
  year: string;
  residents: string;
  hukouPopulation: string;
  births: string;
  deaths: string;
  source: string;
  grade: TrustGrade | '';
}

/** A cell's problem: an i18n key (actuals:observed.errors.*) and its values. */
export interface CellError {
  key: string;
  values?: Record<string, string | number>;
}

export type DraftColumn = 'year' | ObservedField;

let nextKey = 0;
const newKey = () => `row-${++nextKey}`;

export function emptyRow(year = ''): DraftRow {
  return { key: newKey(), year, residents: '', hukouPopulation: '', births: '', deaths: '', source: '', grade: '' };
}

/**
 * A figure as typed: digits with separators, full-width digits, or 万 (ten thousand) as Chinese
 * bulletins write them ("118.62万" = 1,186,200). Empty is "not given". Whole persons.
 */
export function parseFigure(text: string): { ok: true; value: number | undefined } | { ok: false; error: CellError } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  // 万/萬 (ten thousand) and 人 (persons), written as escapes: the renderer's Chinese text lives in locale files.
  const wan = /[\u4e07\u842c]\s*(\u4eba)?$/.test(trimmed);
  const number = parseDisplayInput(trimmed.replace(/[\u4e07\u842c]?\s*\u4eba?$/, ''));
  if (!Number.isFinite(number) || number < 0) return { ok: false, error: { key: 'number' } };
  const value = Math.round(wan ? number * 10_000 : number);
  if (value > MAX_OBSERVED_VALUE) return { ok: false, error: { key: 'tooLarge' } };
  return { ok: true, value };
}

function parseYear(text: string): number | null {
  // "2022年" or "2022年末" (year, year end).
  const n = parseDisplayInput(text.trim().replace(/\u5e74(\u672b)?$/, ''));
  return Number.isInteger(n) && n >= MIN_OBSERVED_YEAR && n <= MAX_OBSERVED_YEAR ? n : null;
}

/** Every cell's problem, by row key and column. */
export function draftErrors(rows: readonly DraftRow[]): Map<string, Partial<Record<DraftColumn, CellError>>> {
  const errors = new Map<string, Partial<Record<DraftColumn, CellError>>>();
  const seen = new Set<number>();
  for (const row of rows) {
    const e: Partial<Record<DraftColumn, CellError>> = {};
    const year = parseYear(row.year);
    if (year === null) e.year = { key: 'year' };
    else if (seen.has(year)) e.year = { key: 'duplicateYear', values: { year } };
    else seen.add(year);
    for (const f of OBSERVED_FIELDS) {
      const parsed = parseFigure(row[f]);
      if (!parsed.ok) e[f] = parsed.error;
    }
    if (Object.keys(e).length) errors.set(row.key, e);
  }
  return errors;
}

/** The table as an observations file, or null while any cell is wrong. Rows with no figure at all are left out. */
export function draftToFile(name: string, source: string, rows: readonly DraftRow[]): Omit<ObservationsFile, 'format' | 'version'> | null {
  if (draftErrors(rows).size) return null;
  const observations: Observation[] = [];
  for (const row of rows) {
    const o: Observation = { year: parseYear(row.year)! };
    for (const f of OBSERVED_FIELDS) {
      const parsed = parseFigure(row[f]);
      if (parsed.ok && parsed.value !== undefined) o[f] = parsed.value;
    }
    if (OBSERVED_FIELDS.every((f) => o[f] === undefined)) continue;
    if (row.source.trim()) o.source = row.source.trim();
    if (row.grade) o.grade = row.grade;
    observations.push(o);
  }
  return { name, source, observations: sortedObservations({ observations }) };
}

/** The rows of a file, for editing. */
export function fileToDraft(file: Pick<ObservationsFile, 'observations'>): DraftRow[] {
  return sortedObservations(file).map((o) => ({
    ...emptyRow(String(o.year)),
    ...Object.fromEntries(OBSERVED_FIELDS.map((f) => [f, o[f] === undefined ? '' : String(o[f])])),
    source: o.source ?? '',
    grade: o.grade ?? '',
  }));
}

/** The result of pasting a block: rows to merge, and per-line problems (line numbers from 1). */
export interface PasteResult {
  rows: DraftRow[];
  problems: CellError[];
}

/**
 * A block copied from Excel: one line per year, cells separated by tabs (a comma- or space-separated
 * line is accepted too), columns year, residents, hukou, births, deaths; blanks allowed. A first line
 * that does not start with a year is taken for a header and skipped. Values are kept as typed; the
 * table's own checks then mark any wrong cell.
 */
export function parsePastedBlock(text: string): PasteResult {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const rows: DraftRow[] = [];
  const problems: CellError[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const cells = (line.includes('\t') ? line.split('\t') : line.trim().split(/\s*[,\uff0c]\s*|\s{2,}|\s(?=\d)/)).map((c) => c.trim());
    if (parseYear(cells[0]) === null) {
      if (i === 0 || rows.length === 0) return; // a header line
      problems.push({ key: 'pasteYear', values: { line: i + 1, text: cells[0] } });
      return;
    }
    if (cells.length > 5 && cells.slice(5).some((c) => c !== '')) problems.push({ key: 'columns', values: { line: i + 1 } });
    const row = emptyRow(cells[0]);
    OBSERVED_FIELDS.forEach((f, k) => { row[f] = cells[k + 1] ?? ''; });
    rows.push(row);
  });
  return { rows, problems };
}

/** Pasted rows merged into the table: a pasted year replaces that year's row, new years are added; years in order. */
export function mergeRows(current: readonly DraftRow[], pasted: readonly DraftRow[]): DraftRow[] {
  const byYear = new Map<string, DraftRow>();
  const others: DraftRow[] = [];
  for (const r of current) {
    const y = parseYear(r.year);
    if (y === null) others.push(r);
    else byYear.set(String(y), r);
  }
  for (const r of pasted) {
    const y = String(parseYear(r.year));
    const old = byYear.get(y);
    byYear.set(y, old ? { ...r, key: old.key, source: old.source, grade: old.grade } : r);
  }
  const sorted = [...byYear.values()].sort((a, b) => Number(parseYear(a.year)) - Number(parseYear(b.year)));
  // Rows still being typed (no valid year yet) stay at the end, untouched.
  return [...sorted, ...others.filter((r) => r.year.trim() !== '' || OBSERVED_FIELDS.some((f) => r[f] !== ''))];
}

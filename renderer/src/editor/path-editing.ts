/**
 * What the per-year editor of a path-capable lever shows and does, without React: the rows of its
 * table (2021–2025, then the rule from 2026 on, and any earlier or later years a path lists), and the path that
 * results from editing one cell. Pure, so the rules are unit-tested.
 *
 * The table edits cell by cell: the first edit lists every year 2021–2025 explicitly (with the values
 * they already had, so nothing changes meaning) and then sets the edited year, so changing 2023 never
 * moves 2024. After the last listed year its value holds (the contract's rule); the "from 2026" row
 * shows that and can set a different level for the years after the plan period.
 */
import { isYearPath, type PathValue, valueInYear, type YearPath } from '@model';
import { clampDisplay, fromDisplay, parseDisplayInput, toDisplay, type ValueSpec } from '../format/lever-format';

/** The plan years the table always shows. */
export const TABLE_YEARS: readonly number[] = [2021, 2022, 2023, 2024, 2025];
/** The first year after the plan period: its row states the rule for every later year. */
export const RULE_YEAR = 2026;

/** One row of the table. */
export interface PathRow {
  year: number;
  /** The stored value in that year (listed, or held over from the year before). */
  value: number;
  /** Whether the path lists this year (false: the value is held over, shown muted). */
  listed: boolean;
  /** 'year' for a plan year; 'from' for a row whose value holds from that year on. */
  kind: 'year' | 'from';
  /** For a path: the listed year whose value this unlisted row holds (null for a constant or a listed row). */
  heldFrom: number | null;
}

/** The table's rows for a lever value (a constant shows as the same value in every row, none listed). */
export function pathRows(value: PathValue): PathRow[] {
  const byYear = isYearPath(value) ? value.byYear : {};
  const listedYears = Object.keys(byYear).map(Number).sort((a, b) => a - b);
  // Years a path lists outside the table's fixed rows get rows of their own: before 2021 (the census
  // year's last two months are 2020's) and after 2026.
  const earlier = listedYears.filter((y) => y < TABLE_YEARS[0]);
  const later = listedYears.filter((y) => y > RULE_YEAR);
  const years = [...earlier, ...TABLE_YEARS, RULE_YEAR, ...later];
  return years.map((year) => {
    const listed = Object.prototype.hasOwnProperty.call(byYear, String(year));
    // The latest listed year before this one; before the first listed year, the first one.
    const source = listedYears.filter((y) => y < year).at(-1) ?? listedYears[0];
    return {
      year,
      value: valueInYear(value, year),
      listed,
      kind: year >= RULE_YEAR ? 'from' : 'year',
      heldFrom: listed || source === undefined ? null : source,
    };
  });
}

/**
 * The path after setting `year` to `stored` (or, with null, removing a year after the plan period so
 * that the year before it holds on). Every plan year is listed in the result.
 */
export function withYear(value: PathValue, year: number, stored: number | null): YearPath {
  const byYear: Record<string, number> = isYearPath(value) ? { ...value.byYear } : {};
  for (const y of TABLE_YEARS) byYear[String(y)] = valueInYear(value, y);
  if (stored === null) {
    if (year > TABLE_YEARS[TABLE_YEARS.length - 1]) delete byYear[String(year)];
  } else {
    byYear[String(year)] = stored;
  }
  return { byYear };
}

/** What a typed cell means: a stored value, a removal (an empty "from" row), or why it cannot be used. */
export type CellInput =
  | { ok: true; stored: number | null }
  | { ok: false; problem: 'notANumber' | 'empty' }
  | { ok: false; problem: 'outOfRange'; min: number; max: number };

/**
 * Reads a cell's text in display units. Unlike the constant's number box, a value outside the range
 * is not clamped: the cell keeps what was typed and says what is allowed, so nothing typed is lost.
 */
export function readCell(spec: ValueSpec, text: string, kind: PathRow['kind']): CellInput {
  if (text.trim() === '') return kind === 'from' ? { ok: true, stored: null } : { ok: false, problem: 'empty' };
  const display = parseDisplayInput(text);
  if (Number.isNaN(display)) return { ok: false, problem: 'notANumber' };
  const min = toDisplay(spec, spec.min);
  const max = toDisplay(spec, spec.max);
  if (display < min || display > max) return { ok: false, problem: 'outOfRange', min, max };
  return { ok: true, stored: fromDisplay(spec, clampDisplay(spec, display)) };
}

/** The one number a path becomes when the user goes back to a single value: its 2025 (plan-year) value. */
export function constantOf(value: PathValue): number {
  return valueInYear(value, TABLE_YEARS[TABLE_YEARS.length - 1]);
}

/** Years the mini chart spans: the plan period and five years of the rule after it. */
export const SPARK_YEARS: readonly [number, number] = [2021, 2030];

/** The mini chart of a path: a step line through each year's value, and a dot on each listed year. */
export interface Sparkline {
  /** SVG path data of the step line, in a width × height box (y grows downwards). */
  d: string;
  dots: { x: number; y: number; year: number }[];
  /** Where the plan period ends (between 2025 and 2026), x. */
  planEndX: number;
}

/**
 * Draws `value` over {@link SPARK_YEARS} in a `width` × `height` box: each calendar year is a step as
 * wide as the box allows, the vertical scale runs from 0 (or the lowest value, if negative) to the
 * spec's range at the top, so lines of different levers and scenarios are comparable at a glance.
 */
export function sparkline(value: PathValue, spec: Pick<ValueSpec, 'min' | 'max'>, width: number, height: number): Sparkline {
  const [first, last] = SPARK_YEARS;
  const count = last - first + 1;
  const step = width / count;
  const values = Array.from({ length: count }, (_, i) => valueInYear(value, first + i));
  const low = Math.min(0, spec.min, ...values);
  const high = Math.max(...values) > 0 ? Math.max(...values) * 1.15 : spec.max;
  const y = (v: number) => Number((height - 1 - ((v - low) / (high - low || 1)) * (height - 2)).toFixed(2));
  const x = (i: number) => Number((i * step).toFixed(2));
  const parts = values.map((v, i) => `${i === 0 ? 'M' : 'L'}${x(i)},${y(v)} H${x(i + 1)}`);
  const listed = isYearPath(value) ? Object.keys(value.byYear).map(Number) : [];
  const dots = listed.filter((year) => year >= first && year <= last).map((year) => ({ year, x: x(year - first) + step / 2, y: y(valueInYear(value, year)) }));
  return { d: parts.join(' '), dots, planEndX: x(TABLE_YEARS[TABLE_YEARS.length - 1] - first + 1) };
}

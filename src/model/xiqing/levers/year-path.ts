/**
 * Per-year lever paths: a lever whose spec says `path: true` takes either one number (the same value in
 * every calendar year) or `{ byYear: { "2021": 12000, "2025": 10000 } }`.
 *
 * Resolution: the value in calendar year Y is the value of the latest listed year ≤ Y; years before the
 * first listed year take the first listed value; after the last listed year the last value holds. A user
 * who wants a return to a level writes that year explicitly.
 */

/** A value by calendar year (keys are 4-digit years as text, as JSON stores them). */
export interface YearPath {
  byYear: Readonly<Record<string, number>>;
}

/** A path-capable lever's value: a constant or a per-year path. */
export type PathValue = number | YearPath;

/** First and last calendar years a path may list (the model runs 2020–2050). */
export const PATH_FIRST_YEAR = 2000;
export const PATH_LAST_YEAR = 2100;

/** Whether `v` is a {@link YearPath} (an object with a `byYear` object). */
export function isYearPath(v: unknown): v is YearPath {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as YearPath).byYear === 'object' && (v as YearPath).byYear !== null;
}

/** The listed years of a path, ascending, with their values. */
export function pathPoints(p: YearPath): [number, number][] {
  return Object.entries(p.byYear)
    .map(([y, v]) => [Number(y), v] as [number, number])
    .sort((a, b) => a[0] - b[0]);
}

/** The years where a path's value changes, with the value from then on (listed years repeating the value before them left out). */
export function pathChanges(p: YearPath): [number, number][] {
  return pathPoints(p).filter(([, v], i, all) => i === 0 || v !== all[i - 1][1]);
}

/**
 * The value of `v` in calendar year `year` (see the module comment for the rule).
 * @param v a constant or a path with at least one listed year
 * @param year calendar year
 */
export function valueInYear(v: PathValue, year: number): number {
  if (typeof v === 'number') return v;
  let best = Number.NEGATIVE_INFINITY;
  let first = Number.POSITIVE_INFINITY;
  let bestValue = Number.NaN;
  let firstValue = Number.NaN;
  for (const key in v.byYear) {
    const y = Number(key);
    const value = v.byYear[key];
    if (y <= year && y > best) {
      best = y;
      bestValue = value;
    }
    if (y < first) {
      first = y;
      firstValue = value;
    }
  }
  return best > Number.NEGATIVE_INFINITY ? bestValue : firstValue;
}

/** Per path: its values by year for the last range asked and the points they were read from. */
const yearValues = new WeakMap<YearPath, { from: number; to: number; keys: string[]; points: number[]; values: readonly number[] }>();

/** Whether a path still has exactly the points recorded (no allocation: paths are checked on every run). */
function samePoints(byYear: Readonly<Record<string, number>>, keys: readonly string[], points: readonly number[]): boolean {
  let k = 0;
  for (const key in byYear) {
    if (k >= keys.length || key !== keys[k] || !Object.is(byYear[key], points[k])) return false;
    k++;
  }
  return k === keys.length;
}

/**
 * The values of `v` in the calendar years `from..to` (index year − from), by the rule of
 * {@link valueInYear}: the path's points are read once, so a run looks its years up without parsing
 * the path again each year. A path's values are kept (per path object, checked against its points on
 * every call, so a path changed in place is read afresh): a slider move of another lever parses no
 * path again. Read-only.
 */
export function valuesByYear(v: PathValue, from: number, to: number): readonly number[] {
  const out: number[] = [];
  if (typeof v === 'number') {
    for (let y = from; y <= to; y++) out.push(v);
    return out;
  }
  const kept = yearValues.get(v);
  if (kept && kept.from === from && kept.to === to && samePoints(v.byYear, kept.keys, kept.points)) return kept.values;
  const points = pathPoints(v);
  let k = -1; // the latest listed point ≤ y
  for (let y = from; y <= to; y++) {
    while (k + 1 < points.length && points[k + 1][0] <= y) k++;
    out.push(k >= 0 ? points[k][1] : points.length ? points[0][1] : Number.NaN);
  }
  const keys: string[] = [];
  const values: number[] = [];
  for (const key in v.byYear) {
    keys.push(key);
    values.push(v.byYear[key]);
  }
  yearValues.set(v, { from, to, keys, points: values, values: out });
  return out;
}

/** Whether two lever values mean the same thing in every year (a path listing one value equals that number). */
export function samePathValue(a: PathValue, b: PathValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  const pa = typeof a === 'number' ? [[PATH_FIRST_YEAR, a]] : pathPoints(a);
  const pb = typeof b === 'number' ? [[PATH_FIRST_YEAR, b]] : pathPoints(b);
  // Compare by the value in every year where either changes (and the first year of each).
  const years = new Set<number>([...pa.map((p) => p[0]), ...pb.map((p) => p[0]), PATH_FIRST_YEAR]);
  for (const y of years) if (valueInYear(a, y) !== valueInYear(b, y)) return false;
  return true;
}

/**
 * The value a scalar view of the lever shows (a card without a path editor, "what differs"): the value
 * in `year`, by default 2025 (the plan's target year).
 */
export function representativeValue(v: PathValue, year = 2025): number {
  return valueInYear(v, year);
}

/** A copy of a path value (paths are plain data; a copy keeps callers from sharing mutable objects). */
export function copyPathValue(v: PathValue): PathValue {
  return typeof v === 'number' ? v : { byYear: { ...v.byYear } };
}

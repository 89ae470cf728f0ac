/**
 * What a fitted lever does after the last observed year: the user's rule, written out as an ordinary
 * per-year path (so the fitted scenario needs nothing but the scenario format to run).
 *
 * - `hold`: the last fitted value holds from then on (a path's last listed value holds anyway);
 * - `mean`: from the year after the last observed year, the mean of the last `k` fitted values;
 * - `return`: from the last fitted value, straight back to the scenario's own path, reached in
 *   `byYear`; from then on the scenario's own values (each year written out, since a path cannot
 *   refer to another).
 */
import { valueInYear, type PathValue } from '../xiqing/levers/year-path';

export type ContinuationRule = { kind: 'hold' } | { kind: 'mean'; k: number } | { kind: 'return'; byYear: number };

/** Years after the last fitted one for which `return` writes the scenario's own values explicitly. */
function ownYearsAfter(own: PathValue, from: number, endYear: number): number[] {
  const years: number[] = [];
  for (let y = from; y <= endYear; y++) years.push(y);
  return years.filter((y, i) => i === 0 || valueInYear(own, y) !== valueInYear(own, y - 1));
}

/**
 * The path of one lever: the scenario's own values before the first fitted year, the fitted values in
 * the fitted years, then the rule.
 *
 * @param own the scenario's own value of the lever (constant or path)
 * @param fitted fitted values by calendar year (consecutive or not; years in between keep the previous fitted value)
 * @param firstYear first year of the run (2020)
 * @param endYear last year of the run
 */
export function fittedPath(own: PathValue, fitted: ReadonlyMap<number, number>, rule: ContinuationRule, firstYear: number, endYear: number): PathValue {
  const years = [...fitted.keys()].sort((a, b) => a - b);
  if (years.length === 0) return own;
  const byYear: Record<string, number> = {};
  // Before the first fitted year: the scenario's own values, written where they change.
  for (let y = firstYear; y < years[0]; y++) {
    if (y === firstYear || valueInYear(own, y) !== valueInYear(own, y - 1)) byYear[y] = valueInYear(own, y);
  }
  for (const y of years) byYear[y] = fitted.get(y)!;
  const last = years[years.length - 1];
  const lastValue = fitted.get(last)!;
  if (rule.kind === 'mean') {
    const recent = years.slice(-Math.max(1, Math.floor(rule.k))).map((y) => fitted.get(y)!);
    if (last < endYear) byYear[last + 1] = recent.reduce((a, b) => a + b, 0) / recent.length;
  } else if (rule.kind === 'return') {
    const target = Math.max(last + 1, Math.floor(rule.byYear));
    for (let y = last + 1; y < target && y <= endYear; y++) {
      const share = (y - last) / (target - last);
      byYear[y] = lastValue + share * (valueInYear(own, target) - lastValue);
    }
    for (const y of ownYearsAfter(own, target, Math.max(target, endYear))) byYear[y] = valueInYear(own, y);
  }
  return { byYear };
}

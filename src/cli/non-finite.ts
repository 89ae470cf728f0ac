/**
 * Finding a number that is not finite in a result before it is written: JSON would print it as null
 * and CSV as "Infinity", silently. Inputs within their rules can still overflow a double (a base
 * population of 1e308 that grows), so the CLI refuses such a result and names the cell.
 */

/** Path of the first non-finite number in `value` (depth-first, in key order), or undefined. Iterative. */
export function firstNonFinite(value: unknown): (string | number)[] | undefined {
  const pending: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (typeof next.value === 'number') {
      if (!Number.isFinite(next.value)) return next.path;
    } else if (typeof next.value === 'object' && next.value !== null) {
      const entries: [string | number, unknown][] = Array.isArray(next.value) ? next.value.map((v, i) => [i, v]) : Object.entries(next.value);
      for (let i = entries.length - 1; i >= 0; i--) pending.push({ value: entries[i][1], path: [...next.path, entries[i][0]] });
    }
  }
  return undefined;
}

/** ["population", "1953", "male", 4] → "population in 1953, male, age 4"; ["births", "1953", "female"] → "births in 1953, female". */
export function describeInputsCell(path: readonly (string | number)[]): string {
  const [what, year, sex, age] = path;
  return `${String(what)} in ${String(year)}, ${String(sex)}${age === undefined ? '' : `, age ${String(age)}`}`;
}

/** The sentence the CLI prints for a non-finite cell. */
export function overflowProblem(cell: string): string {
  return `${cell} is not a finite number: the projection overflowed (some input is too large); nothing was written`;
}

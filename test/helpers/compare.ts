/** Error measures for reference comparisons, with a running maximum to report. */

/** |actual − expected| / |expected| (absolute error when expected is 0). */
export function relErr(actual: number, expected: number): number {
  return expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
}

/** Largest relative error seen, and where, for a report line. */
export class MaxRelErr {
  value = 0;
  where = '';
  /** Records one comparison. NaN counts as an infinite error. */
  add(actual: number, expected: number, where: string): void {
    const e = relErr(actual, expected);
    if (!(e <= this.value)) {
      this.value = Number.isNaN(e) ? Infinity : e;
      this.where = where;
    }
  }
  /** Records every element of a vector. */
  addVector(actual: ArrayLike<number>, expected: ArrayLike<number>, where: string): void {
    if (actual.length !== expected.length) throw new Error(`${where}: length ${actual.length} ≠ ${expected.length}`);
    for (let i = 0; i < expected.length; i++) this.add(actual[i], expected[i], `${where}[${i}]`);
  }
  /** One line for the test log. */
  report(label: string): string {
    return `${label}: max relative error ${this.value.toExponential(2)} at ${this.where}`;
  }
}

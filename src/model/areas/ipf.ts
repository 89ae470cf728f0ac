/**
 * Iterative proportional fitting (raking) of a small non-negative matrix to row and column totals.
 * Used to give each area its own broad age structure while the areas still add up to the district in
 * every age group (docs/areas.md §4).
 */

/** Stop when every row total is within this relative distance of its target. */
const ROW_TOLERANCE = 1e-12;
/** Safety bound on sweeps; the small area × age-group tables converge in a few dozen. */
const MAX_SWEEPS = 500;

/**
 * Rakes `seed` (rows × cols, row-major, ≥ 0) so that row sums approach `rowTargets` and column sums
 * equal `colTargets` exactly (the last step of every sweep fits the columns). Row and column targets
 * should have the same grand total; if they do not, the columns win.
 *
 * A column whose seed is all zero but whose target is positive is filled in proportion to the row
 * targets first, so every column target can be met.
 *
 * @returns the fitted matrix (a new array)
 */
export function rake(seed: Float64Array, rows: number, cols: number, rowTargets: ArrayLike<number>, colTargets: ArrayLike<number>): Float64Array {
  const m = Float64Array.from(seed);
  const rowTotalAll = sumOf(rowTargets);
  for (let j = 0; j < cols; j++) {
    let c = 0;
    for (let i = 0; i < rows; i++) c += m[i * cols + j];
    if (c === 0 && colTargets[j] > 0) {
      for (let i = 0; i < rows; i++) m[i * cols + j] = rowTotalAll > 0 ? rowTargets[i] / rowTotalAll : 1 / rows;
    }
  }
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    for (let i = 0; i < rows; i++) {
      let r = 0;
      for (let j = 0; j < cols; j++) r += m[i * cols + j];
      const f = r > 0 ? rowTargets[i] / r : 0;
      for (let j = 0; j < cols; j++) m[i * cols + j] *= f;
    }
    fitColumns(m, rows, cols, colTargets);
    let worst = 0;
    for (let i = 0; i < rows; i++) {
      let r = 0;
      for (let j = 0; j < cols; j++) r += m[i * cols + j];
      const target = rowTargets[i];
      worst = Math.max(worst, target > 0 ? Math.abs(r - target) / target : r);
    }
    if (worst < ROW_TOLERANCE) break;
  }
  return m;
}

function fitColumns(m: Float64Array, rows: number, cols: number, colTargets: ArrayLike<number>): void {
  for (let j = 0; j < cols; j++) {
    let c = 0;
    for (let i = 0; i < rows; i++) c += m[i * cols + j];
    const f = c > 0 ? colTargets[j] / c : 0;
    for (let i = 0; i < rows; i++) m[i * cols + j] *= f;
  }
}

function sumOf(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}

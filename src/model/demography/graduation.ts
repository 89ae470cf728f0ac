/**
 * Graduation of 5-year age groups to single years of age with Sprague's fifth-difference osculatory
 * multipliers, group totals preserved.
 *
 * Method and coefficients: Sprague (1880); the multiplier table as printed in Shryock & Siegel,
 * *The Methods and Materials of Demography* (1973/1976), and Siegel & Swanson (eds., 2004, 2nd ed.),
 * Appendix C, p. 727 ("Sprague multipliers"); the same table is used by the UN Population Division's
 * tools (Buettner & Gerland's Sprague script) and by the DemoTools R package (`spragueExpand`).
 *
 * Panels: the first and second 5-year groups use the "first" and "second" end panels (coefficients
 * on groups 1..5), each interior group i uses the "middle" panel (groups i−2..i+2), and the last
 * two closed groups use the mirror images of the end panels (the last five closed groups). Every
 * panel's five rows sum, column by column, to 1 on the group being split and 0 on the others, so each
 * group total is preserved exactly (up to floating-point rounding); every row sums to 0.2, so a
 * flat series stays flat.
 *
 * Pure: no I/O, no Node or DOM APIs. Units: whatever the input counts are in (persons here).
 */

/** A 5×5 block of multipliers: `rows[k][j]` is the weight of input group j for single year k. */
export type SpragueBlock = readonly (readonly number[])[];

/** First panel: single ages 0..4 of group 1, weights on groups 1..5. */
export const SPRAGUE_FIRST: SpragueBlock = [
  [0.3616, -0.2768, 0.1488, -0.0336, 0.0],
  [0.264, -0.096, 0.04, -0.008, 0.0],
  [0.184, 0.04, -0.032, 0.008, 0.0],
  [0.12, 0.136, -0.072, 0.016, 0.0],
  [0.0704, 0.1968, -0.0848, 0.0176, 0.0],
];

/** Second panel: single ages 0..4 of group 2, weights on groups 1..5. */
export const SPRAGUE_SECOND: SpragueBlock = [
  [0.0336, 0.2272, -0.0752, 0.0144, 0.0],
  [0.008, 0.232, -0.048, 0.008, 0.0],
  [-0.008, 0.216, -0.008, 0.0, 0.0],
  [-0.016, 0.184, 0.04, -0.008, 0.0],
  [-0.0176, 0.1408, 0.0912, -0.0144, 0.0],
];

/** Middle panel: single ages 0..4 of group i, weights on groups i−2..i+2. */
export const SPRAGUE_MIDDLE: SpragueBlock = [
  [-0.0128, 0.0848, 0.1504, -0.024, 0.0016],
  [-0.0016, 0.0144, 0.2224, -0.0416, 0.0064],
  [0.0064, -0.0336, 0.2544, -0.0336, 0.0064],
  [0.0064, -0.0416, 0.2224, 0.0144, -0.0016],
  [0.0016, -0.024, 0.1504, 0.0848, -0.0128],
];

/** Mirror of a panel: reverses both the single ages and the groups. */
function mirror(block: SpragueBlock): SpragueBlock {
  return block
    .slice()
    .reverse()
    .map((row) => row.slice().reverse());
}

/** Next-to-last panel: single ages of the next-to-last closed group, weights on the last five closed groups. */
export const SPRAGUE_NEXT_TO_LAST: SpragueBlock = mirror(SPRAGUE_SECOND);

/** Last panel: single ages of the last closed group, weights on the last five closed groups. */
export const SPRAGUE_LAST: SpragueBlock = mirror(SPRAGUE_FIRST);

/** Minimum number of closed 5-year groups Sprague's panels need. */
export const SPRAGUE_MIN_GROUPS = 5;

function checkCounts(values: ArrayLike<number>, what: string): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`${what}[${i}] must be a finite count ≥ 0, got ${v}`);
  }
}

/**
 * Raw Sprague split of closed 5-year groups into single years (no repair of negatives).
 *
 * @param groups counts of consecutive closed 5-year groups (at least 5), persons
 * @returns 5 × groups.length single-year counts, persons; group sums equal the inputs, but values can
 *   be negative where the series is steep (use {@link graduateFiveYear} for non-negative output)
 */
export function spragueSplit(groups: ArrayLike<number>): Float64Array {
  const m = groups.length;
  if (m < SPRAGUE_MIN_GROUPS) throw new RangeError(`Sprague needs at least ${SPRAGUE_MIN_GROUPS} closed 5-year groups, got ${m}`);
  const out = new Float64Array(5 * m);
  for (let i = 0; i < m; i++) {
    let block: SpragueBlock;
    let first: number; // index of the group weighted by column 0 of the block
    if (i === 0) [block, first] = [SPRAGUE_FIRST, 0];
    else if (i === 1) [block, first] = [SPRAGUE_SECOND, 0];
    else if (i === m - 2) [block, first] = [SPRAGUE_NEXT_TO_LAST, m - 5];
    else if (i === m - 1) [block, first] = [SPRAGUE_LAST, m - 5];
    else [block, first] = [SPRAGUE_MIDDLE, i - 2];
    for (let k = 0; k < 5; k++) {
      let v = 0;
      for (let j = 0; j < 5; j++) v += block[k][j] * groups[first + j];
      out[5 * i + k] = v;
    }
    // Restore the group total exactly (the multipliers preserve it only up to rounding).
    let sum = 0;
    for (let k = 0; k < 5; k++) sum += out[5 * i + k];
    const drift = (groups[i] - sum) / 5;
    for (let k = 0; k < 5; k++) out[5 * i + k] += drift;
  }
  return out;
}

/**
 * Non-negative split of one 5-year group, used where Sprague gives a negative single year: a
 * geometric (log-linear) progression within the group, with the yearly ratio taken from the
 * neighbouring groups — (next / previous)^(1/10) for an interior group, (next / this)^(1/5) for the
 * first group, (this / previous)^(1/5) for the last; an even split if a needed neighbour is 0.
 * Always ≥ 0 and sums exactly to the group total.
 *
 * @param groups all closed 5-year groups, persons
 * @param i the group to split
 * @returns five single-year counts, persons
 */
export function geometricGroupSplit(groups: ArrayLike<number>, i: number): Float64Array {
  const g = groups[i];
  const prev = i > 0 ? groups[i - 1] : undefined;
  const next = i < groups.length - 1 ? groups[i + 1] : undefined;
  let ratio = 1;
  if (prev !== undefined && next !== undefined) ratio = prev > 0 && next > 0 ? (next / prev) ** (1 / 10) : 1;
  else if (next !== undefined) ratio = g > 0 && next > 0 ? (next / g) ** (1 / 5) : 1;
  else if (prev !== undefined) ratio = g > 0 && prev > 0 ? (g / prev) ** (1 / 5) : 1;
  const w = [1, ratio, ratio ** 2, ratio ** 3, ratio ** 4];
  const wSum = w.reduce((a, b) => a + b, 0);
  return Float64Array.from(w, (wk) => (g * wk) / wSum);
}

/** Result of a graduation: the single-year values and which groups needed the fallback. */
export interface GraduationResult {
  /** Single-year counts from the first group's lower age upwards, persons (open group last if given). */
  values: Float64Array;
  /** Indices of the closed 5-year groups whose Sprague split had a negative year and were re-split geometrically. */
  fallbackGroups: number[];
}

/** Options of {@link graduateFiveYear} and {@link graduateWithInfant}. */
export interface GraduationOptions {
  /**
   * How the last two closed groups are split when an open group follows them.
   * - `standard` (default): the end panels on the last five closed groups; the open group is not used
   *   (as in the published tables and DemoTools).
   * - `open-as-closed`: the open group enters the panels as if it were one more 5-year group (its own
   *   split is discarded, the open group is kept whole). The last closed group then gets the
   *   next-to-last panel and the one before it the middle panel, which avoids the end panel's
   *   upturn in a steeply falling tail (e.g. ages 97–99 rising above 95–96). Used when the open group
   *   is high and thin (100+), so that nearly all of it lies in the five years after its lower bound.
   */
  tail?: 'standard' | 'open-as-closed';
}

/**
 * Graduates closed 5-year groups (and an optional open group) to single years: Sprague multipliers,
 * and, for any group in which Sprague gives a negative single year (typically a steep, thin tail),
 * the {@link geometricGroupSplit} of that group instead. Group totals are preserved exactly and every
 * value is ≥ 0.
 *
 * @param groups closed consecutive 5-year groups (≥ 5), persons, all ≥ 0
 * @param openGroup count of the open group that follows the last closed group, persons; appended unchanged
 * @param options tail treatment, see {@link GraduationOptions}
 */
export function graduateFiveYear(groups: ArrayLike<number>, openGroup?: number, options: GraduationOptions = {}): GraduationResult {
  checkCounts(groups, 'groups');
  if (openGroup !== undefined) checkCounts([openGroup], 'openGroup');
  const m = groups.length;
  const withOpen = openGroup !== undefined && options.tail === 'open-as-closed';
  const panelGroups = withOpen ? [...Array.from(groups), openGroup] : groups;
  const raw = spragueSplit(panelGroups).subarray(0, 5 * m);
  const fallbackGroups: number[] = [];
  for (let i = 0; i < m; i++) {
    let negative = false;
    for (let k = 0; k < 5; k++) if (raw[5 * i + k] < 0) negative = true;
    if (!negative) continue;
    raw.set(geometricGroupSplit(panelGroups, i), 5 * i);
    fallbackGroups.push(i);
  }
  const values = new Float64Array(5 * m + (openGroup === undefined ? 0 : 1));
  values.set(raw);
  if (openGroup !== undefined) values[5 * m] = openGroup;
  return { values, fallbackGroups };
}

/**
 * Graduates a table whose first groups are 0 and 1–4 (as Chinese census tables publish them), then
 * 5–9, 10–14 … in 5-year groups, and optionally an open group.
 *
 * The 0 and 1–4 groups are added into a 0–4 group so that Sprague's panels apply to uniform 5-year
 * groups; then age 0 is set back to its published count and Sprague's ages 1–4 are rescaled
 * proportionally to the published 1–4 total. This is the `keep0` treatment of DemoTools' `graduate()`
 * (Riffe et al.); it keeps the census infant count and the shape Sprague gives to ages 1–4.
 *
 * @param age0 count at age 0, persons
 * @param ages1to4 count at ages 1–4, persons
 * @param groupsFrom5 closed 5-year groups 5–9, 10–14, … (at least 4), persons
 * @param openGroup optional open group after the last closed group, persons
 * @param options tail treatment, see {@link GraduationOptions}
 * @returns single years 0, 1, … (then the open group), persons; `fallbackGroups` indexes the 5-year
 *   groups counted from 0–4
 */
export function graduateWithInfant(
  age0: number,
  ages1to4: number,
  groupsFrom5: ArrayLike<number>,
  openGroup?: number,
  options: GraduationOptions = {},
): GraduationResult {
  checkCounts([age0, ages1to4], 'infant groups');
  const groups = [age0 + ages1to4, ...Array.from(groupsFrom5)];
  const result = graduateFiveYear(groups, openGroup, options);
  const v = result.values;
  let s14 = v[1] + v[2] + v[3] + v[4];
  if (s14 <= 0 && ages1to4 > 0) {
    // Sprague left nothing for ages 1–4 (can only happen with a degenerate age 0): split 1–4 evenly.
    for (let x = 1; x <= 4; x++) v[x] = 1;
    s14 = 4;
  }
  for (let x = 1; x <= 4; x++) v[x] = s14 > 0 ? (v[x] * ages1to4) / s14 : 0;
  v[0] = age0;
  return result;
}

/**
 * Splits an open age group into sub-groups in proportion to a reference population's sub-groups
 * (e.g. Xiqing's 85+ in the shape of Tianjin's 85–89, 90–94, 95–99, 100+).
 *
 * @param total the open group to split, persons
 * @param reference the reference population's counts in the same sub-groups, persons (sum > 0)
 * @returns the sub-group counts, persons; they sum to `total`
 */
export function splitByReference(total: number, reference: ArrayLike<number>): Float64Array {
  checkCounts([total], 'total');
  checkCounts(reference, 'reference');
  let sum = 0;
  for (let i = 0; i < reference.length; i++) sum += reference[i];
  if (!(sum > 0)) throw new RangeError('reference groups must have a positive total');
  return Float64Array.from(reference, (r) => (total * r) / sum);
}

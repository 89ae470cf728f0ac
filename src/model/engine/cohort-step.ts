/**
 * The arithmetic of one annual cohort-component step for one sex of one state, on flat typed
 * arrays with offsets (no views, no allocation). The order of operations and the floating-point
 * expressions follow the UN's `project_ccmpp_z_by_z` (WPP 2019), so that results agree with the
 * UN run to rounding, not just to the formula.
 *
 * Every function works on the block of `n = openAge + 1` cells starting at an offset.
 */

/** Mutable counter shared by the step functions (one per projection, reset never). */
export interface CapCounter {
  /** Cells where net emigration exceeded the population and was capped at it. */
  caps: number;
}

/**
 * Adds migrants `share · m[x]` to `pop[off + x]` for ages x in [from, to), capping net emigration at the
 * cell so a count never goes negative (the UN caps too; capping to exactly zero rather than to the
 * UN's 0.0005 keeps the demographic balance exact with the counts actually applied).
 *
 * @param share 1 for all migrants, 0.5 for one half under the "even" timing
 * @returns net migrants actually added, persons
 */
export function addMigrants(
  pop: Float64Array,
  off: number,
  m: Float64Array,
  share: number,
  from: number,
  to: number,
  counter: CapCounter,
): number {
  let added = 0;
  for (let x = from; x < to; x++) {
    let h = m[x] * share; // exact for share 1 and 0.5 (powers of two), as the UN's M/2
    const have = pop[off + x];
    if (h < -have) {
      h = -have;
      counter.caps++;
    }
    pop[off + x] = have + h;
    added += h;
  }
  return added;
}

/**
 * Survives the start population `src[srcOff..]` one year into `dst[dstOff + 1..]`:
 * dst[x] = src[x−1] − (1 − S[x])·src[x−1] for 1 ≤ x < open, and the open group receives
 * (src[open−1] + src[open]) survived with S[open]. dst[0] is left to the births.
 *
 * @param s survival ratios, UN index convention
 * @returns deaths among the start population, persons
 */
export function surviveBlock(
  src: Float64Array,
  srcOff: number,
  s: Float64Array,
  dst: Float64Array,
  dstOff: number,
  n: number,
): number {
  const open = n - 1;
  let deaths = 0;
  for (let x = 1; x < open; x++) {
    const p = src[srcOff + x - 1];
    // UN form "P − (1 − S)·P" rather than "S·P": it is what their outputs were computed with.
    const d = (1 - s[x]) * p;
    dst[dstOff + x] = p - d;
    deaths += d;
  }
  const pOpen = src[srcOff + open - 1] + src[srcOff + open];
  const dOpen = (1 - s[open]) * pOpen;
  dst[dstOff + open] = pOpen - dOpen;
  return deaths + dOpen;
}

/**
 * Births in the step to the women of one block: Σ ASFR[x] · (W_start[x] + W_end[x]) / 2 over
 * 1 ≤ x < open. Ages 0 and open bear no children by convention (the UN forces them to zero).
 *
 * @param asfr births per woman per year by age at the start of the step
 * @returns births, persons (both sexes)
 */
export function birthsToWomen(
  asfr: Float64Array,
  start: Float64Array,
  startOff: number,
  end: Float64Array,
  endOff: number,
  n: number,
): number {
  let births = 0;
  for (let x = 1; x < n - 1; x++) births += (asfr[x] * (start[startOff + x] + end[endOff + x])) / 2;
  return births;
}

/**
 * Female births out of `births` for a sex ratio at birth `srb` (males per female). Written as
 * B·(1/(1+SRB)) like the UN code, which is B/(1+SRB) up to the last bit.
 */
export function femaleBirths(births: number, srb: number): number {
  return births * (1 / (1 + srb));
}

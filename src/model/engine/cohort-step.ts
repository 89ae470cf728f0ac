/**
 * The arithmetic of one annual cohort-component step for one sex of one state, on flat typed
 * arrays with offsets (no views, no allocation). The order of operations and the floating-point
 * expressions follow the UN's `project_ccmpp_z_by_z` (WPP 2019), so that results agree with the
 * UN run to rounding, not just to the formula.
 *
 * Every function works on the block of `n = openAge + 1` cells starting at an offset. Under the
 * "even" timing the rates and migrant counts are checked in {@link evenTimingBlock} on the reads the
 * arithmetic does anyway; under "end" the engine checks the survival ratios and ASFR once per distinct
 * vector and step ({@link countOutOfRange}) and {@link addMigrants} the migrant counts. Anything found sets {@link StepCounter.bad}, and the engine then
 * runs the full check (validate-inputs.ts), which names the step, state and age.
 */

/** Mutable counters shared by the step functions (one per projection). */
export interface StepCounter {
  /** Cells where net emigration exceeded the population and was capped at it. */
  caps: number;
  /** Input values read outside their range since the last reset (0 when every value was in range). */
  bad: number;
}

/** The largest finite number: ranges [−MAX, MAX] reject ±Infinity and NaN. */
const MAX = Number.MAX_VALUE;

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
  counter: StepCounter,
): number {
  let added = 0;
  let bad = 0;
  for (let x = from; x < to; x++) {
    const mx = m[x];
    if (!(mx >= -MAX && mx <= MAX)) bad++;
    let h = mx * share; // exact for share 1 and 0.5 (powers of two), as the UN's M/2
    const have = pop[off + x];
    if (h < -have) {
      h = -have;
      counter.caps++;
    }
    pop[off + x] = have + h;
    added += h;
  }
  if (bad) counter.bad += bad;
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
 * One block (one sex of one state) of a step under the "even" timing, in one pass over the ages: the
 * first half of the migrants joins the start population (capped at the cell), the start population
 * survives one year, the second half joins the end population (ages ≥ 1, capped), and for a female
 * block the births Σ ASFR[x]·(W_start[x] + W_end[x])/2 are summed. Every value is computed with the
 * same expressions and in the same order as {@link addMigrants}, {@link surviveBlock} and
 * {@link birthsToWomen} called in turn (so results are identical to the bit), without the start
 * population's scratch copy and with one read of each input instead of four passes.
 *
 * An outflow given as a rate on the stock (`outRate` × `intensity`, see StepRates.outflow) is taken off
 * the migrants in the same pass: at age x the net migrants are m[x] − outRate·intensity[x]·P(x−1)
 * (the open group: × (P(open−1) + P(open))), the expressions {@link netOfOutflow} uses. With
 * `outRate` 0 the migrants are m itself.
 *
 * The block's survival ratios (in [0, 1]), outflow intensity and, for a female block, ASFR (finite,
 * ≥ 0) are range-checked at every age on the reads the arithmetic makes anyway (the comparisons run
 * beside the sums, so they cost about nothing, where a separate pass over each vector did).
 *
 * Non-finite migrant counts are caught without a test per age: NaN and +∞ carry into the sum of the
 * first half, and −∞ is always capped (the only place it is looked for).
 *
 * @param pop the projection's populations (start and end of the step in one array: each distinct array
 *   a loop touches costs every access a check and loads in optimised code)
 * @param from where the block's start-of-step population begins in `pop` (not modified)
 * @param to where the block's end-of-step population begins in `pop`: ages 1..open are written (age 0 is
 *   left to the births)
 * @param asfr the women's ASFR for a female block; undefined for a male block
 * @param deaths,migration per-block flows; `deaths[b]` and `migration[b]` are added to
 * @param outRate,intensity the block's outflow rate and its age intensity (outRate 0: no outflow)
 * @param outflow per-block emigrants; `outflow[b]` is set, persons
 * @returns births to the block's women, persons (0 for a male block)
 */
export function evenTimingBlock(
  pop: Float64Array,
  from: number,
  to: number,
  n: number,
  m: Float64Array,
  s: Float64Array,
  asfr: Float64Array | undefined,
  b: number,
  deaths: Float64Array,
  migration: Float64Array,
  counter: StepCounter,
  outRate: number,
  intensity: Float64Array,
  outflow: Float64Array,
): number {
  const open = n - 1;
  // A local copy of the bound: a module-level constant is read from the module's context on every use.
  const max = MAX;
  let caps = 0;
  let left = 0;
  let infinite = 0;
  // Rates read outside their range (survival and intensity at every age, ASFR at every age of a female block).
  let outOfRange = 0;
  const s0 = s[0];
  const i0 = intensity[0];
  if (!(s0 >= 0 && s0 <= 1) || !(i0 >= 0 && i0 <= max)) outOfRange++;
  if (asfr !== undefined && (!(asfr[0] >= 0 && asfr[0] <= max) || !(asfr[open] >= 0 && asfr[open] <= max))) outOfRange++;
  let firstHalf = 0;
  let secondHalf = 0;
  let died = 0;
  let births = 0;
  // Age 0: only the first half of its migrants (it survives into age 1; the newborns fill age 0).
  let mx = m[0];
  let h = mx * 0.5;
  let have = pop[from];
  if (h < -have) {
    if (h === -Infinity) infinite++;
    h = -have;
    caps++;
  }
  let previous = have + h; // the start population (with its first half) one age below
  let below = have; // the start population one age below, before any migrant joined
  firstHalf += h;
  for (let x = 1; x < open; x++) {
    const ix = intensity[x];
    const sx = s[x];
    if (!(ix >= 0 && ix <= max) || !(sx >= 0 && sx <= 1)) outOfRange++;
    const leaving = outRate * ix * below;
    left += leaving;
    mx = m[x] - leaving;
    h = mx * 0.5;
    have = pop[from + x];
    below = have;
    if (h < -have) {
      if (h === -Infinity) infinite++;
      h = -have;
      caps++;
    }
    const start = have + h;
    firstHalf += h;
    // UN form "P − (1 − S)·P" rather than "S·P": it is what their outputs were computed with.
    const d = (1 - sx) * previous;
    const survived = previous - d;
    died += d;
    let h2 = mx * 0.5;
    if (h2 < -survived) {
      h2 = -survived;
      caps++;
    }
    const end = survived + h2;
    pop[to + x] = end;
    secondHalf += h2;
    if (asfr !== undefined) {
      const ax = asfr[x];
      if (!(ax >= 0 && ax <= max)) outOfRange++;
      births += (ax * (start + end)) / 2;
    }
    previous = start;
  }
  // The open group: those reaching it and those already in it survive with S[open].
  have = pop[from + open];
  const iOpen = intensity[open];
  const sOpen = s[open];
  if (!(iOpen >= 0 && iOpen <= max) || !(sOpen >= 0 && sOpen <= 1)) outOfRange++;
  const leavingOpen = outRate * iOpen * (below + have);
  left += leavingOpen;
  mx = m[open] - leavingOpen;
  h = mx * 0.5;
  if (h < -have) {
    if (h === -Infinity) infinite++;
    h = -have;
    caps++;
  }
  firstHalf += h;
  const pOpen = previous + (have + h);
  const dOpen = (1 - sOpen) * pOpen;
  const survivedOpen = pOpen - dOpen;
  let h2 = mx * 0.5;
  if (h2 < -survivedOpen) {
    h2 = -survivedOpen;
    caps++;
  }
  pop[to + open] = survivedOpen + h2;
  secondHalf += h2;
  migration[b] += firstHalf;
  deaths[b] += died + dOpen;
  migration[b] += secondHalf;
  outflow[b] = left;
  counter.caps += caps;
  // A sum that is not finite means a NaN or +∞ among the migrants (or, harmlessly, an overflow:
  // the full check then finds nothing and the step stands).
  if (infinite > 0 || !(firstHalf - firstHalf === 0)) counter.bad++;
  counter.bad += outOfRange;
  return births;
}

/**
 * Net migrants of one block with an outflow taken off (see StepRates.outflow), written to `dst[0..n)`:
 * m[x] − rate·intensity[x]·P(x−1) for 1 ≤ x < open, the open group's outflow on P(open−1) + P(open),
 * m[0] unchanged; P is `start[off..]`. The expressions are those of {@link evenTimingBlock}.
 *
 * @returns the persons leaving
 */
export function netOfOutflow(
  m: Float64Array,
  rate: number,
  intensity: Float64Array,
  start: Float64Array,
  off: number,
  n: number,
  dst: Float64Array,
  dstOff: number,
): number {
  let left = 0;
  dst[dstOff] = m[0];
  for (let x = 1; x < n - 1; x++) {
    const leaving = rate * intensity[x] * start[off + x - 1];
    dst[dstOff + x] = m[x] - leaving;
    left += leaving;
  }
  const leaving = rate * intensity[n - 1] * (start[off + n - 2] + start[off + n - 1]);
  dst[dstOff + n - 1] = m[n - 1] - leaving;
  return left + leaving;
}

/**
 * How many values of `v` lie outside [lo, hi] (NaN counts as outside). The engine checks each
 * distinct survival and ASFR vector of a step with this once, however many states share it.
 */
export function countOutOfRange(v: Float64Array, lo: number, hi: number): number {
  let bad = 0;
  for (let x = 0; x < v.length; x++) {
    const value = v[x];
    if (!(value >= lo && value <= hi)) bad++;
  }
  return bad;
}

/**
 * Female births out of `births` for a sex ratio at birth `srb` (males per female). Written as
 * B·(1/(1+SRB)) like the UN code, which is B/(1+SRB) up to the last bit.
 */
export function femaleBirths(births: number, srb: number): number {
  return births * (1 / (1 + srb));
}

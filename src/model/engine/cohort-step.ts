/**
 * The arithmetic of one annual cohort-component step for one state (or one sex of it), on flat typed
 * arrays with offsets (no views, no allocation). The order of operations and the floating-point
 * expressions follow the UN's `project_ccmpp_z_by_z` (WPP 2019), so that results agree with the
 * UN run to rounding, not just to the formula.
 *
 * Every function works on the block of `n = openAge + 1` cells starting at an offset ({@link evenTimingState}
 * on a state's two blocks, male then female). Under the
 * "even" timing the rates and migrant counts are checked in {@link evenTimingState} on the reads the
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
 * One state (both sexes) of a step under the "even" timing, in one pass over the ages: in each sex's
 * block the first half of the migrants joins the start population (capped at the cell), the start
 * population survives one year, the second half joins the end population (ages ≥ 1, capped), and the
 * births Σ ASFR[x]·(W_start[x] + W_end[x])/2 to the women are summed. Every value is computed with the
 * same expressions and in the same order as {@link addMigrants}, {@link surviveBlock} and
 * {@link birthsToWomen} called in turn on each block (so results are identical to the bit), without the
 * start population's scratch copy and with one read of each input instead of four passes. The two sexes
 * share the loop: the intensity is read once for both, and the two blocks' sums (each a chain of
 * dependent adds) proceed side by side.
 *
 * An outflow given as a rate on the stock (`outRate` × `intensity`, see StepRates.outflow) is taken off
 * the migrants in the same pass: at age x the net migrants are m[x] − outRate·intensity[x]·P(x−1)
 * (the open group: × (P(open−1) + P(open))), the expressions {@link netOfOutflow} uses. With
 * `outRate` 0 the migrants are m itself.
 *
 * The survival ratios (in [0, 1]), outflow intensity and ASFR (finite, ≥ 0) are range-checked at every
 * age on the reads the arithmetic makes anyway (the comparisons run beside the sums, so they cost about
 * nothing, where a separate pass over each vector did).
 *
 * Non-finite migrant counts are caught without a test per age: NaN and +∞ carry into the sums of the
 * first halves, and −∞ is always capped (the only place it is looked for).
 *
 * @param pop the projection's populations (start and end of the step in one array: each distinct array
 *   a loop touches costs every access a check and loads in optimised code)
 * @param from where the state's start-of-step population begins in `pop` (male block, then female; not modified)
 * @param to where the state's end-of-step population begins in `pop`: ages 1..open of both blocks are
 *   written (age 0 is left to the births)
 * @param n ages per block (openAge + 1)
 * @param mMale,mFemale net migrants by age, persons
 * @param sMale,sFemale survival ratios, UN index convention
 * @param asfr the women's ASFR, births per woman per year
 * @param b the male block's index (the female block is b + 1)
 * @param deaths,migration per-block flows; entries b and b + 1 are added to, persons
 * @param outRate,intensity the state's outflow rate (a fraction a year) and its age intensity (outRate 0: no outflow)
 * @param outflow per-block emigrants; entries b and b + 1 are set, persons
 * @returns births to the state's women, persons
 */
export function evenTimingState(
  pop: Float64Array,
  from: number,
  to: number,
  n: number,
  mMale: Float64Array,
  mFemale: Float64Array,
  sMale: Float64Array,
  sFemale: Float64Array,
  asfr: Float64Array,
  b: number,
  deaths: Float64Array,
  migration: Float64Array,
  counter: StepCounter,
  outRate: number,
  intensity: Float64Array,
  outflow: Float64Array,
): number {
  const open = n - 1;
  const fromF = from + n;
  const toF = to + n;
  // A local copy of the bound: a module-level constant is read from the module's context on every use.
  const max = MAX;
  // The rate as a float once, here: used only inside the loop, it would be unboxed there on every age.
  const rate = outRate + 0;
  let caps = 0;
  let infinite = 0;
  // Rates read outside their range (survival, intensity and ASFR at every age).
  let outOfRange = 0;
  if (!(sMale[0] >= 0 && sMale[0] <= 1) || !(sFemale[0] >= 0 && sFemale[0] <= 1) || !(intensity[0] >= 0 && intensity[0] <= max)) outOfRange++;
  if (!(asfr[0] >= 0 && asfr[0] <= max) || !(asfr[open] >= 0 && asfr[open] <= max)) outOfRange++;
  let leftM = 0;
  let leftF = 0;
  let firstM = 0;
  let firstF = 0;
  let secondM = 0;
  let secondF = 0;
  let diedM = 0;
  let diedF = 0;
  let births = 0;
  // Age 0: only the first half of its migrants (it survives into age 1; the newborns fill age 0).
  let haveM = pop[from];
  let hM = mMale[0] * 0.5;
  if (hM < -haveM) {
    if (hM === -Infinity) infinite++;
    hM = -haveM;
    caps++;
  }
  let haveF = pop[fromF];
  let hF = mFemale[0] * 0.5;
  if (hF < -haveF) {
    if (hF === -Infinity) infinite++;
    hF = -haveF;
    caps++;
  }
  // The start population (with its first half) one age below, and before any migrant joined.
  let previousM = haveM + hM;
  let previousF = haveF + hF;
  let belowM = haveM;
  let belowF = haveF;
  firstM += hM;
  firstF += hF;
  for (let x = 1; x < open; x++) {
    const ix = intensity[x];
    const sxM = sMale[x];
    const sxF = sFemale[x];
    const ax = asfr[x];
    if (!(ix >= 0 && ix <= max) || !(sxM >= 0 && sxM <= 1) || !(sxF >= 0 && sxF <= 1) || !(ax >= 0 && ax <= max)) outOfRange++;
    // Men.
    const leavingM = rate * ix * belowM;
    leftM += leavingM;
    const mxM = mMale[x] - leavingM;
    hM = mxM * 0.5;
    haveM = pop[from + x];
    belowM = haveM;
    if (hM < -haveM) {
      if (hM === -Infinity) infinite++;
      hM = -haveM;
      caps++;
    }
    const startM = haveM + hM;
    firstM += hM;
    // UN form "P − (1 − S)·P" rather than "S·P": it is what their outputs were computed with.
    const dM = (1 - sxM) * previousM;
    const survivedM = previousM - dM;
    diedM += dM;
    let h2M = mxM * 0.5;
    if (h2M < -survivedM) {
      h2M = -survivedM;
      caps++;
    }
    pop[to + x] = survivedM + h2M;
    secondM += h2M;
    previousM = startM;
    // Women: the same, and the births.
    const leavingF = rate * ix * belowF;
    leftF += leavingF;
    const mxF = mFemale[x] - leavingF;
    hF = mxF * 0.5;
    haveF = pop[fromF + x];
    belowF = haveF;
    if (hF < -haveF) {
      if (hF === -Infinity) infinite++;
      hF = -haveF;
      caps++;
    }
    const startF = haveF + hF;
    firstF += hF;
    const dF = (1 - sxF) * previousF;
    const survivedF = previousF - dF;
    diedF += dF;
    let h2F = mxF * 0.5;
    if (h2F < -survivedF) {
      h2F = -survivedF;
      caps++;
    }
    const endF = survivedF + h2F;
    pop[toF + x] = endF;
    secondF += h2F;
    births += (ax * (startF + endF)) / 2;
    previousF = startF;
  }
  // The open group: those reaching it and those already in it survive with S[open].
  const iOpen = intensity[open];
  const sOpenM = sMale[open];
  const sOpenF = sFemale[open];
  if (!(iOpen >= 0 && iOpen <= max) || !(sOpenM >= 0 && sOpenM <= 1) || !(sOpenF >= 0 && sOpenF <= 1)) outOfRange++;
  const badM = closeEvenBlock(pop, from, to, open, mMale, iOpen, sOpenM, outRate, belowM, previousM, leftM, firstM, secondM, diedM, b, deaths, migration, outflow, counter);
  const badF = closeEvenBlock(pop, fromF, toF, open, mFemale, iOpen, sOpenF, outRate, belowF, previousF, leftF, firstF, secondF, diedF, b + 1, deaths, migration, outflow, counter);
  counter.caps += caps;
  // A sum that is not finite means a NaN or +∞ among the migrants (or, harmlessly, an overflow:
  // the full check then finds nothing and the step stands).
  if (infinite > 0 || badM || badF) counter.bad++;
  counter.bad += outOfRange;
  return births;
}

/**
 * The open group of one block of {@link evenTimingState}, after its pass over the younger ages: the
 * block's last age (those reaching it and those already in it survive with S[open]), then its sums
 * written to the per-block flows — the pass's expressions, in its order. Caps are added to the counter.
 *
 * @param below,previous the start population one age below the open group, before and with its first half
 * @param left,first,second,died the block's sums over the younger ages (outflow, each half of the migrants, deaths)
 * @returns whether the migrants held a NaN or ±∞ (the first half's sum is not finite, or −∞ was capped here)
 */
function closeEvenBlock(
  pop: Float64Array,
  from: number,
  to: number,
  open: number,
  m: Float64Array,
  iOpen: number,
  sOpen: number,
  outRate: number,
  below: number,
  previous: number,
  left: number,
  first: number,
  second: number,
  died: number,
  b: number,
  deaths: Float64Array,
  migration: Float64Array,
  outflow: Float64Array,
  counter: StepCounter,
): boolean {
  const have = pop[from + open];
  const leaving = outRate * iOpen * (below + have);
  const mOpen = m[open] - leaving;
  let h = mOpen * 0.5;
  let infinite = false;
  if (h < -have) {
    infinite = h === -Infinity;
    h = -have;
    counter.caps++;
  }
  const firstHalf = first + h;
  const pOpen = previous + (have + h);
  const dOpen = (1 - sOpen) * pOpen;
  const survivedOpen = pOpen - dOpen;
  let h2 = mOpen * 0.5;
  if (h2 < -survivedOpen) {
    h2 = -survivedOpen;
    counter.caps++;
  }
  pop[to + open] = survivedOpen + h2;
  migration[b] += firstHalf;
  deaths[b] += died + dOpen;
  migration[b] += second + h2;
  outflow[b] = left + leaving;
  return infinite || !(firstHalf - firstHalf === 0);
}

/**
 * Net migrants of one block with an outflow taken off (see StepRates.outflow), written to `dst[0..n)`:
 * m[x] − rate·intensity[x]·P(x−1) for 1 ≤ x < open, the open group's outflow on P(open−1) + P(open),
 * m[0] unchanged; P is `start[off..]`. The expressions are those of {@link evenTimingState}.
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

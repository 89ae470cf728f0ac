/**
 * Multi-state, two-sex, female-dominant cohort-component projection by single year of age, in the
 * UN WPP 2019 conventions (`data/reference/validation/README.md`).
 *
 * One step t → t+1, for every state with its own rates:
 * 1. "even" timing only: half of the net migrants join the start population at their age index
 *    (net emigration capped at the cell).
 * 2. Survival: P(x−1) moves to x with S[x]; the open group receives P(open−1) + P(open) with S[open].
 * 3. "even" timing only: the other half of the migrants join the end population (ages ≥ 1), *before*
 *    births, so both halves count in the women's exposure.
 * 4. Births: Σ ASFR[x]·(W_start[x] + W_end[x])/2 over 1 ≤ x < open; female births B/(1+SRB).
 *    The newborns join state `birthState[s]` (default: the mother's state) and survive with that
 *    state's S[0]; under "even" half of M[0] joins them.
 * 5. "end" timing only: all net migrants join the end population at their age index, incl. age 0.
 * 6. Transfers between states, once, on the end-of-step populations (see `transfers.ts`).
 * A state's net migrants may include an outflow given as a rate on its start-of-step population
 * (`StepRates.outflow`), taken off the migrant counts age by age in the same pass.
 *
 * Accounting per state and sex: births are counted in the state the newborns join, deaths are the
 * start population's and the newborns' deaths in the step, net migration is what was actually added
 * after caps, so P(t+1) = P(t) + B − D + M + transfers in − transfers out holds to rounding.
 *
 * Pure and deterministic. Memory: one buffer per projection holds every output (populations, flows)
 * and the scratch; the per-year arrays of the result are views into it.
 */
import { addMigrants, birthsToWomen, countOutOfRange, evenTimingState, femaleBirths, netOfOutflow, surviveBlock, type StepCounter } from './cohort-step';
import { applyTransfers } from './transfers';
import type { BySex, MigrationTiming, MultiStateStepInputs, ProjectionResult, Sex, StepRates } from './types';
import { checkSetup, checkStepInputs, stepShapeIsValid } from './validate-inputs';

/** Everything a projection needs. */
export interface ProjectionInputs {
  /** Year of the base population. */
  startYear: number;
  /** Number of annual steps (≥ 0). */
  steps: number;
  /** Age of the open group (e.g. 100); age vectors have openAge + 1 values. */
  openAge: number;
  /** When net migrants enter within a step (the same for every step and state). */
  migrationTiming: MigrationTiming;
  /** Base population per state, persons. */
  base: readonly BySex<Float64Array>[];
  /**
   * Inputs for step t (0-based: t=0 is startYear → startYear+1). Called once per step, in order, with
   * the start-of-step population (the same flattened layout as {@link ProjectionResult.population};
   * read-only), so that flows given as rates on the stock (outflows) can be turned into counts.
   */
  stepInputs: (t: number, start: Float64Array) => MultiStateStepInputs;
  /** Index of the state each state's newborns join; default: the mother's state. */
  birthState?: readonly number[];
  /**
   * Memory to hold the results, reused if it has at least {@link projectionBufferSize} values (else a
   * new buffer is allocated). The result's arrays are views into it: pass one only when the result is
   * read and dropped before the buffer is used again (many runs of which only a summary is kept).
   */
  buffer?: Float64Array;
}

/** Values a projection's results take in one buffer (see {@link ProjectionInputs.buffer}). */
export function projectionBufferSize(states: number, openAge: number, steps: number): number {
  const cells = states * 2 * (openAge + 1);
  return (steps + 1) * cells + steps * (4 * states * 2 + states * states);
}

/** A shared vector of n zeros (read-only: the engine only reads it), kept for the last n asked. */
let zeroVector = new Float64Array(0);
function zeros(n: number): Float64Array {
  if (zeroVector.length !== n) zeroVector = new Float64Array(n);
  return zeroVector;
}

/** Survival and ASFR vectors of a step already range-checked (states often share one; reused, no callbacks). */
const checked: Float64Array[] = [];

/** Range-checks each distinct survival (0..1) and ASFR (≥ 0, finite) vector of a step once; the count of bad values. */
function checkRateVectors(rates: readonly StepRates[], states: number): number {
  let bad = 0;
  checked.length = 0;
  for (let s = 0; s < states; s++) {
    bad += checkOnce(rates[s].survival.male, 0, 0, 1);
    bad += checkOnce(rates[s].survival.female, 0, 0, 1);
  }
  // An ASFR vector is checked against its own range even if it is also used as a survival vector.
  const survivalVectors = checked.length;
  for (let s = 0; s < states; s++) bad += checkOnce(rates[s].asfr, survivalVectors, 0, Number.MAX_VALUE);
  const asfrVectors = checked.length;
  for (let s = 0; s < states; s++) {
    const out = rates[s].outflow;
    if (out === undefined) continue;
    if (!(out.rate >= 0 && out.rate <= Number.MAX_VALUE)) bad++;
    bad += checkOnce(out.intensity, asfrVectors, 0, Number.MAX_VALUE);
  }
  checked.length = 0;
  return bad;
}

/** How many states' outflow levels are not finite and ≥ 0. */
function checkOutflowLevels(rates: readonly StepRates[], states: number): number {
  let bad = 0;
  for (let s = 0; s < states; s++) {
    const out = rates[s].outflow;
    if (out !== undefined && !(out.rate >= 0 && out.rate <= Number.MAX_VALUE)) bad++;
  }
  return bad;
}

/** Values of `v` outside [lo, hi], unless it is among checked[from..] already (then 0). */
function checkOnce(v: Float64Array, from: number, lo: number, hi: number): number {
  if (checked.indexOf(v, from) >= 0) return 0;
  checked.push(v);
  return countOutOfRange(v, lo, hi);
}

/**
 * Index of a cell in a {@link ProjectionResult.population} year array.
 *
 * @param openAge the projection's open age
 * @param state state index
 * @param sex `male` or `female`
 * @param age 0..openAge
 */
export function cellIndex(openAge: number, state: number, sex: Sex, age: number): number {
  return (state * 2 + (sex === 'male' ? 0 : 1)) * (openAge + 1) + age;
}

/**
 * Projects the base population `steps` years ahead.
 *
 * @returns populations for every year, and births, deaths, net migration and transfers for every
 *   step (see {@link ProjectionResult} for the layout; all counts in persons)
 * @throws RangeError on malformed inputs: wrong vector lengths, negative or non-finite populations,
 *   ASFR < 0, survival outside [0, 1], SRB ≤ 0, non-finite migrants, transfer shares outside [0, 1]
 *   or summing to more than 1 out of a cell
 */
export function project(inputs: ProjectionInputs): ProjectionResult {
  const { startYear, steps, openAge, migrationTiming, base, stepInputs } = inputs;
  checkSetup(steps, openAge, migrationTiming, base, inputs.birthState);
  const states = base.length;
  const n = openAge + 1;
  const blocks = states * 2;
  const cells = blocks * n;
  const birthState = inputs.birthState ?? base.map((_, s) => s);
  const even = migrationTiming === 'even';

  // One buffer for the run: populations of every year and the per-step flows (these are summed
  // into, so a reused buffer has them zeroed; every population cell is written).
  const perStep = 4 * blocks + states * states;
  const outputs = projectionBufferSize(states, openAge, steps);
  const reuse = inputs.buffer !== undefined && inputs.buffer.length >= outputs;
  const arena = reuse ? inputs.buffer! : new Float64Array(outputs);
  if (reuse) arena.fill(0, (steps + 1) * cells, outputs);
  // Views made with the constructor rather than subarray (which looks up the species constructor: about
  // twice the cost, and a run makes six views a step).
  const memory = arena.buffer;
  const byteOffset = arena.byteOffset;
  const view = (from: number, length: number): Float64Array => new Float64Array(memory, byteOffset + from * 8, length);
  const first = view(0, cells);
  // A base already in place (the caller wrote it into the buffer's first year) is not copied onto itself.
  const inPlace = (v: Float64Array, at: number): boolean => v.buffer === memory && v.byteOffset === byteOffset + at * 8;
  base.forEach((b, s) => {
    if (!inPlace(b.male, s * 2 * n)) first.set(b.male, s * 2 * n);
    if (!inPlace(b.female, (s * 2 + 1) * n)) first.set(b.female, (s * 2 + 1) * n);
  });
  const result: ProjectionResult = {
    startYear,
    steps,
    openAge,
    states,
    population: [first],
    births: [],
    deaths: [],
    netMigration: [],
    outflow: [],
    transfers: [],
    caps: 0,
  };
  // Scratch of the full check's transfer-share sums, allocated only if that check runs.
  let shareSum: Float64Array | undefined;
  const newborns = new Float64Array(blocks);
  // Without an outflow the pass takes off 0 · intensity · P = 0 (every P is finite): one loop for both.
  const noIntensity = zeros(n);
  // "end" timing with an outflow: the block's net migrants, made before they are added (allocated if needed).
  let netScratch: Float64Array | undefined;
  const counter: StepCounter = { caps: 0, bad: 0 };

  for (let t = 0; t < steps; t++) {
    const cur = result.population[t];
    const step = stepInputs(t, cur);
    // The full check runs when the shape is off or (below) when the arithmetic read a value out of range.
    if (!stepShapeIsValid(step, states, n)) checkStepInputs(t, step, states, n, (shareSum ??= new Float64Array(cells)));
    const flowsAt = (steps + 1) * cells + t * perStep;
    const next = view((t + 1) * cells, cells);
    const births = view(flowsAt, blocks);
    const deaths = view(flowsAt + blocks, blocks);
    const migration = view(flowsAt + 2 * blocks, blocks);
    const moved = view(flowsAt + 3 * blocks, states * states);
    const outflow = view(flowsAt + 3 * blocks + states * states, blocks);
    newborns.fill(0);
    // Under "even" each state's pass range-checks the rates it reads (evenTimingState); the outflow levels here.
    counter.bad = even ? checkOutflowLevels(step.rates, states) : checkRateVectors(step.rates, states);

    for (let s = 0; s < states; s++) {
      const r = step.rates[s];
      const womenOff = (s * 2 + 1) * n;
      let total: number;
      if (even) {
        // One pass per state, both sexes (identical arithmetic to the three passes of the "end" branch's functions).
        const out = r.outflow;
        const rate = out === undefined ? 0 : out.rate;
        const intensity = out === undefined ? noIntensity : out.intensity;
        // The arena itself rather than the year views: one array for the pass's reads and writes.
        const at = t * cells + s * 2 * n;
        total = evenTimingState(
          arena, at, at + cells, n, r.netMigrants.male, r.netMigrants.female, r.survival.male, r.survival.female, r.asfr, s * 2,
          deaths, migration, counter, rate, intensity, outflow,
        );
      } else {
        deaths[s * 2] += surviveBlock(cur, s * 2 * n, r.survival.male, next, s * 2 * n, n);
        deaths[s * 2 + 1] += surviveBlock(cur, womenOff, r.survival.female, next, womenOff, n);
        total = birthsToWomen(r.asfr, cur, womenOff, next, womenOff, n);
      }
      const female = femaleBirths(total, r.srb);
      const d = birthState[s];
      newborns[d * 2] += total - female;
      newborns[d * 2 + 1] += female;
    }

    for (let s = 0; s < states; s++) {
      const r = step.rates[s];
      for (let sex = 0; sex < 2; sex++) {
        const b = s * 2 + sex;
        const off = b * n;
        let m = sex === 0 ? r.netMigrants.male : r.netMigrants.female;
        if (!even && r.outflow !== undefined) {
          netScratch ??= new Float64Array(n);
          outflow[b] = netOfOutflow(m, r.outflow.rate, r.outflow.intensity, cur, off, n, netScratch, 0);
          m = netScratch;
        }
        // Newborns take the infant survival of the state they join: that is whose life table they live by.
        const s0 = sex === 0 ? r.survival.male[0] : r.survival.female[0];
        const bornHere = newborns[b];
        const infantDeaths = (1 - s0) * bornHere;
        next[off] = bornHere - infantDeaths;
        births[b] = bornHere;
        deaths[b] += infantDeaths;
        migration[b] += even
          ? addMigrants(next, off, m, 0.5, 0, 1, counter)
          : addMigrants(next, off, m, 1, 0, n, counter);
      }
    }

    counter.bad += applyTransfers(next, undefined, step.transfers ?? [], states, n, moved);
    // Throws, naming the value, if one is out of range (a non-finite sum from huge but valid counts passes).
    if (counter.bad > 0) checkStepInputs(t, step, states, n, (shareSum ??= new Float64Array(cells)));
    result.population.push(next);
    result.births.push(births);
    result.deaths.push(deaths);
    result.netMigration.push(migration);
    result.outflow!.push(outflow);
    result.transfers.push(moved);
  }
  result.caps = counter.caps;
  return result;
}

/** Outcome of one single-state step (see {@link projectStep}). */
export interface StepResult {
  /** End-of-step population by sex and age, persons. */
  population: BySex<Float64Array>;
  /** Births in the step by sex, persons. */
  births: BySex<number>;
  /** Deaths in the step by sex (start population and newborns), persons. */
  deaths: BySex<number>;
  /** Net migrants actually added, by sex, persons. */
  netMigration: BySex<number>;
  /** Cells where net emigration was capped. */
  caps: number;
}

/**
 * One step of a single-state projection: a convenience over {@link project} for tests and tools
 * (it allocates; projections of many steps should call {@link project}).
 *
 * @param start population at the start of the step by sex and age, persons
 * @param rates the step's rates
 * @param migrationTiming "end" or "even"
 */
export function projectStep(start: BySex<Float64Array>, rates: StepRates, migrationTiming: MigrationTiming): StepResult {
  const openAge = start.male.length - 1;
  const r = project({ startYear: 0, steps: 1, openAge, migrationTiming, base: [start], stepInputs: () => ({ rates: [rates], transfers: [] }) });
  const n = openAge + 1;
  const pop = r.population[1];
  const bySex = (v: Float64Array): BySex<number> => ({ male: v[0], female: v[1] });
  return {
    population: { male: pop.slice(0, n), female: pop.slice(n, 2 * n) },
    births: bySex(r.births[0]),
    deaths: bySex(r.deaths[0]),
    netMigration: bySex(r.netMigration[0]),
    caps: r.caps,
  };
}

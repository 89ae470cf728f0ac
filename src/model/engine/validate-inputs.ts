/**
 * Checks of the engine's inputs. The engine promises never to produce a negative or NaN population;
 * with rates inside their ranges the arithmetic guarantees it (survival in [0, 1], ASFR ≥ 0, net
 * emigration capped at the cell, transfer shares summing to ≤ 1), so out-of-range inputs are rejected
 * here with a RangeError naming the step, state and age instead of being silently repaired.
 *
 * Per step the engine runs only {@link stepShapeIsValid} (lengths, indices, SRB: O(states)); the
 * range checks of the values ride on the step's own arithmetic (cohort-step.ts, transfers.ts), and
 * when those find a value out of range, or the shape check fails, {@link checkStepInputs} runs in full
 * and throws the message naming the step, state and age. Checking every vector up front each step
 * cost about as much as the step itself.
 */
import type { BySex, MultiStateStepInputs } from './types';

/** Tolerance on the sum of transfer shares out of one cell: allows shares like 0.1 + 0.9. */
const SHARE_SUM_SLACK = 1e-12;

/** Bounds that admit every finite number and reject ±Infinity and NaN. */
const MAX = Number.MAX_VALUE;

function fail(message: string): never {
  throw new RangeError(`projection: ${message}`);
}

function checkVector(v: Float64Array, n: number, what: string, lo: number, hi: number): void {
  if (!v || v.length !== n) fail(`${what} must have ${n} values, got ${v?.length}`);
  for (let x = 0; x < n; x++) {
    const value = v[x];
    if (!(value >= lo && value <= hi)) fail(`${what}[${x}] = ${value} is outside [${lo}, ${hi}]`);
  }
}

function checkBySex(v: BySex<Float64Array>, n: number, what: string, lo: number, hi: number): void {
  if (!v) fail(`${what} is missing`);
  checkVector(v.male, n, `${what}.male`, lo, hi);
  checkVector(v.female, n, `${what}.female`, lo, hi);
}

/** Checks the projection's shape and base population. */
export function checkSetup(
  steps: number,
  openAge: number,
  timing: string,
  base: readonly BySex<Float64Array>[],
  birthState: readonly number[] | undefined,
): void {
  if (!Number.isInteger(steps) || steps < 0) fail(`steps must be an integer ≥ 0, got ${steps}`);
  if (!Number.isInteger(openAge) || openAge < 1) fail(`openAge must be an integer ≥ 1, got ${openAge}`);
  if (timing !== 'end' && timing !== 'even') fail(`migrationTiming must be "end" or "even", got ${timing}`);
  if (base.length < 1) fail('at least one state is needed');
  // The values in one pass without labels; the labelled check (which names the value) only when one is off.
  for (let s = 0; s < base.length; s++) {
    if (!baseIsValid(base[s], openAge + 1)) checkBySex(base[s], openAge + 1, `base[${s}]`, 0, MAX);
  }
  if (birthState !== undefined) {
    if (birthState.length !== base.length) fail(`birthState must have ${base.length} entries`);
    birthState.forEach((d, s) => {
      if (!Number.isInteger(d) || d < 0 || d >= base.length) fail(`birthState[${s}] = ${d} is not a state index`);
    });
  }
}

/** Whether a base population block has n finite values ≥ 0 for each sex. */
function baseIsValid(b: BySex<Float64Array> | undefined, n: number): boolean {
  if (!b || !hasLength(b.male, n) || !hasLength(b.female, n)) return false;
  let bad = 0;
  for (let x = 0; x < n; x++) {
    const m = b.male[x];
    const f = b.female[x];
    if (!(m >= 0 && m <= MAX) || !(f >= 0 && f <= MAX)) bad++;
  }
  return bad === 0;
}

const hasLength = (v: Float64Array | undefined, n: number): boolean => !!v && v.length === n;
const bySexHasLength = (v: BySex<Float64Array> | undefined, n: number): boolean => !!v && hasLength(v.male, n) && hasLength(v.female, n);
const isStateIndex = (v: number, states: number): boolean => Number.isInteger(v) && v >= 0 && v < states;

/**
 * The cheap part of the step checks: one entry of rates per state, every vector of length n, SRB finite
 * and > 0, transfers between two different valid states, and no two transfers out of the same state
 * (then every share in [0, 1], which the arithmetic checks, keeps their sum ≤ 1). False means: run
 * {@link checkStepInputs} (which throws if something is wrong; shares out of one state summing ≤ 1 pass).
 */
export function stepShapeIsValid(inputs: MultiStateStepInputs, states: number, n: number): boolean {
  if (!inputs || !inputs.rates || inputs.rates.length !== states) return false;
  for (let s = 0; s < states; s++) {
    const r = inputs.rates[s];
    if (!r || !hasLength(r.asfr, n) || !(r.srb > 0 && r.srb < Infinity)) return false;
    if (!bySexHasLength(r.survival, n) || !bySexHasLength(r.netMigrants, n)) return false;
    if (r.outflow !== undefined && (!r.outflow || !hasLength(r.outflow.intensity, n))) return false;
  }
  const transfers = inputs.transfers ?? [];
  for (let i = 0; i < transfers.length; i++) {
    const tr = transfers[i];
    if (!tr || !isStateIndex(tr.from, states) || !isStateIndex(tr.to, states) || tr.from === tr.to) return false;
    if (!bySexHasLength(tr.rate, n)) return false;
    for (let j = 0; j < i; j++) if (transfers[j].from === tr.from) return false;
  }
  return true;
}

/**
 * Checks one step's rates and transfers in full (every value of every vector).
 *
 * @param shareSum scratch of length states·2·n, overwritten
 */
export function checkStepInputs(
  t: number,
  inputs: MultiStateStepInputs,
  states: number,
  n: number,
  shareSum: Float64Array,
): void {
  const at = `step ${t}`;
  if (!inputs || !inputs.rates || inputs.rates.length !== states) {
    fail(`${at}: rates must have one entry per state (${states})`);
  }
  // States often share one vector (one life table for all, one ASFR for all migrants): check each
  // once per step and per range (a vector used under another range is checked again).
  const seen = { asfr: new Set<Float64Array>(), survival: new Set<Float64Array>() };
  const once = (kind: keyof typeof seen, v: Float64Array, what: string, lo: number, hi: number): void => {
    if (v && seen[kind].has(v)) return;
    checkVector(v, n, what, lo, hi);
    seen[kind].add(v);
  };
  inputs.rates.forEach((r, s) => {
    const where = `${at}, state ${s}`;
    once('asfr', r.asfr, `${where}: asfr`, 0, MAX);
    if (!(r.srb > 0 && r.srb < Infinity)) fail(`${where}: srb = ${r.srb} must be finite and > 0`);
    if (!r.survival) fail(`${where}: survival is missing`);
    once('survival', r.survival.male, `${where}: survival.male`, 0, 1);
    once('survival', r.survival.female, `${where}: survival.female`, 0, 1);
    checkBySex(r.netMigrants, n, `${where}: netMigrants`, -MAX, MAX);
    if (r.outflow !== undefined) {
      if (!r.outflow) fail(`${where}: outflow must be an object with rate and intensity`);
      const rate = r.outflow.rate;
      if (!(rate >= 0 && rate <= MAX)) fail(`${where}: outflow.rate = ${rate} must be finite and ≥ 0`);
      checkVector(r.outflow.intensity, n, `${where}: outflow.intensity`, 0, MAX);
    }
  });
  const transfers = inputs.transfers ?? [];
  if (transfers.length === 0) return;
  shareSum.fill(0);
  transfers.forEach((tr, i) => {
    const where = `${at}, transfer ${i}`;
    for (const [k, v] of [['from', tr.from], ['to', tr.to]] as const) {
      if (!Number.isInteger(v) || v < 0 || v >= states) fail(`${where}: ${k} = ${v} is not a state index`);
    }
    if (tr.from === tr.to) fail(`${where}: from and to are the same state (${tr.from})`);
    checkBySex(tr.rate, n, `${where}: rate`, 0, 1);
    for (let sex = 0; sex < 2; sex++) {
      const rate = sex === 0 ? tr.rate.male : tr.rate.female;
      const off = (tr.from * 2 + sex) * n;
      for (let x = 0; x < n; x++) {
        const sum = (shareSum[off + x] += rate[x]);
        if (sum > 1 + SHARE_SUM_SLACK) fail(`${where}: shares leaving state ${tr.from} at age ${x} sum to ${sum} > 1`);
      }
    }
  });
}

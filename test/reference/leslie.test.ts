/**
 * Long-run check of the engine against stable-population theory: with constant rates and no
 * migration the population grows by the dominant eigenvalue λ of the Leslie matrix built from the
 * same rates, and its age shares converge to the eigenvector. The matrix is built here, in the
 * engine's conventions, and solved by power iteration; λ must also equal the README's values.
 */
import { describe, expect, it } from 'vitest';
import { project } from '../../src/model/engine/project';
import type { BySex, StepRates } from '../../src/model/engine/types';
import { canadaRates, N_AGES, OPEN_AGE, slice, sum } from '../helpers/canada-run';
import { canada1x1, toBySex } from '../helpers/reference-data';

const TOL = 1e-9;
const STEPS = 2000;
const CHUNK = 250;

/**
 * Female-dominant Leslie matrix (row-major, n×n) for the engine's conventions:
 * births B = Σ_{1≤x<open} f[x]·(W[x] + S[x]·W[x−1])/2 (exposure averaged over the start and the
 * survived end population), daughters B/(1+SRB) surviving with S[0] into age 0; P(x−1) → x with
 * S[x]; the open group keeps S[open]·(P(open−1) + P(open)).
 */
function leslieMatrix(r: StepRates): Float64Array {
  const n = N_AGES;
  const open = n - 1;
  const f = r.asfr;
  const s = r.survival.female;
  const a = new Float64Array(n * n);
  const daughters = s[0] / (1 + r.srb);
  for (let j = 0; j < n; j++) {
    const own = j >= 1 && j < open ? f[j] / 2 : 0;
    const next = j + 1 >= 1 && j + 1 < open ? (f[j + 1] * s[j + 1]) / 2 : 0;
    a[j] = daughters * (own + next);
  }
  for (let x = 1; x < open; x++) a[x * n + x - 1] = s[x];
  a[open * n + open - 1] = s[open];
  a[open * n + open] = s[open];
  return a;
}

/** Dominant eigenvalue and eigenvector (normalised to sum 1) by power iteration. */
function powerIteration(a: Float64Array, n: number, iterations = 6000): { lambda: number; vector: Float64Array } {
  let v = new Float64Array(n).fill(1 / n);
  let w = new Float64Array(n);
  let lambda = 0;
  for (let k = 0; k < iterations; k++) {
    for (let i = 0; i < n; i++) {
      let acc = 0;
      for (let j = 0; j < n; j++) acc += a[i * n + j] * v[j];
      w[i] = acc;
    }
    lambda = sum(w); // v sums to 1, all entries ≥ 0
    for (let i = 0; i < n; i++) w[i] /= lambda;
    [v, w] = [w, v];
  }
  return { lambda, vector: v };
}

/**
 * Stable male age structure implied by the female eigenvector: sons are SRB × daughters at birth,
 * then survive with the male ratios while the whole population grows by λ.
 */
function stableMales(r: StepRates, female: Float64Array, lambda: number): Float64Array {
  const sm = r.survival.male;
  const m = new Float64Array(N_AGES);
  m[0] = (sm[0] * r.srb * female[0]) / r.survival.female[0];
  for (let x = 1; x < OPEN_AGE; x++) m[x] = (sm[x] * m[x - 1]) / lambda;
  m[OPEN_AGE] = (sm[OPEN_AGE] * m[OPEN_AGE - 1]) / (lambda - sm[OPEN_AGE]);
  return m;
}

/** Runs the engine STEPS years with constant rates, renormalising the base every CHUNK steps. */
function longRun(rates: StepRates): { growth: number; female: Float64Array; male: Float64Array } {
  let base: BySex<Float64Array> = toBySex(canada1x1().base_pop);
  let growth = NaN;
  let last: Float64Array = new Float64Array(0);
  for (let done = 0; done < STEPS; done += CHUNK) {
    const r = project({
      startYear: 0,
      steps: CHUNK,
      openAge: OPEN_AGE,
      migrationTiming: 'end',
      base: [base],
      stepInputs: () => ({ rates: [rates], transfers: [] }),
    });
    expect(r.caps).toBe(0);
    last = r.population[CHUNK];
    growth = sum(last) / sum(r.population[CHUNK - 1]);
    // Rescale to a million persons so a growing or shrinking population never over- or underflows.
    const k = 1e6 / sum(last);
    base = { male: slice(last, 0, 'male').map((v) => v * k), female: slice(last, 0, 'female').map((v) => v * k) };
  }
  return { growth, female: slice(last, 0, 'female'), male: slice(last, 0, 'male') };
}

describe.each([
  { year: 1950, lambda: 1.0165598194669692 },
  { year: 2019, lambda: 0.9898696370207589 },
])('Leslie matrix, Canada $year rates', ({ year, lambda }) => {
  const rates = canadaRates(year, 'given-sx', { noMigration: true });
  const leslie = powerIteration(leslieMatrix(rates), N_AGES);

  it('has the published dominant eigenvalue', () => {
    console.log(`Leslie ${year}: λ = ${leslie.lambda}, |λ − reference| = ${Math.abs(leslie.lambda - lambda).toExponential(2)}`);
    expect(Math.abs(leslie.lambda - lambda)).toBeLessThan(TOL);
  });

  it(`grows by λ after ${STEPS} constant-rate steps, with the eigenvector's age shares`, () => {
    const run = longRun(rates);
    const total = sum(run.female) + sum(run.male);
    const females = leslie.vector;
    const males = stableMales(rates, females, leslie.lambda);
    const stableTotal = sum(females) + sum(males);
    let shareErr = 0;
    let relShareErr = 0;
    for (let x = 0; x < N_AGES; x++) {
      for (const [ours, theirs] of [
        [run.female[x] / total, females[x] / stableTotal],
        [run.male[x] / total, males[x] / stableTotal],
      ]) {
        shareErr = Math.max(shareErr, Math.abs(ours - theirs));
        relShareErr = Math.max(relShareErr, Math.abs(ours - theirs) / theirs);
      }
    }
    console.log(
      `engine ${year} rates, ${STEPS} steps: growth ${run.growth}, |growth − λ| = ${Math.abs(run.growth - lambda).toExponential(2)}; ` +
        `age shares: max abs error ${shareErr.toExponential(2)}, max rel error ${relShareErr.toExponential(2)}`,
    );
    expect(Math.abs(run.growth - lambda)).toBeLessThan(TOL);
    expect(relShareErr).toBeLessThan(TOL);
  });
});

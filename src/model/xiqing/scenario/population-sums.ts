/**
 * Sums over a run's flattened populations (layout (state·2 + sex)·101 + age) that the run needs besides
 * the engine's own: the census without students and its local total (once per base), the local total of
 * a year, and the TFR of all resident women.
 */
import type { BySex } from '../../engine/types';
import { AGE_COUNT as AGES } from '../rates/mortality';
import { LOCAL, STATES } from '../hukou-states';
import type { XiqingBaseData } from './run-scenario';

// A local copy: imported bindings can compile to getters, too slow inside per-age loops.
const AGE_COUNT: number = AGES;

/** Local-state residents (students included) in a flattened population plus the students' local part. */
export function localTotal(pop: Float64Array, students: BySex<Float64Array>): number {
  let s = 0;
  for (let i = 0; i < 2 * AGE_COUNT; i++) s += pop[i];
  for (let x = 0; x < AGE_COUNT; x++) s += students.male[x] + students.female[x];
  return s;
}

/** Per base: the census population without students, flattened (shared by every run on that base; read-only). */
const censusOf = new WeakMap<XiqingBaseData, Float64Array>();
export function nonStudentCensus(base: XiqingBaseData): Float64Array {
  let census = censusOf.get(base);
  if (!census) {
    census = new Float64Array(STATES.length * 2 * AGE_COUNT);
    for (let s = 0; s < STATES.length; s++) {
      const r = base.residents[s];
      const st = base.students[s];
      const m = s * 2 * AGE_COUNT;
      const f = m + AGE_COUNT;
      for (let x = 0; x < AGE_COUNT; x++) {
        census[m + x] = Math.max(0, r.male[x] - st.male[x]);
        census[f + x] = Math.max(0, r.female[x] - st.female[x]);
      }
    }
    censusOf.set(base, census);
  }
  return census;
}

/** Per base: {@link localTotal} of its census (the same for every run on that base). */
const censusLocalOf = new WeakMap<XiqingBaseData, number>();
export function censusLocalTotal(base: XiqingBaseData, census: Float64Array): number {
  let total = censusLocalOf.get(base);
  if (total === undefined) censusLocalOf.set(base, (total = localTotal(census, base.students[LOCAL])));
  return total;
}

/**
 * Period TFR of all non-student women in a flattened population: each state's ASFR (local or migrant)
 * weighted by that state's women at each age. Ages outside from..to (where both ASFR are zero) add 0.
 * The women of an age are summed state by state, ((0 + W₀) + W₁) + …: with the model's three states
 * written out (the same sums), since this runs for every year of every run.
 */
export function tfrOfAllWomen(pop: Float64Array, asfrLocal: Float64Array, asfrMigrant: Float64Array, nStates: number, from: number, to: number): number {
  const localOff = (LOCAL * 2 + 1) * AGE_COUNT;
  let tfrAll = 0;
  if (nStates === 3) {
    const w0 = AGE_COUNT;
    const w1 = 3 * AGE_COUNT;
    const w2 = 5 * AGE_COUNT;
    for (let x = from; x <= to; x++) {
      const local = pop[localOff + x];
      const women = 0 + pop[w0 + x] + pop[w1 + x] + pop[w2 + x];
      if (women > 0) tfrAll += (asfrLocal[x] * local + asfrMigrant[x] * (women - local)) / women;
    }
    return tfrAll;
  }
  for (let x = from; x <= to; x++) {
    const local = pop[localOff + x];
    let women = 0;
    for (let s = 0; s < nStates; s++) women += pop[(s * 2 + 1) * AGE_COUNT + x];
    if (women > 0) tfrAll += (asfrLocal[x] * local + asfrMigrant[x] * (women - local)) / women;
  }
  return tfrAll;
}

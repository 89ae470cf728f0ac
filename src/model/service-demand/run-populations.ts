/**
 * The populations of a run that every service is computed from, each summed once per run and year:
 * residents by sex and single age, the residents' total and the Xiqing-hukou residents by age. The
 * service rows of every year, a single year's row (goal seek, the target checklist), the urbanisation
 * path and the editor's pyramid all read them, so a slider move sums each year's cells once instead
 * of once per service.
 *
 * Memoised per run (a WeakMap, so a run's sums go when the run goes); a run must not be mutated after
 * its populations are read (as for the schooling path). The arrays returned are shared: read-only.
 */
import type { BySex } from '../engine/types';
import { AGE_COUNT } from '../xiqing/rates/mortality';
import type { ScenarioRun } from '../xiqing/scenario/run-scenario';
import { populationWithStatus } from './norm-population';
import type { NormStatus } from './norms/norm-spec-common';

const studentMemo = new WeakMap<ScenarioRun['students'], BySex<Float64Array>>();

/**
 * Students by sex and single age summed over states (state by state), persons. Every run on one base
 * shares its students, so they are summed once per base. Shared: do not modify.
 */
export function pooledStudents(run: ScenarioRun): BySex<Float64Array> {
  let pooled = studentMemo.get(run.students);
  if (!pooled) {
    const male = new Float64Array(AGE_COUNT);
    const female = new Float64Array(AGE_COUNT);
    for (const s of run.students) {
      for (let x = 0; x < AGE_COUNT; x++) {
        male[x] += s.male[x];
        female[x] += s.female[x];
      }
    }
    studentMemo.set(run.students, (pooled = { male, female }));
  }
  return pooled;
}

/** The sums of one run, each year's filled when first asked for. */
export class RunPopulations {
  private readonly byAge: (BySex<Float64Array> | undefined)[];
  private readonly hukou: (BySex<Float64Array> | undefined)[];
  /** Residents per year index, persons; NaN until summed. */
  private readonly totals: Float64Array;
  /** Storage of `byAge`: men then women of year t at [t·2·101 ..] (one allocation per run, not two per year). */
  private buffer: Float64Array | undefined;

  constructor(private readonly run: ScenarioRun) {
    const n = run.projection.population.length;
    this.byAge = new Array<undefined>(n).fill(undefined);
    this.hukou = new Array<undefined>(n).fill(undefined);
    this.totals = new Float64Array(n).fill(Number.NaN);
  }

  /**
   * Residents (students included) by sex and single age 0..100 in year index `t`, persons: the
   * students, then each state's cells added state by state (the order of `populationByAge`, whose
   * values these are to the bit). Shared: do not modify.
   */
  residentsByAge(t: number): BySex<Float64Array> {
    return this.byAge[t] ?? this.sum(t);
  }

  /**
   * Residents of year index `t` (students included), persons: every cell of the year in storage
   * order, then the students state by state, age by age (the order fixes the last bits of the sum).
   * Every year's total is summed at the first call.
   */
  residents(t: number): number {
    if (Number.isNaN(this.totals[t])) this.sumTotals();
    return this.totals[t];
  }

  /** Persons by sex and single age in year index `t` with the given status (see `populationWithStatus`). Shared: do not modify. */
  withStatus(t: number, status: NormStatus): BySex<Float64Array> {
    if (status === 'resident') return this.residentsByAge(t);
    return (this.hukou[t] ??= populationWithStatus(this.run, t, status));
  }

  /** One pass over year t's cells: residents by age (the students, then each state's cells). */
  private sum(t: number): BySex<Float64Array> {
    const A = AGE_COUNT;
    const run = this.run;
    const states = run.projection.states;
    const { male: studentsMale, female: studentsFemale } = pooledStudents(run);
    const pop = run.projection.population[t];
    const buffer = (this.buffer ??= new Float64Array(this.byAge.length * 2 * A));
    const at = t * 2 * A;
    for (let x = 0; x < A; x++) {
      let m = studentsMale[x];
      let f = studentsFemale[x];
      for (let s = 0; s < states; s++) {
        m += pop[s * 2 * A + x];
        f += pop[(s * 2 + 1) * A + x];
      }
      buffer[at + x] = m;
      buffer[at + A + x] = f;
    }
    const byAge = { male: buffer.subarray(at, at + A), female: buffer.subarray(at + A, at + 2 * A) };
    this.byAge[t] = byAge;
    return byAge;
  }

  /**
   * Every year's residents total, four years side by side: each total is still one running sum in
   * its own order (so equal to the bit to summing the year alone), but four independent sums keep the
   * processor busy where one would wait on each addition.
   */
  private sumTotals(): void {
    const pops = this.run.projection.population;
    const students = this.run.students;
    const n = pops.length;
    const last = n - 1;
    for (let t = 0; t < n; t += 4) {
      const p0 = pops[t];
      const p1 = pops[Math.min(t + 1, last)];
      const p2 = pops[Math.min(t + 2, last)];
      const p3 = pops[Math.min(t + 3, last)];
      const cells = p0.length;
      if (p1.length !== cells || p2.length !== cells || p3.length !== cells) throw new Error('the years of a run hold different numbers of cells');
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let i = 0; i < cells; i++) {
        s0 += p0[i];
        s1 += p1[i];
        s2 += p2[i];
        s3 += p3[i];
      }
      for (const st of students) {
        for (let x = 0; x < st.male.length; x++) {
          const v = st.male[x] + st.female[x];
          s0 += v;
          s1 += v;
          s2 += v;
          s3 += v;
        }
      }
      this.totals[t] = s0;
      if (t + 1 < n) this.totals[t + 1] = s1;
      if (t + 2 < n) this.totals[t + 2] = s2;
      if (t + 3 < n) this.totals[t + 3] = s3;
    }
  }
}

const memo = new WeakMap<ScenarioRun, RunPopulations>();

/** The populations of a run (memoised per run). */
export function runPopulations(run: ScenarioRun): RunPopulations {
  let p = memo.get(run);
  if (!p) memo.set(run, (p = new RunPopulations(run)));
  return p;
}

/** Residents by sex and single age in year index `t` (see {@link RunPopulations.residentsByAge}). Shared: do not modify. */
export function residentsByAgeOf(run: ScenarioRun, t: number): BySex<Float64Array> {
  return runPopulations(run).residentsByAge(t);
}

/** Residents by sex and single age of every year index of the run (see {@link RunPopulations.residentsByAge}). Shared: do not modify. */
export function residentsByAgeByYear(run: ScenarioRun): readonly BySex<Float64Array>[] {
  const p = runPopulations(run);
  return run.years.map((_, t) => p.residentsByAge(t));
}

/** Persons by sex and single age in year index `t` with a status (see {@link RunPopulations.withStatus}). Shared: do not modify. */
export function populationWithStatusOf(run: ScenarioRun, t: number, status: NormStatus): BySex<Float64Array> {
  return runPopulations(run).withStatus(t, status);
}

/** Residents of year index `t`, persons (see {@link RunPopulations.residents}). */
export function residentsOf(run: ScenarioRun, t: number): number {
  return runPopulations(run).residents(t);
}

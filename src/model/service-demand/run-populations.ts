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
import { populationByAge } from '../xiqing/scenario/indicators';
import type { ScenarioRun } from '../xiqing/scenario/run-scenario';
import { populationWithStatus } from './norm-population';
import type { NormStatus } from './norms/norm-spec-common';

/** The sums of one run, filled year by year as they are asked for. */
interface RunPopulations {
  /** Residents (students included) by sex and single age, persons, per year index. */
  residentsByAge: (BySex<Float64Array> | undefined)[];
  /** Xiqing-hukou residents by sex and single age, persons, per year index. */
  hukouByAge: (BySex<Float64Array> | undefined)[];
  /** Residents (students included), persons, per year index; NaN until summed. */
  residents: Float64Array;
}

const memo = new WeakMap<ScenarioRun, RunPopulations>();

function populationsOf(run: ScenarioRun): RunPopulations {
  let p = memo.get(run);
  if (!p) {
    const n = run.projection.population.length;
    p = { residentsByAge: new Array(n).fill(undefined), hukouByAge: new Array(n).fill(undefined), residents: new Float64Array(n).fill(Number.NaN) };
    memo.set(run, p);
  }
  return p;
}

/**
 * Residents (students included) by sex and single age 0..100 in year index `t`, persons: the values of
 * `populationByAge(run, t)`, computed once per run and year. Shared: do not modify.
 */
export function residentsByAgeOf(run: ScenarioRun, t: number): BySex<Float64Array> {
  const p = populationsOf(run);
  return (p.residentsByAge[t] ??= populationByAge(run, t));
}

/** Residents by sex and single age of every year index of the run (see {@link residentsByAgeOf}). */
export function residentsByAgeByYear(run: ScenarioRun): readonly BySex<Float64Array>[] {
  return run.years.map((_, t) => residentsByAgeOf(run, t));
}

/**
 * Persons by sex and single age in year index `t` with the given status (see `populationWithStatus`),
 * computed once per run, year and status. Shared: do not modify.
 */
export function populationWithStatusOf(run: ScenarioRun, t: number, status: NormStatus): BySex<Float64Array> {
  if (status === 'resident') return residentsByAgeOf(run, t);
  const p = populationsOf(run);
  return (p.hukouByAge[t] ??= populationWithStatus(run, t, status));
}

/**
 * Residents of year index `t` (students included), persons: every cell of the year in storage order,
 * then the students state by state, age by age (the order fixes the last bits of the sum).
 */
export function residentsOf(run: ScenarioRun, t: number): number {
  const p = populationsOf(run);
  let sum = p.residents[t];
  if (!Number.isNaN(sum)) return sum;
  sum = 0;
  const pop = run.projection.population[t];
  for (let i = 0; i < pop.length; i++) sum += pop[i];
  for (const s of run.students) for (let x = 0; x < s.male.length; x++) sum += s.male[x] + s.female[x];
  p.residents[t] = sum;
  return sum;
}

/**
 * Small hand-made ScenarioRun-like inputs for checking the service arithmetic by hand: a few cells of
 * population per year instead of a projection. Only the fields the service layer reads are real
 * (years, projection.population/states, students, streams, levers); the rest are empty.
 */
import type { BySex, ProjectionResult } from '../../../src/model/engine/types';
import { DEFAULT_LEVERS, type LeverValues } from '../../../src/model/xiqing/levers/lever-values';
import type { StreamVolumes } from '../../../src/model/xiqing/rates/migration-streams';
import type { ScenarioRun } from '../../../src/model/xiqing/scenario/run-scenario';

export const AGES = 101;

/** Persons in one cell: state (0 local, 1 tianjin, 2 outside), sex (0 male, 1 female), single age. */
export interface Cell {
  state: number;
  sex: 0 | 1;
  age: number;
  persons: number;
}

const noStreams: StreamVolumes & { outflow: number; outflowLocal: number } = { centralCity: 0, outside: 0, talent: 0, southStation: 0, outflow: 0, outflowLocal: 0 };

/** A run whose year t (2020 + t) holds exactly the given cells. */
export function syntheticRun(
  byYear: Cell[][],
  options: { students?: Cell[]; streams?: Partial<StreamVolumes>[]; levers?: Partial<LeverValues> } = {},
): ScenarioRun {
  const population = byYear.map((cells) => {
    const p = new Float64Array(3 * 2 * AGES);
    for (const c of cells) p[(c.state * 2 + c.sex) * AGES + c.age] += c.persons;
    return p;
  });
  const students: BySex<Float64Array>[] = [0, 1, 2].map(() => ({ male: new Float64Array(AGES), female: new Float64Array(AGES) }));
  for (const c of options.students ?? []) students[c.state][c.sex === 0 ? 'male' : 'female'][c.age] += c.persons;
  const n = byYear.length;
  const projection: ProjectionResult = {
    startYear: 2020,
    steps: n - 1,
    openAge: AGES - 1,
    states: 3,
    population,
    births: population.map(() => new Float64Array(6)),
    deaths: population.map(() => new Float64Array(6)),
    netMigration: population.map(() => new Float64Array(6)),
    transfers: population.map(() => new Float64Array(9)),
    caps: 0,
  };
  const zeros = new Float64Array(n);
  return {
    levers: { ...DEFAULT_LEVERS, ...options.levers },
    years: byYear.map((_, t) => 2020 + t),
    census: population[0],
    projection,
    firstStep: { births: new Float64Array(6), deaths: new Float64Array(6), netMigration: new Float64Array(6), transfers: new Float64Array(9) },
    students,
    hukouReconciliation: 0,
    censusReconciliation: 0,
    tfr: zeros,
    tfrByOrder: { first: zeros, second: zeros, thirdPlus: zeros },
    e0: zeros,
    streams: byYear.map((_, t) => ({ ...noStreams, ...(options.streams?.[t] ?? {}) })),
    settlements: zeros,
    registeredAway: zeros,
  };
}

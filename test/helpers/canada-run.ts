/**
 * The UN Canada 1950→2020 run set up for the engine: the step starting in year y uses the inputs
 * keyed y (ASFR, SRB, migrants) and the mortality keyed y (given Sx, or Sx derived from the mx/ax
 * file's table for the same year y — both files key the step by its start year 1950..2019).
 */
import { survivalFromMx } from '../../src/model/engine/life-table';
import { project } from '../../src/model/engine/project';
import type { BySex, MigrationTiming, ProjectionResult, StepRates } from '../../src/model/engine/types';
import { canada1x1, canadaMxAx, toBySex } from './reference-data';

/** Where the survival ratios come from. */
export type SurvivalSource = 'given-sx' | 'mx-ax';

export const OPEN_AGE = 100;
export const N_AGES = OPEN_AGE + 1;

/** Rates of the step starting in `year`. */
export function canadaRates(year: number, survival: SurvivalSource, options: { noMigration?: boolean } = {}): StepRates {
  const y = canada1x1().inputs[String(year)];
  if (!y) throw new Error(`no Canada inputs for ${year}`);
  let sx: BySex<Float64Array>;
  if (survival === 'given-sx') {
    sx = toBySex(y.Sx);
  } else {
    const m = canadaMxAx().years[String(year)];
    sx = {
      male: survivalFromMx(Float64Array.from(m.male.nMx), Float64Array.from(m.male.nAx)),
      female: survivalFromMx(Float64Array.from(m.female.nMx), Float64Array.from(m.female.nAx)),
    };
  }
  return {
    asfr: Float64Array.from(y.asfr),
    srb: y.srb,
    survival: sx,
    netMigrants: options.noMigration ? { male: new Float64Array(N_AGES), female: new Float64Array(N_AGES) } : toBySex(y.mig),
  };
}

/** Projects Canada from 1950 for `steps` years with the UN inputs. */
export function runCanada(steps: number, timing: MigrationTiming, survival: SurvivalSource): ProjectionResult {
  const data = canada1x1();
  const rates = Array.from({ length: steps }, (_, t) => canadaRates(data.base_year + t, survival));
  return project({
    startYear: data.base_year,
    steps,
    openAge: OPEN_AGE,
    migrationTiming: timing,
    base: [toBySex(data.base_pop)],
    stepInputs: (t) => ({ rates: [rates[t]], transfers: [] }),
  });
}

/** Population of one state and sex in a result year array. */
export function slice(year: Float64Array, state: number, sex: 'male' | 'female', n = N_AGES): Float64Array {
  const off = (state * 2 + (sex === 'male' ? 0 : 1)) * n;
  return year.subarray(off, off + n);
}

/** Sum of a vector. */
export function sum(v: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i];
  return s;
}

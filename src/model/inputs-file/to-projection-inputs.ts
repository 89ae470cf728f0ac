/** Turns a validated explicit-inputs file into the engine's inputs (one state). */
import type { ProjectionInputs } from '../engine/project.js';
import { survivalFromMx } from '../engine/life-table.js';
import type { BySex, MultiStateStepInputs, Sex } from '../engine/types.js';
import type { InputsFile, InputsFileYear } from './types.js';

const bySex = <T>(f: (sex: Sex) => T): BySex<T> => ({ male: f('male'), female: f('female') });
const toVectors = (v: BySex<number[]>): BySex<Float64Array> => bySex((sex) => Float64Array.from(v[sex]));

/**
 * Builds the engine's inputs from a file that passed {@link parseInputsFile}. Every year's step inputs
 * (typed arrays, with survival derived from mx/ax where the file gives death rates) are built once
 * here, so `stepInputs(t)` returns a cached object and the projection allocates nothing per step
 * (the rates are given as counts, so the start-of-step population the engine passes is not needed).
 *
 * When a year gives mx without ax, the engine's life table uses ax = 0.5 and the Andreev–Kingkade
 * (2015) a0 rule of that sex (see `../engine/life-table.ts`).
 *
 * @throws RangeError if the engine rejects the rates (cannot happen for a file that passed validation)
 */
export function toProjectionInputs(file: InputsFile): ProjectionInputs {
  const steps: MultiStateStepInputs[] = [];
  for (let t = 0; t < file.steps; t++) {
    const year = file.years[String(file.startYear + t)];
    if (year === undefined) throw new RangeError(`inputs file: years.${file.startYear + t} is missing`);
    steps.push({
      rates: [
        {
          asfr: Float64Array.from(year.asfr),
          srb: year.srb,
          survival: survivalOf(year),
          netMigrants: toVectors(year.netMigrants),
        },
      ],
      transfers: [],
    });
  }
  return {
    startYear: file.startYear,
    steps: file.steps,
    openAge: file.openAge,
    migrationTiming: file.migrationTiming,
    base: [toVectors(file.basePopulation)],
    stepInputs: (t) => {
      const step = steps[t];
      if (step === undefined) throw new RangeError(`inputs file: no step ${t} (the file has ${steps.length})`);
      return step;
    },
  };
}

/** Survival ratios of one year: as given, or from the year's life table. */
function survivalOf(year: InputsFileYear): BySex<Float64Array> {
  if (year.survival !== undefined) return toVectors(year.survival);
  const { mx, ax } = year;
  return bySex((sex) =>
    survivalFromMx(Float64Array.from(mx[sex]), ax && Float64Array.from(ax[sex]), undefined, { sex }),
  );
}

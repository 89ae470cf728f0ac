/**
 * The UN Canada 1950→2020 reference run (see `reference-data.ts`) rewritten as an explicit-inputs
 * file, for end-to-end tests of the file format and the CLI.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InputsFile, InputsFileYear } from '../../src/model/inputs-file';
import { canada1x1, canadaMxAx } from './reference-data';

/** Mortality as the UN's survival ratios, or as the same run's life-table mx and ax. */
export type CanadaMortality = 'survival' | 'mx-ax';

/** The Canada run as an explicit-inputs file (steps 70 from 1950, open age 100, migration "end"). */
export function canadaInputsFile(mortality: CanadaMortality): InputsFile {
  const run = canada1x1();
  const years: Record<string, InputsFileYear> = {};
  for (const [year, y] of Object.entries(run.inputs)) {
    const common = { asfr: y.asfr, srb: y.srb, netMigrants: y.mig };
    if (mortality === 'survival') {
      years[year] = { ...common, survival: y.Sx };
    } else {
      const lt = canadaMxAx().years[year];
      years[year] = {
        ...common,
        mx: { male: lt.male.nMx, female: lt.female.nMx },
        ax: { male: lt.male.nAx, female: lt.female.nAx },
      };
    }
  }
  return {
    format: 'population-projection-inputs',
    version: 1,
    description: `UN WPP 2019 Canada 1950-2020 reference run (mortality: ${mortality})`,
    startYear: run.base_year,
    steps: Object.keys(run.inputs).length,
    openAge: run.ages.length - 1,
    migrationTiming: 'end',
    basePopulation: run.base_pop,
    years,
  };
}

/** A fresh temporary folder for one test's files. */
export function makeTempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'inputs-file-'));
}

/** Writes `canadaInputsFile(mortality)` into `dir` and returns its path. */
export async function writeCanadaInputsFile(dir: string, mortality: CanadaMortality): Promise<string> {
  const path = join(dir, `canada-${mortality}.json`);
  await writeFile(path, JSON.stringify(canadaInputsFile(mortality), null, 1));
  return path;
}

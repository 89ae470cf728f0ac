/**
 * Projection results as JSON and CSV text. Numbers are written with JavaScript's shortest
 * round-trip representation, so parsing the text gives back the exact doubles.
 *
 * A multi-state result is reported as totals over its states (for a one-state result these are
 * the state's own numbers, unchanged).
 */
import { SEXES, type BySex, type ProjectionResult } from '../engine/types.js';

/** The JSON output: population by year, sex and age; births and deaths of the step that starts in each year. */
export interface ProjectionJson {
  /** startYear .. startYear + steps. */
  years: number[];
  /** Persons by age index 0..openAge (the last is the open group), keyed by year. */
  population: Record<string, BySex<number[]>>;
  /** Births in the step year → year + 1, persons; keyed by year, so the last year has none. */
  births: Record<string, BySex<number>>;
  /** Deaths in the step year → year + 1, persons; keyed like births. */
  deaths: Record<string, BySex<number>>;
}

/** Population of year index t by sex and age, summed over states. */
function populationAt(result: ProjectionResult, t: number, sexIndex: number): number[] {
  const n = result.openAge + 1;
  const flat = result.population[t];
  const ages = new Array<number>(n);
  for (let x = 0; x < n; x++) {
    let sum = flat[sexIndex * n + x];
    for (let s = 1; s < result.states; s++) sum += flat[(s * 2 + sexIndex) * n + x];
    ages[x] = sum;
  }
  return ages;
}

/** A per-step, per-state-and-sex flow (births or deaths) of step t by sex, summed over states. */
function flowAt(flows: Float64Array[], t: number, states: number): BySex<number> {
  const totals = SEXES.map((_, sexIndex) => {
    let sum = flows[t][sexIndex];
    for (let s = 1; s < states; s++) sum += flows[t][s * 2 + sexIndex];
    return sum;
  });
  return { male: totals[0], female: totals[1] };
}

/** The result as a plain object in the shape of {@link ProjectionJson}. */
export function resultToJsonValue(result: ProjectionResult): ProjectionJson {
  const out: ProjectionJson = { years: [], population: {}, births: {}, deaths: {} };
  for (let t = 0; t <= result.steps; t++) {
    const year = result.startYear + t;
    out.years.push(year);
    out.population[year] = { male: populationAt(result, t, 0), female: populationAt(result, t, 1) };
  }
  for (let t = 0; t < result.steps; t++) {
    const year = result.startYear + t;
    out.births[year] = flowAt(result.births, t, result.states);
    out.deaths[year] = flowAt(result.deaths, t, result.states);
  }
  return out;
}

/** The result as JSON text (one line, ending with a newline). */
export function resultToJson(result: ProjectionResult): string {
  return `${JSON.stringify(resultToJsonValue(result))}\n`;
}

/** The CSV header line. */
export const CSV_HEADER = 'year,sex,age,population';

/**
 * The population as CSV: header `year,sex,age,population`, then one row per year, sex (male, then
 * female) and age index (the open group as its index, e.g. 100). Ends with a newline.
 */
export function resultToCsv(result: ProjectionResult): string {
  const lines = [CSV_HEADER];
  for (let t = 0; t <= result.steps; t++) {
    const year = result.startYear + t;
    SEXES.forEach((sex, sexIndex) => {
      const ages = populationAt(result, t, sexIndex);
      for (let x = 0; x < ages.length; x++) lines.push(`${year},${sex},${x},${ages[x]}`);
    });
  }
  return `${lines.join('\n')}\n`;
}

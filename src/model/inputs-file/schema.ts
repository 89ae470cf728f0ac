/**
 * Zod schema of the explicit-inputs file. The expected vector length and the list of years depend on
 * `openAge`, `startYear` and `steps` in the same file, so the schema is built for given dimensions
 * (see `parseInputsFile`, which reads them first).
 */
import { z } from 'zod';
import { INPUTS_FILE_FORMAT, INPUTS_FILE_VERSION } from './types.js';
import {
  anyNumber,
  bySexSchema,
  describeValue,
  isRecord,
  nonNegative,
  numberSchema,
  objectProblem,
  positive,
  proportion,
  vectorSchema,
  wholeNumber,
  wholeNumberBetween,
  type NumberRule,
  type RuleAt,
} from './leaf-schemas.js';

/** Largest open age accepted (a guard against typos such as 1000, not a demographic limit). */
export const MAX_OPEN_AGE = 200;
/** Largest number of steps accepted (long enough for stable-population runs). */
export const MAX_STEPS = 10_000;

export const openAgeRule = wholeNumberBetween(1, MAX_OPEN_AGE);
export const stepsRule = wholeNumberBetween(1, MAX_STEPS);
export const startYearRule = wholeNumber;

/** Dimensions read from the file itself; undefined when that field is invalid (its check is then skipped). */
export interface InputsFileDimensions {
  openAge?: number;
  startYear?: number;
  steps?: number;
}

const TOP_KEYS = ['format', 'version', 'description', 'startYear', 'steps', 'openAge', 'migrationTiming', 'basePopulation', 'years'];
const YEAR_KEYS = ['asfr', 'srb', 'survival', 'mx', 'ax', 'netMigrants'];

/** Schema of a whole file whose vectors have `openAge + 1` values and whose years cover the steps. */
export function inputsFileSchema(dims: InputsFileDimensions = {}) {
  const length = dims.openAge === undefined ? undefined : dims.openAge + 1;
  return z.strictObject(
    {
      format: z.literal(INPUTS_FILE_FORMAT, {
        error: (issue) => `must be "${INPUTS_FILE_FORMAT}" (got ${describeValue(issue.input)})`,
      }),
      version: z.literal(INPUTS_FILE_VERSION, {
        error: (issue) => `must be ${INPUTS_FILE_VERSION} (got ${describeValue(issue.input)})`,
      }),
      description: z.string({ error: (issue) => `must be text (got ${describeValue(issue.input)})` }).optional(),
      startYear: numberSchema(startYearRule),
      steps: numberSchema(stepsRule),
      openAge: numberSchema(openAgeRule),
      migrationTiming: z.enum(['end', 'even'], {
        error: (issue) =>
          issue.input === undefined ? 'is missing' : `must be "end" or "even" (got ${describeValue(issue.input)})`,
      }),
      basePopulation: bySexSchema(length, nonNegative),
      years: yearsSchema(yearSchema(length), dims),
    },
    {
      error: (issue) =>
        issue.code === 'invalid_type' ? `must be a JSON object (got ${describeValue(issue.input)})` : objectProblem(issue, TOP_KEYS),
    },
  );
}

/** One year's rates: asfr, srb, net migrants, and exactly one of survival or mx (+ optional ax). */
function yearSchema(length: number | undefined) {
  // The open group is the last index (taken from the list itself when openAge is invalid).
  const atOpenAge =
    (rule: NumberRule): RuleAt =>
    (index, listLength) =>
      index === (length ?? listLength) - 1 ? rule : undefined;
  return z
    .strictObject(
      {
        asfr: vectorSchema(length, nonNegative),
        srb: numberSchema(positive),
        survival: bySexSchema(length, proportion).optional(),
        // The open group's life-table person-years are l(open)/m(open), so m(open) must be positive.
        mx: bySexSchema(length, nonNegative, atOpenAge(positive)).optional(),
        // ax is a fraction of the year below the open age; in the open group it is the mean years lived there.
        ax: bySexSchema(length, proportion, atOpenAge(nonNegative)).optional(),
        netMigrants: bySexSchema(length, anyNumber),
      },
      { error: (issue) => objectProblem(issue, YEAR_KEYS) },
    )
    .superRefine(
      (year, ctx) => {
        const hasSurvival = year.survival !== undefined;
        const hasMx = year.mx !== undefined;
        if (hasSurvival && hasMx) {
          ctx.addIssue({ code: 'custom', message: 'gives both survival and mx; give exactly one of them' });
        } else if (!hasSurvival && !hasMx) {
          ctx.addIssue({
            code: 'custom',
            message: 'gives neither survival nor mx; give exactly one of them (survival ratios, or death rates mx with optional ax)',
          });
        } else if (year.ax !== undefined && !hasMx) {
          ctx.addIssue({ code: 'custom', message: 'is only used with mx, but this year gives survival', path: ['ax'] });
        }
      },
      // Run even when a vector inside is broken, so every problem is reported at once.
      { when: (payload) => isRecord(payload.value) },
    );
}

/** `"1950".."2019"` → the years object, each key checked against startYear and steps. */
function yearsSchema(year: ReturnType<typeof yearSchema>, dims: InputsFileDimensions) {
  return z
    .record(z.string(), year, {
      error: (issue) =>
        issue.input === undefined
          ? 'is missing'
          : `must be an object with one entry per year, e.g. "1950": {...} (got ${describeValue(issue.input)})`,
    })
    .superRefine(
      (years, ctx) => {
        const present = new Set<number>();
        for (const key of Object.keys(years)) {
          if (/^-?\d+$/.test(key)) present.add(Number(key));
          else ctx.addIssue({ code: 'custom', message: 'is not a year (keys must be whole years such as "1950")', path: [key] });
        }
        const { startYear, steps } = dims;
        if (startYear === undefined || steps === undefined) return;
        const last = startYear + steps - 1;
        const need = steps === 1 ? `steps 1 from ${startYear} need year ${startYear}` : `steps ${steps} from ${startYear} need years ${startYear}..${last}`;
        const missing: number[] = [];
        for (let y = startYear; y <= last; y++) if (!present.has(y)) missing.push(y);
        const extra = [...present].filter((y) => y < startYear || y > last).sort((a, b) => a - b);
        reportYears(ctx, missing, `missing (${need})`);
        reportYears(ctx, extra, `outside the projection (${need})`);
      },
      { when: (payload) => isRecord(payload.value) },
    );
}

/** One message for one year (`years.1962 is missing …`), one for several (`years 1962, 1970..1975 are missing …`). */
function reportYears(ctx: z.RefinementCtx, years: readonly number[], what: string): void {
  if (years.length === 0) return;
  if (years.length === 1) {
    ctx.addIssue({ code: 'custom', message: `is ${what}`, path: [String(years[0])] });
  } else {
    ctx.addIssue({ code: 'custom', message: `years ${yearRanges(years)} are ${what}`, params: { absolute: true } });
  }
}

/** [1950, 1951, 1952, 1960] → "1950..1952, 1960". */
export function yearRanges(sortedYears: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < sortedYears.length; ) {
    let j = i;
    while (j + 1 < sortedYears.length && sortedYears[j + 1] === sortedYears[j] + 1) j++;
    parts.push(j === i ? String(sortedYears[i]) : `${sortedYears[i]}..${sortedYears[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

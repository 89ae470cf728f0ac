/**
 * The observations file: published year-end figures (residents, hukou population, births, deaths) as
 * versioned JSON, validated with located messages. Stocks are at 31 December of `year`; births and
 * deaths are flows over that calendar year.
 *
 * ```json
 * { "format": "xiqing-observations", "version": 1, "name": "…", "source": "…",
 *   "observations": [ { "year": 2022, "residents": 1186200, "hukouPopulation": 484300,
 *                       "source": "…", "grade": "B" } ] }
 * ```
 *
 * Every field of an observation but `year` is optional. The observations are what a fit uses; they
 * never set the trend preset, which stays derived from the census (so the gap stays visible).
 */
import { z } from 'zod';
import { type DataFileSpec, parseDataFile, parseDataFileText } from '../data-files/versioned-file';
import type { TrustGrade } from '../xiqing/levers/lever-spec';

export const OBSERVATIONS_FORMAT = 'xiqing-observations';
export const OBSERVATIONS_VERSION = 1;
/** Observed years: the census year's end to a long horizon. */
export const MIN_OBSERVED_YEAR = 2020;
export const MAX_OBSERVED_YEAR = 2100;
/** Largest figure accepted: a district, not a country (catches a pasted value with stray digits). */
export const MAX_OBSERVED_VALUE = 100_000_000;
/** At most this many observed years in one file. */
export const MAX_OBSERVATIONS = 200;

/** The figures an observation can give, in the order tables and files show them. */
export const OBSERVED_FIELDS = ['residents', 'hukouPopulation', 'births', 'deaths'] as const;
export type ObservedField = (typeof OBSERVED_FIELDS)[number];

export const TRUST_GRADES: readonly TrustGrade[] = ['A', 'B', 'C', 'D', 'U'];

const figure = z.number().finite('must be a finite number').min(0, 'must be ≥ 0').max(MAX_OBSERVED_VALUE, `must be at most ${MAX_OBSERVED_VALUE.toLocaleString('en-US')}`);

const observationSchema = z
  .object({
    year: z.number().int('must be a whole year').min(MIN_OBSERVED_YEAR).max(MAX_OBSERVED_YEAR),
    residents: figure.optional(),
    hukouPopulation: figure.optional(),
    births: figure.optional(),
    deaths: figure.optional(),
    source: z.string().max(2000).optional(),
    grade: z.enum(TRUST_GRADES as [TrustGrade, ...TrustGrade[]], { error: 'must be one of A, B, C, D, U' }).optional(),
  })
  .strict();

const fileSchema = z
  .object({
    format: z.literal(OBSERVATIONS_FORMAT),
    version: z.literal(OBSERVATIONS_VERSION),
    name: z.string().trim().min(1, 'must not be empty').max(200),
    source: z.string().max(20_000).default(''),
    observations: z.array(observationSchema).max(MAX_OBSERVATIONS),
  })
  .strict();

/** An observations file as stored (current version). */
export type ObservationsFile = z.infer<typeof fileSchema>;
/** One observed year. */
export type Observation = ObservationsFile['observations'][number];

function checkObservations(file: ObservationsFile): string[] {
  const issues: string[] = [];
  const seen = new Map<number, number>();
  file.observations.forEach((o, i) => {
    const first = seen.get(o.year);
    if (first !== undefined) issues.push(`observations.${i}.year: ${o.year} is given twice (also observations.${first})`);
    else seen.set(o.year, i);
    if (o.residents !== undefined && o.hukouPopulation !== undefined && o.hukouPopulation > 2 * o.residents) {
      issues.push(`observations.${i}.hukouPopulation: ${o.hukouPopulation} is more than twice the residents (${o.residents}); check the units`);
    }
    for (const flow of ['births', 'deaths'] as const) {
      const v = o[flow];
      if (v !== undefined && o.residents !== undefined && v > 0.2 * o.residents) {
        issues.push(`observations.${i}.${flow}: ${v} is more than a fifth of the residents (${o.residents}); check the units`);
      }
    }
  });
  return issues;
}

/** How an observations file is read (the shared versioned-file frame). */
export const OBSERVATIONS_SPEC: DataFileSpec<ObservationsFile> = {
  format: OBSERVATIONS_FORMAT,
  version: OBSERVATIONS_VERSION,
  what: 'observations file',
  schema: fileSchema as unknown as z.ZodType<ObservationsFile>,
  check: checkObservations,
};

/** Validates an already-parsed JSON value as an observations file. Never throws. */
export const parseObservations = (data: unknown) => parseDataFile(OBSERVATIONS_SPEC, data);
/** Parses observations file text (JSON). Never throws. */
export const parseObservationsText = (text: string) => parseDataFileText(OBSERVATIONS_SPEC, text);

/** The observations in year order. */
export function sortedObservations(file: Pick<ObservationsFile, 'observations'>): Observation[] {
  return [...file.observations].sort((a, b) => a.year - b.year);
}

/** The observed value of `field` in `year`, if the file gives one. */
export function observedValue(file: Pick<ObservationsFile, 'observations'> | null | undefined, year: number, field: ObservedField): number | undefined {
  return file?.observations.find((o) => o.year === year)?.[field];
}

/** The file text: stable key order, years ascending, 2-space indent, trailing newline. */
export function serializeObservations(file: Omit<ObservationsFile, 'format' | 'version'>): string {
  const out = {
    format: OBSERVATIONS_FORMAT,
    version: OBSERVATIONS_VERSION,
    name: file.name,
    source: file.source,
    observations: sortedObservations(file).map((o) => {
      const row: Record<string, unknown> = { year: o.year };
      for (const f of OBSERVED_FIELDS) if (o[f] !== undefined) row[f] = o[f];
      if (o.source !== undefined) row.source = o.source;
      if (o.grade !== undefined) row.grade = o.grade;
      return row;
    }),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

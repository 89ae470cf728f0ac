/**
 * The areas file (`xiqing-areas`, version 1): Xiqing's towns, streets and special zones with their 2020
 * residents and where each figure came from, the planned additions per area and the service supply
 * per area. The app and the CLI ship a default (data/xiqing-areas-2020.json); users replace it with
 * their own figures (e.g. from the public-security register).
 *
 * Loading checks the shape with zod and then the cross-references (unique codes, additions and supply
 * naming an area that exists, one host for the students and one for the South Station district), and
 * reports every problem with where it is: `areas[3].residents2020: must be a number ≥ 0 (got "abc")`.
 */
import { z } from 'zod';

/** The `format` tag of an areas file. */
export const AREAS_FORMAT = 'xiqing-areas';
/** The version this build reads and writes. */
export const AREAS_VERSION = 1;
/** Most areas a file may list (a guard against pasted garbage, not a geographic limit). */
export const MAX_AREAS = 60;
/** Most rows of the planned-additions and supply tables. */
export const MAX_TABLE_ROWS = 2000;
/** Planned additions and facility openings are accepted in these calendar years. */
export const FIRST_TABLE_YEAR = 1950;
export const LAST_TABLE_YEAR = 2100;

/** Trust grade of a figure (data/reference/README.md): A official … D derived, U placeholder. */
export const GRADES = ['A', 'B', 'C', 'D', 'U'] as const;
export type Grade = (typeof GRADES)[number];

/** Facilities of the supply table and the unit each counts in. */
export const FACILITIES = ['childcare', 'kindergarten', 'primary', 'junior', 'careHome', 'dayCareCentre'] as const;
/** A facility kind: childcare places, kindergarten places, primary and junior places, care beds, day-care centres. */
export type Facility = (typeof FACILITIES)[number];

const gradeSchema = z.enum(GRADES, { error: (i) => `must be one of ${GRADES.join(', ')} (got ${show(i.input)})` });
const sourceSchema = z.strictObject({ grade: gradeSchema, text: z.string().max(4000), url: z.string().max(2000).optional() });
const localized = z.strictObject({ zh: z.string().trim().min(1, 'must not be empty').max(100), en: z.string().trim().min(1, 'must not be empty').max(100) });
const count = z.number({ error: (i) => `must be a number ≥ 0 (got ${show(i.input)})` }).finite().min(0, 'must be ≥ 0');
const share = z.number({ error: (i) => `must be a fraction 0–1 (got ${show(i.input)})` }).min(0, 'must be ≥ 0').max(1, 'must be ≤ 1');
const year = z
  .number({ error: (i) => `must be a calendar year (got ${show(i.input)})` })
  .int('must be a whole year')
  .min(FIRST_TABLE_YEAR, `must be ${FIRST_TABLE_YEAR} or later`)
  .max(LAST_TABLE_YEAR, `must be ${LAST_TABLE_YEAR} or earlier`);
const code = z.string({ error: (i) => `must be a text code (got ${show(i.input)})` }).trim().min(1, 'must not be empty').max(40);

const areaSchema = z.strictObject({
  code,
  name: localized,
  kind: z.enum(['street', 'town', 'zone'], { error: (i) => `must be "street", "town" or "zone" (got ${show(i.input)})` }),
  residents2020: count,
  residents2010: count.optional(),
  ageShares2020: z.strictObject({ age0to14: share, age15to59: share, age60plus: share }).optional(),
  nonLocalHukouShare2020: share.optional(),
  hostsStudents: z.boolean().optional(),
  hostsSouthStation: z.boolean().optional(),
  tile: z.strictObject({ col: z.number().int().min(0).max(20), row: z.number().int().min(0).max(20) }),
  sources: z.strictObject({ residents2020: sourceSchema, residents2010: sourceSchema.optional(), ageShares2020: sourceSchema.optional() }),
  note: z.string().max(4000).optional(),
});

const additionSchema = z.strictObject({ year, area: code, persons: count, note: z.string().max(1000).optional() });
const supplySchema = z.strictObject({
  area: code,
  facility: z.enum(FACILITIES, { error: (i) => `must be one of ${FACILITIES.join(', ')} (got ${show(i.input)})` }),
  capacity: count,
  yearOpened: year,
  name: z.string().max(200).optional(),
  grade: gradeSchema.optional(),
});

const fileSchema = z.strictObject({
  format: z.literal(AREAS_FORMAT, { error: (i) => `must be "${AREAS_FORMAT}" (got ${show(i.input)})` }),
  version: z.literal(AREAS_VERSION, { error: (i) => `must be ${AREAS_VERSION} (got ${show(i.input)})` }),
  name: localized,
  description: z.string().max(20_000).default(''),
  district: z.strictObject({
    residents2020: count,
    residents2010: count,
    sources: z.strictObject({ residents2020: sourceSchema, residents2010: sourceSchema }),
  }),
  method: z.strictObject({ differentialDecayPerYear: share }),
  areas: z.array(areaSchema).min(1, 'must list at least one area').max(MAX_AREAS, `must list at most ${MAX_AREAS} areas`),
  plannedAdditions: z.array(additionSchema).max(MAX_TABLE_ROWS).default([]),
  supply: z.array(supplySchema).max(MAX_TABLE_ROWS).default([]),
});

/** An areas file as stored (version 1). */
export type AreasFile = z.infer<typeof fileSchema>;
/** One area of the file. */
export type Area = AreasFile['areas'][number];
/** One row of the planned-additions table: persons arriving in `area` in calendar year `year`. */
export type PlannedAddition = AreasFile['plannedAdditions'][number];
/** One row of the supply table: a facility with `capacity` places, beds or centres, open from `yearOpened`. */
export type SupplyRow = AreasFile['supply'][number];

export type AreasLoadResult = { ok: true; file: AreasFile; warnings: string[] } | { ok: false; issues: string[] };

function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

/** `areas[3].residents2020` from zod's path. */
function where(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p)}`;
  return out || '(file)';
}

/** Sum of the 0–14, 15–59 and 60+ shares may differ from 1 by this much (rounded published shares). */
const SHARE_SUM_TOLERANCE = 0.005;
/** The areas' 2020 residents may differ from the district's by this fraction before a warning. */
const TOTAL_WARNING_FRACTION = 0.01;

function crossCheck(file: AreasFile): { issues: string[]; warnings: string[] } {
  const issues: string[] = [];
  const warnings: string[] = [];
  const seen = new Map<string, number>();
  file.areas.forEach((a, i) => {
    const first = seen.get(a.code);
    if (first !== undefined) issues.push(`areas[${i}].code: "${a.code}" is already used by areas[${first}]`);
    else seen.set(a.code, i);
    if (a.ageShares2020) {
      const s = a.ageShares2020.age0to14 + a.ageShares2020.age15to59 + a.ageShares2020.age60plus;
      if (Math.abs(s - 1) > SHARE_SUM_TOLERANCE) issues.push(`areas[${i}].ageShares2020: the three shares add up to ${s.toFixed(3)}, not 1`);
    }
  });
  for (const flag of ['hostsStudents', 'hostsSouthStation'] as const) {
    const hosts = file.areas.flatMap((a, i) => (a[flag] ? [i] : []));
    if (hosts.length !== 1) issues.push(`areas: exactly one area must have "${flag}": true (found ${hosts.length})`);
  }
  if (file.areas.every((a) => a.residents2020 === 0)) issues.push('areas: at least one area must have residents in 2020');
  file.plannedAdditions.forEach((r, i) => {
    if (!seen.has(r.area)) issues.push(`plannedAdditions[${i}].area: no area has the code "${r.area}"`);
  });
  file.supply.forEach((r, i) => {
    if (!seen.has(r.area)) issues.push(`supply[${i}].area: no area has the code "${r.area}"`);
  });
  const total = file.areas.reduce((s, a) => s + a.residents2020, 0);
  const district = file.district.residents2020;
  if (district > 0 && Math.abs(total - district) / district > TOTAL_WARNING_FRACTION) {
    warnings.push(
      `areas: the areas' 2020 residents add up to ${Math.round(total)}, the district's to ${Math.round(district)}; ` +
        'the areas are used as shares of the district projection',
    );
  }
  return { issues, warnings };
}

/** Validates a parsed JSON value as an areas file. */
export function checkAreasFile(value: unknown): AreasLoadResult {
  const parsed = fileSchema.safeParse(value);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => `${where(i.path)}: ${i.message}`) };
  const { issues, warnings } = crossCheck(parsed.data);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, file: parsed.data, warnings };
}

/** Parses and validates the text of an areas file. */
export function parseAreasFile(text: string): AreasLoadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, issues: [`(file): not valid JSON (${e instanceof Error ? e.message : String(e)})`] };
  }
  return checkAreasFile(value);
}

/** The text of an areas file (what the app saves and exports); `parseAreasFile` reads it back unchanged. */
export function serializeAreasFile(file: AreasFile): string {
  return JSON.stringify(file, null, 1) + '\n';
}

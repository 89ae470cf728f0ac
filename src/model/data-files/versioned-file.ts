/**
 * The common frame of the app's versioned JSON files (targets, observations): a `format` tag, a whole
 * `version`, migrations that bring every older version to the current one, validation with messages
 * that say where (`targets.2.value: …`), and a typed refusal for text that is not JSON, JSON of another
 * format, or a file from a newer version. Never throws.
 */
import type { z } from 'zod';

/** Why a file could not be loaded; `kind` lets the app choose its message (same kinds as scenario files). */
export type DataFileError =
  | { kind: 'not-json'; message: string }
  | { kind: 'foreign'; message: string }
  | { kind: 'future-version'; message: string; version: number }
  | { kind: 'invalid'; message: string; issues: string[] };

export type DataFileResult<T> = { ok: true; file: T; migratedFrom?: number } | { ok: false; error: DataFileError };

/** How one file kind is read. */
export interface DataFileSpec<T> {
  format: string;
  version: number;
  /** What the file is, for messages: "targets file". */
  what: string;
  schema: z.ZodType<T>;
  /** Steps from version n to n+1, indexed by n (none yet: version 1 is the first of both kinds). */
  migrations?: Readonly<Record<number, (raw: Record<string, unknown>) => Record<string, unknown>>>;
  /** Checks that need the whole parsed file (known ids, duplicates, ranges by unit): located messages. */
  check?: (file: T) => string[];
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `targets.2.value` from a zod issue path; `(file)` for the top level. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : '(file)';
}

/** Brings `raw` (of version `from`) to the current version through the spec's migration chain. */
export function migrate<T>(spec: DataFileSpec<T>, raw: Record<string, unknown>, from: number): Record<string, unknown> {
  let value = { ...raw };
  for (let v = from; v < spec.version; v++) {
    const step = spec.migrations?.[v];
    if (!step) throw new Error(`${spec.what}: no migration from version ${v}`);
    value = { ...step(value), version: v + 1 };
  }
  return value;
}

/** Validates an already-parsed JSON value as a file of `spec`'s kind. Never throws. */
export function parseDataFile<T>(spec: DataFileSpec<T>, data: unknown): DataFileResult<T> {
  if (!isObject(data)) return { ok: false, error: { kind: 'foreign', message: `not a ${spec.what}: the file is not a JSON object` } };
  if (data.format !== spec.format) {
    return { ok: false, error: { kind: 'foreign', message: `not a ${spec.what}: format is ${JSON.stringify(data.format) ?? 'missing'}, expected "${spec.format}"` } };
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const issue = 'version: must be a whole number ≥ 1';
    return { ok: false, error: { kind: 'invalid', message: `invalid ${spec.what}: ${issue}`, issues: [issue] } };
  }
  if (version > spec.version) {
    return {
      ok: false,
      error: { kind: 'future-version', version, message: `this ${spec.what} was saved by a newer version of the app (file version ${version}; this app reads up to ${spec.version})` },
    };
  }
  let parsed;
  try {
    parsed = spec.schema.safeParse(migrate(spec, data, version));
  } catch (error) {
    const issue = `(file): ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, error: { kind: 'invalid', message: `invalid ${spec.what}: ${issue}`, issues: [issue] } };
  }
  const issues = parsed.success ? (spec.check?.(parsed.data) ?? []) : parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
  if (!parsed.success || issues.length) {
    return { ok: false, error: { kind: 'invalid', message: `invalid ${spec.what}: ${issues.join('; ')}`, issues } };
  }
  return version < spec.version ? { ok: true, file: parsed.data, migratedFrom: version } : { ok: true, file: parsed.data };
}

/** Parses file text (JSON) as a file of `spec`'s kind. Never throws. */
export function parseDataFileText<T>(spec: DataFileSpec<T>, text: string): DataFileResult<T> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: { kind: 'not-json', message: `the file is not valid JSON (${(e as Error).message})` } };
  }
  return parseDataFile(spec, data);
}

/**
 * Runtime schemas for the host contract. Main validates every IPC argument with these, because the
 * renderer is treated as untrusted; the browser host reuses the settings schema for localStorage.
 */
import { z } from 'zod';
import {
  CLOSE_ANSWERS, LANGUAGES, MAX_EXPORT_BYTES, MAX_RECENT_FILES,
  type HostChannel, type HostHandlers, type Settings,
} from './contract';
import { LIBRARY_ARG_SCHEMAS } from './library-schemas';
import { WALKTHROUGH_ARG_SCHEMAS } from './walkthrough-schemas';
import { byteSize, fileNameSchema, megabytes, pathSchema, scenarioTextSchema } from './schema-parts';


const filterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[A-Za-z0-9]{1,10}$/, 'extensions are letters and digits, without a dot')).min(1).max(10),
});

const exportContentSchema = z.union([z.string(), z.instanceof(Uint8Array)], { error: 'content must be text or bytes' }).refine(
  (content) => byteSize(content) <= MAX_EXPORT_BYTES,
  `export is larger than ${megabytes(MAX_EXPORT_BYTES)}`,
);

const pixels = z.number().int().min(-100_000).max(100_000);
export const windowBoundsSchema = z.strictObject({
  x: pixels, y: pixels,
  width: z.number().int().min(200).max(100_000),
  height: z.number().int().min(150).max(100_000),
  maximized: z.boolean(),
});

/**
 * Settings as read from storage. Each field falls back to its default on its own, so one damaged
 * or newer-version field does not cost the user the rest; unknown fields are dropped.
 */
export const settingsSchema = z.object({
  language: z.enum(LANGUAGES).catch('zh-CN'),
  windowBounds: windowBoundsSchema.nullable().catch(null),
  scenarioFolder: pathSchema.nullable().catch(null),
  libraryFolder: pathSchema.nullable().catch(null),
  recentFiles: z.array(z.unknown()).catch([]).transform((items) => {
    const files = items.filter((item): item is string => pathSchema.safeParse(item).success);
    return [...new Set(files)].slice(0, MAX_RECENT_FILES);
  }),
}) satisfies z.ZodType<Settings>;

export const DEFAULT_SETTINGS: Settings = Object.freeze(settingsSchema.parse({}));

/** One argument-tuple schema per channel; the mapped type makes a missing channel a type error. */
export const ARG_SCHEMAS: { [K in HostChannel]: z.ZodType<Parameters<HostHandlers[K]>> } = {
  'settings:get': z.tuple([]),
  'settings:set': z.tuple([z.strictObject({ language: z.enum(LANGUAGES).optional(), libraryFolder: z.null({ error: 'libraryFolder can only be reset (null); choose a folder with chooseLibraryFolder' }).optional() })]),
  'app:info': z.tuple([]),
  'scenario-file:open-dialog': z.tuple([]),
  'scenario-file:open-recent': z.tuple([pathSchema]),
  'scenario-file:save': z.tuple([pathSchema, scenarioTextSchema]),
  'scenario-file:save-as-dialog': z.tuple([fileNameSchema, scenarioTextSchema]),
  'export:save-file': z.tuple([z.strictObject({
    suggestedName: fileNameSchema,
    content: exportContentSchema,
    filters: z.array(filterSchema).max(10),
  })]),
  'export:print-pdf': z.tuple([z.strictObject({
    suggestedName: fileNameSchema,
    filters: z.array(filterSchema).max(10),
  })]),
  ...LIBRARY_ARG_SCHEMAS,
  ...WALKTHROUGH_ARG_SCHEMAS,
  'window:set-unsaved': z.tuple([z.boolean()]),
  'window:close-reply': z.tuple([z.number().int().positive(), z.enum(CLOSE_ANSWERS)]),
};

/** Thrown when a renderer sends arguments that do not match the contract. */
export class HostArgumentError extends Error {
  override readonly name = 'HostArgumentError';
}

/** Validates raw IPC arguments for a channel; throws a {@link HostArgumentError} naming each problem. */
export function parseArgs<K extends HostChannel>(channel: K, raw: unknown[]): Parameters<HostHandlers[K]> {
  const schema = ARG_SCHEMAS[channel] as z.ZodType<Parameters<HostHandlers[K]>> | undefined;
  if (!schema) throw new HostArgumentError(`Unknown channel "${String(channel)}"`);
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    if ((issue.code === 'too_big' || issue.code === 'too_small') && issue.path.length === 0) {
      return `expected ${issue.code === 'too_big' ? 'at most' : 'at least'} ${String(issue.code === 'too_big' ? issue.maximum : issue.minimum)} argument(s), got ${raw.length}`;
    }
    const [index, ...rest] = issue.path;
    const where = index === undefined ? 'arguments' : `argument ${Number(index) + 1}${rest.length ? ` (${rest.join('.')})` : ''}`;
    return `${where}: ${issue.message}`;
  });
  throw new HostArgumentError(`Invalid arguments for "${channel}": ${problems.join('; ')}`);
}

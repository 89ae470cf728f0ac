/**
 * The targets file: a named set of targets (a plan's, or a user's draft for the next plan period) as
 * versioned JSON, validated with located messages.
 *
 * ```json
 * { "format": "xiqing-targets", "version": 1, "name": "西青区人口发展“十四五”规划",
 *   "targets": [ { "indicator": "residents", "year": 2025, "value": 1350000, "kind": "about",
 *                  "tolerance": 0.01, "source": "…", "label": { "zh-CN": "常住人口", "en": "Resident population" } } ] }
 * ```
 *
 * `indicator` names one of {@link TARGET_INDICATORS}; shares are fractions 0..1; `tolerance` (relative,
 * default 0.01) belongs to "about" targets only. `id` is optional (default: the indicator, or
 * `indicator-year` when the set has that indicator in more than one year).
 */
import { z } from 'zod';
import type { Localized } from '../xiqing/levers/lever-spec';
import { type DataFileSpec, parseDataFile, parseDataFileText } from '../data-files/versioned-file';
import { TARGET_INDICATORS, type TargetMeasure } from './target-indicators';
import { DEFAULT_ABOUT_TOLERANCE, TARGET_KINDS, type TargetKind } from './target-status';

export const TARGETS_FORMAT = 'xiqing-targets';
export const TARGETS_VERSION = 1;
/** At most this many targets in one set. */
export const MAX_TARGETS = 200;
/** Target years: after the 2020 census, up to a long-range plan's horizon. */
export const MIN_TARGET_YEAR = 2021;
export const MAX_TARGET_YEAR = 2100;

const labelSchema = z.object({ 'zh-CN': z.string().trim().min(1, 'must not be empty').max(200), en: z.string().trim().min(1, 'must not be empty').max(200) }).strict();

const entrySchema = z
  .object({
    id: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, 'must be letters, digits, "-" or "_", starting with a letter').optional(),
    indicator: z.string().min(1, 'must name an indicator'),
    year: z.number().int('must be a whole year').min(MIN_TARGET_YEAR).max(MAX_TARGET_YEAR),
    value: z.number().finite('must be a finite number'),
    kind: z.enum(TARGET_KINDS as [TargetKind, ...TargetKind[]], { error: 'must be "about", "atLeast" or "atMost"' }),
    tolerance: z.number().min(0).max(0.5, 'must be at most 0.5 (±50%)').optional(),
    source: z.string().max(2000).default(''),
    label: labelSchema.optional(),
  })
  .strict();

const fileSchema = z
  .object({
    format: z.literal(TARGETS_FORMAT),
    version: z.literal(TARGETS_VERSION),
    name: z.string().trim().min(1, 'must not be empty').max(200),
    description: z.string().max(20_000).default(''),
    targets: z.array(entrySchema).max(MAX_TARGETS),
  })
  .strict();

/** A targets file as stored (current version). */
export type TargetsFile = z.infer<typeof fileSchema>;
/** One target as stored. */
export type TargetEntry = TargetsFile['targets'][number];

/** One target ready to check: the stored entry resolved against the indicator registry. */
export interface PlanTarget {
  id: string;
  indicator: string;
  label: Localized;
  /** The year the target is set for. */
  year: number;
  target: number;
  kind: TargetKind;
  /** For "about": the largest relative deviation still met (0.01 = ±1%). */
  tolerance?: number;
  unit: Localized;
  /** Values are fractions 0..1. */
  share: boolean;
  measure: TargetMeasure;
  /** Where the figure comes from (the plan's wording, a section, a note). */
  source: string;
}

/** A set of targets with its name. */
export interface TargetSet {
  name: string;
  description: string;
  targets: readonly PlanTarget[];
}

function defaultIds(entries: readonly TargetEntry[]): string[] {
  const count = new Map<string, number>();
  for (const e of entries) count.set(e.indicator, (count.get(e.indicator) ?? 0) + 1);
  return entries.map((e) => e.id ?? (count.get(e.indicator)! > 1 ? `${e.indicator}-${e.year}` : e.indicator));
}

/** Checks that need the registry and the whole list: located messages. */
function checkTargets(file: TargetsFile): string[] {
  const issues: string[] = [];
  const seenIds = new Map<string, number>();
  const seenPairs = new Map<string, number>();
  const ids = defaultIds(file.targets);
  file.targets.forEach((entry, i) => {
    const at = `targets.${i}`;
    const indicator = TARGET_INDICATORS.get(entry.indicator);
    if (!indicator) {
      issues.push(`${at}.indicator: unknown indicator "${entry.indicator}" (known: ${[...TARGET_INDICATORS.keys()].slice(0, 12).join(', ')}, …)`);
    } else if (indicator.share && (entry.value < 0 || entry.value > 1)) {
      issues.push(`${at}.value: ${indicator.label.en} is a share, written as a fraction 0..1 (95% is 0.95), got ${entry.value}`);
    } else if (entry.value < 0) {
      issues.push(`${at}.value: must be ≥ 0, got ${entry.value}`);
    }
    if (entry.tolerance !== undefined && entry.kind !== 'about') issues.push(`${at}.tolerance: only an "about" target has a tolerance band`);
    const pair = `${entry.indicator}@${entry.year}`;
    if (seenPairs.has(pair)) issues.push(`${at}: a second target for ${entry.indicator} in ${entry.year} (the first is targets.${seenPairs.get(pair)})`);
    else seenPairs.set(pair, i);
    if (seenIds.has(ids[i])) issues.push(`${at}.id: "${ids[i]}" is used twice (also targets.${seenIds.get(ids[i])})`);
    else seenIds.set(ids[i], i);
  });
  return issues;
}

/** How a targets file is read (the shared versioned-file frame). */
export const TARGETS_SPEC: DataFileSpec<TargetsFile> = {
  format: TARGETS_FORMAT,
  version: TARGETS_VERSION,
  what: 'targets file',
  schema: fileSchema as unknown as z.ZodType<TargetsFile>,
  check: checkTargets,
};

/** Validates an already-parsed JSON value as a targets file. Never throws. */
export const parseTargets = (data: unknown) => parseDataFile(TARGETS_SPEC, data);
/** Parses targets file text (JSON). Never throws. */
export const parseTargetsText = (text: string) => parseDataFileText(TARGETS_SPEC, text);

/** The targets of a validated file, resolved against the indicator registry (labels default to the indicator's). */
export function targetSetOf(file: TargetsFile): TargetSet {
  const ids = defaultIds(file.targets);
  const targets = file.targets.map((entry, i): PlanTarget => {
    const indicator = TARGET_INDICATORS.get(entry.indicator);
    if (!indicator) throw new Error(`targets file "${file.name}" was not validated: unknown indicator ${entry.indicator}`);
    return {
      id: ids[i],
      indicator: entry.indicator,
      label: entry.label ? { zh: entry.label['zh-CN'], en: entry.label.en } : indicator.label,
      year: entry.year,
      target: entry.value,
      kind: entry.kind,
      ...(entry.kind === 'about' ? { tolerance: entry.tolerance ?? DEFAULT_ABOUT_TOLERANCE } : {}),
      unit: indicator.unit,
      share: indicator.share,
      measure: indicator.measure,
      source: entry.source,
    };
  });
  return { name: file.name, description: file.description, targets };
}

/** The file text of a target set: stable key order, 2-space indent, trailing newline. */
export function serializeTargets(file: Omit<TargetsFile, 'format' | 'version'>): string {
  const out = {
    format: TARGETS_FORMAT,
    version: TARGETS_VERSION,
    name: file.name,
    description: file.description,
    targets: file.targets.map((t) => ({
      ...(t.id === undefined ? {} : { id: t.id }),
      indicator: t.indicator,
      year: t.year,
      value: t.value,
      kind: t.kind,
      ...(t.tolerance === undefined ? {} : { tolerance: t.tolerance }),
      source: t.source,
      ...(t.label === undefined ? {} : { label: t.label }),
    })),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

/** A file for a target set (the inverse of {@link targetSetOf}; labels kept, ids kept). */
export function targetsFileOf(set: TargetSet): Omit<TargetsFile, 'format' | 'version'> {
  return {
    name: set.name,
    description: set.description,
    targets: set.targets.map((t) => ({
      id: t.id,
      indicator: t.indicator,
      year: t.year,
      value: t.target,
      kind: t.kind,
      ...(t.kind === 'about' && t.tolerance !== undefined ? { tolerance: t.tolerance } : {}),
      source: t.source,
      label: { 'zh-CN': t.label.zh, en: t.label.en },
    })),
  };
}

/**
 * The host's gate for plan-data text (target sets, observations), like scenario-check.ts for
 * scenarios: every such file the library reads or is asked to save goes through the model's loader
 * for its kind. Pure: used by main and by the browser host.
 */
import { OBSERVATIONS_FORMAT, parseObservationsText, parseTargetsText, TARGETS_FORMAT } from '@model';
import type { HostError, PlanDataKind } from './contract';
import { hostError } from './scenario-check';

export const PLAN_DATA_FORMATS: Readonly<Record<PlanDataKind, string>> = { targets: TARGETS_FORMAT, observations: OBSERVATIONS_FORMAT };
/** The file-name ending of each kind, so a folder listing tells them from scenarios at a glance. */
export const PLAN_DATA_SUFFIX: Readonly<Record<PlanDataKind, string>> = { targets: '.targets.json', observations: '.observations.json' };

export type CheckedPlanData = { ok: true; name: string; migratedFrom?: number } | { ok: false; error: HostError };

/** Runs the model's loader for `kind` on text read from (or meant for) `fileName`. Never throws. */
export function checkPlanDataText(kind: PlanDataKind, text: string, fileName: string): CheckedPlanData {
  const result = kind === 'targets' ? parseTargetsText(text) : parseObservationsText(text);
  if (result.ok) return result.migratedFrom === undefined ? { ok: true, name: result.file.name } : { ok: true, name: result.file.name, migratedFrom: result.migratedFrom };
  const message = `${fileName}: ${result.error.message}.`;
  return { ok: false, error: result.error.kind === 'future-version' ? hostError('future-version', message, result.error.version) : hostError(result.error.kind, message) };
}

/** The plan-data kind a text declares in its `format` field, if any (cheap: no validation). */
export function planDataKindOf(text: string): PlanDataKind | null {
  try {
    const format = (JSON.parse(text) as { format?: unknown } | null)?.format;
    return format === TARGETS_FORMAT ? 'targets' : format === OBSERVATIONS_FORMAT ? 'observations' : null;
  } catch {
    return null;
  }
}

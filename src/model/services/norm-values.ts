/**
 * Norm values: checking user-supplied values and merging them onto the defaults, the same way lever
 * values are handled (`../xiqing/levers/lever-values.ts`), so the CLI and the app can treat levers and
 * norms alike. Never throws for bad input: errors come back as messages naming the norm and its range.
 */
import { checkAgainstSpec } from '../xiqing/levers/spec-check';
import { DEFAULT_NORMS, NORM_IDS, NORM_SPECS, type NormId, type NormValues } from './norm-specs';

/** Norm values that differ from the defaults (what a scenario file would store). */
export type NormOverrides = Partial<Record<NormId, number>>;

/** A problem with one norm value. */
export interface NormError {
  norm: string;
  message: string;
}

/** Norms that count whole things (children per class, children per kindergarten) and must be integers. */
const INTEGER_NORMS: ReadonlySet<NormId> = new Set<NormId>([
  'kindergartenClassSizeAge3', 'kindergartenClassSizeAge4', 'kindergartenClassSizeAge5',
  'maxChildrenPerKindergarten', 'primaryClassSize', 'juniorClassSize',
]);

/** Whether `id` names a norm. */
export function isNormId(id: string): id is NormId {
  return Object.prototype.hasOwnProperty.call(NORM_SPECS, id);
}

/** Checks one value against its spec; returns a readable message, or undefined if it is valid. */
export function checkNormValue(id: string, value: unknown): string | undefined {
  if (!isNormId(id)) return `unknown norm "${id}"; known norms: ${NORM_IDS.join(', ')}`;
  return checkAgainstSpec('norm', NORM_SPECS[id], value, INTEGER_NORMS.has(id));
}

/** Merges overrides onto the default norms after checking each. */
export function resolveNorms(overrides: Readonly<Record<string, unknown>>):
  | { ok: true; values: NormValues }
  | { ok: false; errors: NormError[] } {
  const errors: NormError[] = [];
  const values: Record<NormId, number> = { ...DEFAULT_NORMS };
  for (const [id, value] of Object.entries(overrides)) {
    const message = checkNormValue(id, value);
    if (message) errors.push({ norm: id, message });
    else values[id as NormId] = value as number;
  }
  return errors.length ? { ok: false, errors } : { ok: true, values };
}

/** The norm values that differ from the defaults. */
export function normOverrides(values: NormValues): NormOverrides {
  const out: NormOverrides = {};
  for (const id of NORM_IDS) if (values[id] !== DEFAULT_NORMS[id]) out[id] = values[id];
  return out;
}

/**
 * Checking one norm value, the same way lever values are checked (`../xiqing/levers/lever-values.ts`);
 * merging a scenario's norms and levers onto the defaults is `resolveValues` in ../scenario-values.ts.
 * Never throws for bad input: a problem comes back as a message naming the norm and its range.
 */
import { checkAgainstSpec } from '../xiqing/levers/spec-check';
import { NORM_IDS, NORM_SPECS, type NormId } from './norm-specs';

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

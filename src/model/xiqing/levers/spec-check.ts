/** Checking one value against its spec: shared by levers and service norms, so both speak alike. */
import { describeValue } from '../../inputs-file/leaf-schemas';
import type { LeverSpec } from './lever-spec';

/**
 * A readable message naming the value and its range, or undefined if `value` is valid.
 * @param kind `lever` or `norm`, for the message
 * @param whole whether the value must be a whole number (years, class sizes)
 */
export function checkAgainstSpec(kind: 'lever' | 'norm', spec: LeverSpec, value: unknown, whole: boolean): string | undefined {
  if (typeof value !== 'number') return `${kind} ${spec.id} must be a number, got ${describeValue(value)}`;
  // JSON.parse turns a literal such as 1e999 into Infinity.
  if (!Number.isFinite(value)) return `${kind} ${spec.id} is not a finite number (got ${value}: too large to represent)`;
  if (value < spec.min || value > spec.max) {
    return `${kind} ${spec.id} is ${value}, outside its range ${spec.min} to ${spec.max} (${spec.unit.en})`;
  }
  if (whole && !Number.isInteger(value)) return `${kind} ${spec.id} must be a whole number, got ${value}`;
  return undefined;
}

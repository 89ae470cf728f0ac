/**
 * Limits on parsed JSON, checked before anything walks it recursively. `JSON.parse` itself copes with
 * any depth, but every recursive walk after it (schema checks, `JSON.stringify` in a message) overflows
 * the call stack on a value nested a few thousand levels deep — a 12 KB file is enough.
 */

/** How deep and how large a parsed JSON value may be. */
export interface JsonLimits {
  /** Levels of arrays and objects (a flat object is depth 1). */
  maxDepth: number;
  /** Values in all (every array element, object member and the root each count one). */
  maxValues: number;
}

/** Ample for any scenario file: lever values are numbers or year paths (two levels below `levers`). */
export const SCENARIO_JSON_LIMITS: JsonLimits = { maxDepth: 16, maxValues: 100_000 };

/**
 * Why `value` is over `limits`, in plain words, or undefined when it is within them. Iterative (it
 * never recurses), and it stops at the first level or value over the limit.
 */
export function jsonLimitProblem(value: unknown, limits: JsonLimits): string | undefined {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  let values = 1;
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (typeof next.value !== 'object' || next.value === null) continue;
    const depth = next.depth + 1;
    if (depth > limits.maxDepth) return `it is nested more than ${limits.maxDepth} levels deep (arrays or objects inside one another)`;
    const children = Array.isArray(next.value) ? next.value : Object.values(next.value);
    values += children.length;
    if (values > limits.maxValues) return `it holds more than ${limits.maxValues.toLocaleString('en-US')} values`;
    for (const child of children) pending.push({ value: child, depth });
  }
  return undefined;
}

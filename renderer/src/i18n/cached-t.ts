/**
 * A translation function that remembers its answers. The view-models ask for the same labels on every
 * model run (a slider move asks for some hundred strings), and i18next resolves each one afresh —
 * namespaces, fallbacks, interpolation — which cost more than drawing a chart. A cached `t` is made per
 * `t` (a new language gives a new `t`, hence a new cache), so a cached string is never stale.
 */
import type { TFunction } from 'i18next';

/** Entries kept before the cache starts again (interpolated numbers make new keys on every move). */
const LIMIT = 2_000;

const isPlain = (v: unknown) => v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** `t`, answering repeated calls (same key, same plain options) from a cache. */
export function cachedT(t: TFunction): TFunction {
  const cache = new Map<string, unknown>();
  const call = t as unknown as (key: unknown, options?: unknown) => unknown;
  const cached = (key: unknown, options?: unknown): unknown => {
    // Only a string key with plain options (strings, numbers) has a stable cache key.
    if (typeof key !== 'string' || (options !== undefined && (typeof options !== 'object' || options === null || !Object.values(options).every(isPlain)))) {
      return call(key, options);
    }
    const id = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
    if (cache.has(id)) return cache.get(id);
    const value = call(key, options);
    if (cache.size >= LIMIT) cache.clear();
    cache.set(id, value);
    return value;
  };
  return cached as unknown as TFunction;
}

/**
 * Paths the user really dropped on the window, so that `scenario-file:open-dropped` opens those and
 * nothing else. The preload sees each trusted (user-made) drop event, turns its files into paths and
 * reports them on DROP_GRANT_CHANNEL; main keeps each path for a short while and lets it be opened
 * once. A path the page made up — `/etc/shadow`, say — was never dropped, so it is refused unread.
 */
import { isAbsolute, resolve } from 'node:path';

export { DROP_GRANT_CHANNEL } from '../../src/host/contract';

/** How long a dropped path may wait to be opened, ms (the open follows the drop at once). */
export const DROP_GRANT_MS = 60_000;
/** Most paths taken from one drop (a drop of a whole folder's files is not a way to open one scenario). */
export const MAX_DROPPED_PATHS = 20;

export interface DropGrants {
  /** Records the paths of a drop (anything that is not a list of absolute paths is ignored). */
  grant(paths: unknown): void;
  /** Whether `path` was dropped within DROP_GRANT_MS; a path can be taken once per drop. */
  take(path: string): boolean;
}

/** An empty set of grants; `now` is the clock (tests move it). */
export function createDropGrants(now: () => number = Date.now): DropGrants {
  const expiries = new Map<string, number>();
  const forget = () => {
    for (const [path, expiry] of expiries) if (expiry <= now()) expiries.delete(path);
  };
  return {
    grant(paths) {
      if (!Array.isArray(paths)) return;
      forget();
      for (const path of paths.slice(0, MAX_DROPPED_PATHS)) {
        if (typeof path === 'string' && path.length < 4096 && isAbsolute(path)) expiries.set(resolve(path), now() + DROP_GRANT_MS);
      }
    },
    take(path) {
      forget();
      const key = resolve(path);
      const granted = expiries.has(key);
      expiries.delete(key);
      return granted;
    },
  };
}

/**
 * The cross-process lock of a library folder, so that one save's check ("is the file still the version
 * I read?") and write happen with no other process's save in between — two app windows, or two
 * computers whose library is one folder on a network drive. proper-lockfile makes a lock folder with
 * an atomic mkdir (which works on network file systems) and refreshes its time while held; a lock whose
 * time is older than STALE_MS was left by a process that died, and is taken over.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

/** The lock folder's name inside the library folder: hidden, and not a .json, so never listed. */
export const LOCK_NAME = '.xiqing-library.lock';
/** A lock not refreshed for this long belongs to a dead process (proper-lockfile refreshes every STALE_MS / 2). */
export const STALE_MS = 10_000;

/** Thrown when another process holds the lock for longer than we wait. */
export class LibraryBusyError extends Error {
  override readonly name = 'LibraryBusyError';
}

export interface LockOptions {
  /** Told when the lock was lost while held (its folder removed or not refreshed in time). */
  log?: (message: string) => void;
  /** How long to wait for another process's lock before giving up, ms (longer than STALE_MS, so a dead holder's lock is taken over). */
  waitMs?: number;
}

/** Runs `task` holding the lock of `folder` (created if missing). */
export async function withFolderLock<T>(folder: string, task: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const waitMs = options.waitMs ?? 2 * STALE_MS;
  await mkdir(folder, { recursive: true });
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(folder, {
      lockfilePath: join(folder, LOCK_NAME),
      realpath: false,
      stale: STALE_MS,
      // Short waits at first (saves take milliseconds), growing to 100 ms, for up to waitMs in all.
      retries: { retries: Math.ceil(waitMs / 100) + 10, factor: 1.3, minTimeout: 5, maxTimeout: 100, randomize: true },
      onCompromised: (error) => options.log?.(`library: lock of ${folder} lost while held: ${error.message}`),
    });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ELOCKED') {
      throw new LibraryBusyError('the library is being changed by another copy of the app (another window or computer); try again in a moment');
    }
    throw error;
  }
  try {
    return await task();
  } finally {
    await release().catch((error: unknown) => options.log?.(`library: cannot release the lock of ${folder}: ${String(error)}`));
  }
}

/**
 * The library and recovery channels of the contract, implemented once over a storage backend. Main
 * (backend: folders on disk) and the browser host (backend: IndexedDB) both spread these into their
 * handler maps, so the two hosts cannot drift apart; only choosing a folder differs per host.
 */
import type { HostHandlers } from '../contract';
import type { LibraryBackend } from './backend';
import { serialQueue } from './library-entry';
import { createLibrary } from './library-service';
import { createTrash } from './library-trash';
import { createRecovery } from './recovery';

/** Channels served by {@link createLibraryHandlers}. */
export type LibraryChannel =
  | 'library:list' | 'library:read' | 'library:save' | 'library:update' | 'library:duplicate'
  | 'library:delete' | 'library:list-deleted' | 'library:restore-deleted'
  | 'recovery:write' | 'recovery:list' | 'recovery:clear';

export interface LibraryHandlerOptions {
  /** Largest scenario file, bytes (tests lower it). */
  maxBytes?: number;
  now?: () => Date;
  /** Told of what is skipped or lost quietly (a recovery record that cannot be read). */
  log?: (message: string) => void;
}

/** The library and recovery channels over one storage backend (all but choosing a folder, which is per host). */
export function createLibraryHandlers(backend: LibraryBackend, options: LibraryHandlerOptions = {}): Pick<HostHandlers, LibraryChannel> {
  // One queue for the library and its trash: a delete can never interleave with a save of the same file.
  // Inside it, the backend's cross-process lock, so other processes' changes cannot interleave either.
  const serial = serialQueue();
  const queue = <T>(task: () => Promise<T>): Promise<T> => serial(() => (backend.exclusive ? backend.exclusive(task) : task()));
  const library = createLibrary(backend, { maxBytes: options.maxBytes, queue });
  const trash = createTrash(backend, { queue, now: options.now, maxBytes: options.maxBytes });
  const recovery = createRecovery(backend, options.now, options.log);

  return {
    'library:list': () => library.list(),
    'library:read': (id) => library.read(id),
    'library:save': (request) => library.save(request),
    'library:update': async (id, changes, expectedModified) => {
      const result = await library.update(id, changes, expectedModified);
      // A rename changes the id; unsaved work kept for the old id must follow it.
      if (result.status === 'saved' && result.entry.id !== id) await recovery.move(id, result.entry.id).catch(() => undefined);
      return result;
    },
    'library:duplicate': (id, name) => library.duplicate(id, name),
    'library:delete': (id) => trash.remove(id),
    'library:list-deleted': () => trash.list(),
    'library:restore-deleted': (trashId) => trash.restore(trashId),
    'recovery:write': (id, text) => recovery.write(id, text),
    'recovery:list': () => recovery.list(),
    'recovery:clear': (id) => recovery.clear(id).catch(() => undefined),
  };
}

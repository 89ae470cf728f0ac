/**
 * Deleting is undoable: a deleted scenario moves to the trash area (a `.deleted` folder inside the
 * library folder in Electron, so the move is a rename on the same disk), under a name that records
 * when it was deleted and what it was called, and moves back on restore.
 */
import {
  MAX_SCENARIO_BYTES,
  type DeletedEntry, type HostError, type LibraryDeleteResult, type LibraryRestoreResult,
} from '../contract';
import { isPlainJsonName, uniqueName } from '../safe-file-name';
import { hostError, ioError } from '../scenario-check';
import type { LibraryBackend } from './backend';
import { isNotFound, loadEntry } from './library-entry';

/** `20250102T030405678Z~趋势方案.json`: deletion time (sortable, no characters Windows forbids) + original name. */
const TRASH_ID = /^(\d{8}T\d{9}Z)~(.+)$/;

/** The trash name for a file deleted at `when`. */
export function trashIdFor(fileName: string, when: Date): string {
  return `${when.toISOString().replace(/[-:.]/g, '')}~${fileName}`;
}

/** The deletion time (ISO) and original file name in a trash id, or null if it is not one. */
export function parseTrashId(trashId: string): { deleted: string; fileName: string } | null {
  const match = TRASH_ID.exec(trashId);
  if (!match || !isPlainJsonName(match[2])) return null;
  const s = match[1];
  const deleted = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
  return Number.isNaN(Date.parse(deleted)) ? null : { deleted, fileName: match[2] };
}

export interface TrashOptions {
  queue: <T>(task: () => Promise<T>) => Promise<T>;
  now?: () => Date;
  maxBytes?: number;
}

/** Delete (to the trash), restore and list the trash of the library over `backend`. */
export function createTrash(backend: LibraryBackend, { queue, now = () => new Date(), maxBytes = MAX_SCENARIO_BYTES }: TrashOptions) {
  const notFound = (name: string): HostError => hostError('not-found', `${name} is no longer there.`);

  return {
    /** Moves a library file (readable or not) to the trash. */
    remove(id: string): Promise<LibraryDeleteResult> {
      if (!isPlainJsonName(id)) return Promise.resolve(hostError('not-allowed', `"${id}" is not a scenario file name of the library.`));
      return queue(async (): Promise<LibraryDeleteResult> => {
        const trashId = trashIdFor(id, now());
        await backend.move('library', id, 'trash', trashId);
        return { status: 'deleted', trashId };
      }).catch((error: unknown) => (isNotFound(error) ? notFound(id) : ioError(`Cannot delete ${id}`, error)));
    },

    /** Moves a deleted file back under its old name, or a numbered one if that name has been taken since. */
    restore(trashId: string): Promise<LibraryRestoreResult> {
      const parsed = parseTrashId(trashId);
      if (!parsed) return Promise.resolve(hostError('not-allowed', `"${trashId}" is not an entry of the trash.`));
      return queue(async (): Promise<LibraryRestoreResult> => {
        const id = uniqueName(parsed.fileName, (await backend.list('library')).map((file) => file.name));
        await backend.move('trash', trashId, 'library', id);
        return { status: 'restored', id };
      }).catch((error: unknown) => (isNotFound(error) ? notFound(parsed.fileName) : ioError(`Cannot restore ${parsed.fileName}`, error)));
    },

    /** What the trash holds, most recently deleted first. */
    async list(): Promise<DeletedEntry[]> {
      const files = await backend.list('trash').catch(() => []);
      const entries = await Promise.all(files.map(async (file): Promise<DeletedEntry | null> => {
        const parsed = parseTrashId(file.name);
        if (!parsed) return null;
        const loaded = await loadEntry(backend, 'trash', file.name, maxBytes);
        return { trashId: file.name, name: loaded.ok ? loaded.entry.name : parsed.fileName.replace(/\.json$/i, ''), fileName: parsed.fileName, deleted: parsed.deleted };
      }));
      return entries.filter((e): e is DeletedEntry => e !== null).sort((a, b) => b.deleted.localeCompare(a.deleted) || a.trashId.localeCompare(b.trashId));
    },
  };
}

export type Trash = ReturnType<typeof createTrash>;

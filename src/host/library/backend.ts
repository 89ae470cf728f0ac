/**
 * Where the library keeps its files. The library logic (library-service.ts, recovery.ts) is written
 * once against this small interface; Electron supplies folders on disk (electron/main/library-fs-
 * backend.ts), the browser IndexedDB (renderer/src/host/idb-backend.ts), tests the memory backend.
 */
import type { OtherEncoding } from '../file-text';

/**
 * Three flat areas of named text files: the user's scenarios, the trash that deletions move to (so a
 * delete can be undone), and the recovery area for unsaved work.
 */
export type Area = 'library' | 'trash' | 'recovery';

/** A stored file: its name within the area, last modification (ISO 8601) and size in UTF-8 bytes. */
export interface StoredFile {
  name: string;
  modified: string;
  size: number;
}

/** A read: the text, or why there is none. Other failures (I/O) are thrown. */
export type ReadOutcome =
  | { status: 'ok'; text: string; file: StoredFile }
  | { status: 'not-found' }
  | { status: 'too-large'; size: number }
  | { status: 'not-utf8'; encoding?: OtherEncoding };

export interface LibraryBackend {
  /** A human-readable location of the library area (a folder), or null where there is none. */
  location(): string | null;
  /** The `.json` files of an area (not hidden ones, not temporary files); [] when the area is empty or absent. */
  list(area: Area): Promise<StoredFile[]>;
  /** Reads a file as UTF-8 (a BOM is dropped), refusing files over `maxBytes` before reading them. */
  read(area: Area, name: string, maxBytes: number): Promise<ReadOutcome>;
  /** Writes a file atomically: after a crash or failure the old content is intact, never half-written. */
  write(area: Area, name: string, text: string): Promise<StoredFile>;
  /** Moves a file, within or across areas; rejects (changing nothing) when the target name exists. */
  move(from: Area, fromName: string, to: Area, toName: string): Promise<void>;
  /** Deletes a file for good; a missing file is not an error. */
  remove(area: Area, name: string): Promise<void>;
  /**
   * Runs `task` while no other process changes the library: a check-then-write must be atomic across
   * processes when the folder is shared (two app windows, or two computers on a network drive).
   * Backends only one process can reach (memory, IndexedDB) leave it out.
   */
  exclusive?<T>(task: () => Promise<T>): Promise<T>;
}

/** Thrown by {@link LibraryBackend.move} when the target exists. */
export class TargetExistsError extends Error {
  override readonly name = 'TargetExistsError';
  readonly code = 'EEXIST';
}

/**
 * A modification time for a new write that is later than the previous one, even within the same
 * millisecond, so that `expectedModified` checks never mistake two writes for one.
 */
export function nextModified(now: Date, previous: string | undefined): string {
  const candidate = now.getTime();
  const after = previous === undefined ? -Infinity : Date.parse(previous) + 1;
  return new Date(Math.max(candidate, after)).toISOString();
}

/** UTF-8 size of a text, in bytes. */
export const utf8Size = (text: string): number => new TextEncoder().encode(text).length;

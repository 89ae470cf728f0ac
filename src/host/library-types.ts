/**
 * The scenario library and the recovery area, as the renderer sees them. Types only (re-exported by
 * contract.ts), so the sandboxed preload that bundles the contract gains no code from this file.
 *
 * The library is a flat set of scenario files: a folder under the user's Documents in Electron, the
 * browser's IndexedDB in a plain browser. Presets are not served by the host: the renderer bundles
 * `scenarios/*.json` itself and saves a copy into the library for "new from preset".
 */
import type { Canceled, HostError } from './contract';

/** One readable scenario of the library. Name, description and notes are the file's own fields. */
export interface LibraryEntry {
  /**
   * Identifies the scenario in every library call and in the recovery area. Opaque to the renderer
   * (today it is the file name); it changes when a rename changes the file name, so always use the
   * id from the latest result.
   */
  id: string;
  /** The scenario's name (the file's `name`). */
  name: string;
  /** The file's name in the library folder, e.g. `人才引进 高方案.json`. */
  fileName: string;
  /** Last modification, ISO 8601 (UTC). Pass it back as `expectedModified` to detect clobbering. */
  modified: string;
  description: string;
  notes: string;
  /** Set when the file is an older format version, upgraded in memory; saving writes the current version. */
  migratedFrom?: number;
}

/** A file in the library folder that is not a scenario this app can read. It is listed, never changed. */
export interface UnreadableEntry {
  id: string;
  fileName: string;
  modified: string;
  error: HostError;
}

/** The library's content: scenarios newest first, then the files that could not be read. */
export interface LibraryListing {
  /** The folder in use (Electron); null in a browser, where the library lives in IndexedDB. */
  folder: string | null;
  entries: LibraryEntry[];
  unreadable: UnreadableEntry[];
  /** Set when the library itself could not be listed (folder unreadable, storage unavailable). */
  error?: HostError;
}

/** `text` is the file as stored (valid: the renderer's `parseScenarioText` accepts it). */
export type LibraryReadResult = { status: 'opened'; entry: LibraryEntry; text: string } | HostError;

/**
 * Save a scenario's text (as made by the model's `serializeScenario`; anything the model's loader
 * refuses is not written). Without `id`, a new file is created, named after the scenario's name (made
 * safe for Windows and unique). With `id`, that file is overwritten — unless `expectedModified` is
 * given and the file changed since (then the answer is `conflict`, and nothing is written).
 */
export interface LibrarySaveRequest {
  text: string;
  id?: string;
  expectedModified?: string;
}

/** Changes to a library scenario's own fields; a new name also renames the file (so the id may change). */
export interface LibraryChanges {
  name?: string;
  notes?: string;
  description?: string;
}

export type LibrarySaveResult =
  | { status: 'saved'; entry: LibraryEntry }
  /** The file changed since `expectedModified`; `entry` is how it is now. Nothing was written. */
  | { status: 'conflict'; entry: LibraryEntry; message: string }
  | HostError;

/** Deleting moves the file to the library's trash; `trashId` undoes it with `restoreDeletedScenario`. */
export type LibraryDeleteResult = { status: 'deleted'; trashId: string } | HostError;
/** `id` is the restored scenario's id (its old file name, or a numbered one if that name is taken now). */
export type LibraryRestoreResult = { status: 'restored'; id: string } | HostError;

/** A scenario in the trash, newest deletion first. */
export interface DeletedEntry {
  trashId: string;
  /** The scenario's name, or the file name when the file is not readable. */
  name: string;
  fileName: string;
  /** When it was deleted, ISO 8601. */
  deleted: string;
}

/** Choosing the library folder: Electron only (a browser answers `not-allowed`). Files are not moved. */
export type FolderResult = { status: 'chosen'; folder: string } | Canceled | HostError;

/**
 * Unsaved work kept for crash recovery, one record per scenario id. The id is the renderer's choice:
 * a library id, or any stable string for a scenario not (yet) in the library (at most 300 characters).
 */
export interface RecoveryEntry {
  id: string;
  /** When it was written, ISO 8601. */
  savedAt: string;
  /** The scenario's name when the text is a valid scenario, else null (the text is kept as written). */
  name: string | null;
  text: string;
}

export type RecoveryWriteResult = { status: 'saved'; savedAt: string } | HostError;

/** Plan data kept in the library beside the scenarios: target sets and observed figures. */
export type PlanDataKind = 'targets' | 'observations';

/** A target set or observations file of the library. `id` is its file name (e.g. `2030 草案.targets.json`). */
export interface PlanDataEntry {
  id: string;
  kind: PlanDataKind;
  name: string;
  fileName: string;
  modified: string;
  migratedFrom?: number;
}

/** The library's files of one kind, newest first. */
export interface PlanDataListing {
  entries: PlanDataEntry[];
  error?: HostError;
}

export type PlanDataReadResult = { status: 'opened'; entry: PlanDataEntry; text: string } | HostError;

/** Save a target set or observations text (refused unless the model's loader accepts it); like {@link LibrarySaveRequest}. */
export interface PlanDataSaveRequest {
  kind: PlanDataKind;
  text: string;
  id?: string;
  expectedModified?: string;
}

export type PlanDataSaveResult = { status: 'saved'; entry: PlanDataEntry } | { status: 'conflict'; entry: PlanDataEntry; message: string } | HostError;

// The library session's public shapes and constants, shared by the session's parts and its users.
import type { Localized } from '@model';
import type { DeletedEntry, HostError, LibraryListing, RecoveryEntry } from '../../../src/host/contract';
import type { Preset } from '../presets/preset-list';

/** Unsaved work is written this long after the last change, ms. */
export const AUTOSAVE_DELAY_MS = 1000;

/** Recovery ids of scenarios that are not in the library start with this. */
export const UNSAVED_PREFIX = 'unsaved:';

/** A message in the `library` namespace; `error` adds the host's explanation by its kind. */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
  error?: HostError;
}

/** The one message shown to the user, with an optional Undo. */
export interface LibraryNotice {
  /** Changes with every notice, so a screen reader announces a repeated one. */
  id: number;
  tone: 'info' | 'error';
  message: Message;
  /** A deletion that Undo reverses. */
  undo?: { trashId: string; name: string };
}

/** A save that would have overwritten something: the user chooses. */
export interface SaveConflict {
  scenarioId: string;
  /** `changed`: the entry changed since it was opened; `missing`: it is gone from the library. */
  reason: 'changed' | 'missing';
  libraryId: string;
  name: string;
  /** When the entry was changed (for `changed`), ISO 8601. */
  modified?: string;
  /** The name a copy gets. */
  copyName: string;
}

/** The library entry an open scenario was opened from or saved to. */
export interface LibraryLink {
  libraryId: string;
  /** The entry's `modified` when this session last read or wrote it: the overwrite guard. */
  modified: string;
  name: string;
}

/** Everything the library screens render from. */
export interface LibrarySessionState {
  listing: LibraryListing | null;
  deleted: DeletedEntry[];
  /** Open scenario id → its library entry. */
  links: Readonly<Record<string, LibraryLink>>;
  notice: LibraryNotice | null;
  conflict: SaveConflict | null;
  /** Work found in the recovery area at start-up, until the user restores or discards it. */
  recovery: RecoveryEntry[] | null;
  /** A host call is running (buttons show it; nothing is locked). */
  busy: boolean;
}

/** The names a save may need, worked out before it runs. */
export interface SaveNames {
  /** The name of a new entry (a scenario not yet in the library), unique among the entries. */
  newName: string;
  /** The name of a copy, if an overwrite is refused and the user saves a copy instead. */
  copyName: string;
}

/** The library session: its state, and every library action the screens offer. */
export interface LibrarySession {
  getState(): LibrarySessionState;
  subscribe(listener: () => void): () => void;
  /** Reads the library and its trash again. */
  refresh(): Promise<void>;
  /** Saves a new entry from a preset under `name` and opens it; true when opened. */
  newFromPreset(preset: Preset, name: string): Promise<boolean>;
  /** Opens an entry (or switches to it if it is open already); true when opened. */
  openEntry(id: string): Promise<boolean>;
  /** Saves the active scenario: over its entry if it has one (unless changed since), else as a new entry. */
  saveActive(names: SaveNames): Promise<boolean>;
  resolveConflict(choice: 'overwrite' | 'copy' | 'cancel'): Promise<void>;
  rename(id: string, name: string): Promise<boolean>;
  /**
   * Renames an open scenario: a library scenario's entry and file through the host (the open one
   * follows), any other in the editor only (an unsaved change). Check the name first (`nameProblem`).
   */
  renameOpen(scenarioId: string, name: Localized): Promise<boolean>;
  /** Closes an open scenario, discarding its unsaved changes and their recovery record (ask first). */
  closeOpen(scenarioId: string): void;
  /** The open scenario was just written to a file: its text now is its saved state (unless it is a library scenario). */
  markSavedToFile(scenarioId: string): void;
  setNotes(id: string, notes: string): Promise<boolean>;
  duplicate(id: string, name: string): Promise<boolean>;
  remove(id: string, name: string): Promise<boolean>;
  /** Undoes a deletion, from the notice or the recently-deleted list. */
  restoreDeleted(trashId: string, name: string): Promise<boolean>;
  /** Open… (file dialog); true when a scenario was opened. */
  openFileDialog(): Promise<boolean>;
  /** A file dropped on the window; true when a scenario was opened. */
  openDropped(file: File): Promise<boolean>;
  /** Looks for unsaved work of an earlier run (once per session). */
  checkRecovery(): Promise<void>;
  restoreRecovery(): Promise<void>;
  discardRecovery(): Promise<void>;
  /** Closes the recovery offer without deciding: the work stays in the recovery area for the next start. */
  postponeRecovery(): void;
  /** Closes the notice (only notice `id`, if given: a later one stays). */
  dismissNotice(id?: number): void;
  /** Whether an open scenario has changes not saved anywhere. */
  isDirty(scenarioId: string): boolean;
  /** Writes pending unsaved work now (tests, and before the page goes away). */
  flushAutosave(): void;
}

/** How a library session is set up. */
export interface LibrarySessionOptions {
  autosaveDelayMs?: number;
  /** The shipped presets: a recovery record that is just an unchanged preset holds no work. */
  presets?: readonly Preset[];
}

/** Whether a host result is a refusal. */
export const isError = (value: { status: string }): value is HostError => value.status === 'error';

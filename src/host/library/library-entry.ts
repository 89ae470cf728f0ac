/**
 * Reading one stored file as a library entry, shared by the library, its trash and the tests: every
 * read goes through the model's loader, and every way a read can fail becomes a typed error.
 */
import type { HostError, LibraryEntry } from '../contract';
import { checkScenarioText, hostError, ioError, notUtf8Error, tooLargeError, type Scenario } from '../scenario-check';
import type { Area, LibraryBackend, StoredFile } from './backend';

/** A readable scenario with its entry and text, or the error that keeps it out of the library. */
export type LoadedEntry =
  | { ok: true; entry: LibraryEntry; text: string; scenario: Scenario }
  | { ok: false; error: HostError; file?: StoredFile };

/** The entry for a stored file holding `scenario`. */
export function toEntry(file: StoredFile, scenario: Scenario, migratedFrom?: number): LibraryEntry {
  const entry: LibraryEntry = {
    id: file.name,
    name: scenario.name,
    fileName: file.name,
    modified: file.modified,
    description: scenario.description,
    notes: scenario.notes,
  };
  return migratedFrom === undefined ? entry : { ...entry, migratedFrom };
}

/** Reads and validates one file. Never throws: I/O failures come back as `io` errors. */
export async function loadEntry(backend: LibraryBackend, area: Area, name: string, maxBytes: number): Promise<LoadedEntry> {
  try {
    const read = await backend.read(area, name, maxBytes);
    switch (read.status) {
      case 'not-found': return { ok: false, error: hostError('not-found', `${name} is no longer in the library.`) };
      case 'too-large': return { ok: false, error: tooLargeError(name, read.size, maxBytes) };
      case 'not-utf8': return { ok: false, error: notUtf8Error(name, read.encoding) };
      case 'ok': {
        const checked = checkScenarioText(read.text, name);
        if (!checked.ok) return { ok: false, error: checked.error, file: read.file };
        return { ok: true, entry: toEntry(read.file, checked.scenario, checked.migratedFrom), text: read.text, scenario: checked.scenario };
      }
    }
  } catch (error) {
    return { ok: false, error: ioError(`Cannot read ${name}`, error) };
  }
}

/** Runs tasks one after another, so two changes to the library can never interleave. */
export function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** Whether a thrown error means "no such file". */
export const isNotFound = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === 'ENOENT';

/**
 * The scenario library: the user's scenarios as files, whatever stores them. Only text the model's
 * loader accepts is written; a file that is not a readable scenario is listed but never overwritten;
 * an overwrite can be made conditional on the file being unchanged since it was read; changes run one
 * at a time. Deleting and restoring live in library-trash.ts.
 */
import { serializeScenario } from '@model';
import {
  MAX_SCENARIO_BYTES,
  type HostError, type LibraryChanges, type LibraryEntry, type LibraryListing, type LibraryReadResult, type LibrarySaveRequest, type LibrarySaveResult,
} from '../contract';
import { isPlainJsonName, libraryFileName, uniqueName } from '../safe-file-name';
import { checkScenarioText, hostError, ioError, tooLargeError, type CheckedScenario } from '../scenario-check';
import { utf8Size, type LibraryBackend } from './backend';
import { loadEntry, toEntry } from './library-entry';

export interface LibraryOptions {
  maxBytes?: number;
  /** Runs changes one at a time; shared with the trash so deletes and saves never interleave. */
  queue: <T>(task: () => Promise<T>) => Promise<T>;
}

const refuseId = (id: string): HostError => hostError('not-allowed', `"${id}" is not a scenario file name of the library.`);

/** The library over `backend`: list, read, save (create or overwrite), update (rename, notes) and duplicate. */
export function createLibrary(backend: LibraryBackend, { maxBytes = MAX_SCENARIO_BYTES, queue }: LibraryOptions) {
  const load = (id: string) => loadEntry(backend, 'library', id, maxBytes);
  const names = async () => (await backend.list('library')).map((file) => file.name);
  const conflict = (entry: LibraryEntry): LibrarySaveResult =>
    ({ status: 'conflict', entry, message: `${entry.fileName} was changed since it was opened (now ${entry.modified}); nothing was written.` });

  /** Checks text before any write, so the library only ever holds scenarios the app can open again. */
  const checkText = (text: string, label: string): CheckedScenario => {
    const size = utf8Size(text);
    return size > maxBytes ? { ok: false, error: tooLargeError(label, size, maxBytes) } : checkScenarioText(text, label);
  };
  const create = async (text: string, checked: CheckedScenario & { ok: true }): Promise<LibrarySaveResult> => {
    const file = await backend.write('library', uniqueName(libraryFileName(checked.scenario.name), await names()), text);
    return { status: 'saved', entry: toEntry(file, checked.scenario) };
  };
  /**
   * Renames a file. A change of case alone goes through a third name, since case-blind disks see the
   * target as taken; that name is a visible .json, so a crash in between leaves the scenario listed.
   */
  const rename = async (from: string, to: string) => {
    if (from.toLowerCase() !== to.toLowerCase()) return backend.move('library', from, 'library', to);
    const between = uniqueName(to.replace(/\.json$/i, ' (renaming).json'), await names());
    await backend.move('library', from, 'library', between);
    await backend.move('library', between, 'library', to);
  };
  const guarded = (what: string, task: () => Promise<LibrarySaveResult>) =>
    queue(task).catch((error: unknown): LibrarySaveResult => ioError(what, error));

  return {
    /** Every .json file of the library: readable scenarios newest first, then the unreadable ones. */
    async list(): Promise<LibraryListing> {
      const folder = backend.location();
      let files;
      try {
        files = await backend.list('library');
      } catch (error) {
        return { folder, entries: [], unreadable: [], error: ioError(`Cannot list the library${folder ? ` (${folder})` : ''}`, error) };
      }
      const loaded = await Promise.all(files.map(async (file) => ({ file, result: await load(file.name) })));
      const listing: LibraryListing = { folder, entries: [], unreadable: [] };
      for (const { file, result } of loaded) {
        if (result.ok) listing.entries.push(result.entry);
        // Target sets and observations live beside the scenarios and are listed by plan-data:list.
        else if (result.error.kind === 'foreign' && result.planData) continue;
        else listing.unreadable.push({ id: file.name, fileName: file.name, modified: file.modified, error: result.error });
      }
      listing.entries.sort((a, b) => b.modified.localeCompare(a.modified) || a.name.localeCompare(b.name));
      listing.unreadable.sort((a, b) => a.fileName.localeCompare(b.fileName));
      return listing;
    },

    async read(id: string): Promise<LibraryReadResult> {
      if (!isPlainJsonName(id)) return refuseId(id);
      const loaded = await load(id);
      return loaded.ok ? { status: 'opened', entry: loaded.entry, text: loaded.text } : loaded.error;
    },

    save({ text, id, expectedModified }: LibrarySaveRequest): Promise<LibrarySaveResult> {
      if (id !== undefined && !isPlainJsonName(id)) return Promise.resolve(refuseId(id));
      const checked = checkText(text, id ?? 'The scenario');
      if (!checked.ok) return Promise.resolve(checked.error);
      return guarded(`Cannot save ${id ?? checked.scenario.name}`, async () => {
        if (id === undefined) return create(text, checked);
        const current = await load(id);
        // A file the app cannot read (newer version, damaged, foreign) is never overwritten.
        if (!current.ok && current.error.kind !== 'not-found') {
          return { ...current.error, message: `${id} was not overwritten: ${current.error.message}` };
        }
        if (current.ok && expectedModified !== undefined && current.entry.modified !== expectedModified) return conflict(current.entry);
        const file = await backend.write('library', id, text);
        return { status: 'saved', entry: toEntry(file, checked.scenario) };
      });
    },

    /** Changes name, description or notes; a new name renames the file too (so the entry's id may change). */
    update(id: string, changes: LibraryChanges, expectedModified?: string): Promise<LibrarySaveResult> {
      if (!isPlainJsonName(id)) return Promise.resolve(refuseId(id));
      return guarded(`Cannot change ${id}`, async () => {
        const current = await load(id);
        if (!current.ok) return current.error;
        if (expectedModified !== undefined && current.entry.modified !== expectedModified) return conflict(current.entry);
        const { scenario } = current;
        // Spread first, so any field a later format version adds is carried over unchanged.
        const text = serializeScenario({
          ...scenario,
          name: changes.name ?? scenario.name,
          description: changes.description ?? scenario.description,
          notes: changes.notes ?? scenario.notes,
        });
        const checked = checkText(text, id);
        if (!checked.ok) return checked.error;
        const renamed = checked.scenario.name !== scenario.name;
        const target = renamed ? uniqueName(libraryFileName(checked.scenario.name), (await names()).filter((n) => n.toLowerCase() !== id.toLowerCase())) : id;
        // Content first, then the name: a crash in between leaves the new content under the old name.
        const file = await backend.write('library', id, text);
        if (target !== id) await rename(id, target);
        return { status: 'saved', entry: toEntry({ ...file, name: target }, checked.scenario) };
      });
    },

    /** A copy under a new name (the renderer supplies it, localized), in a new file. */
    duplicate(id: string, name: string): Promise<LibrarySaveResult> {
      if (!isPlainJsonName(id)) return Promise.resolve(refuseId(id));
      return guarded(`Cannot duplicate ${id}`, async () => {
        const current = await load(id);
        if (!current.ok) return current.error;
        const text = serializeScenario({ ...current.scenario, name });
        const checked = checkText(text, name);
        return checked.ok ? create(text, checked) : checked.error;
      });
    },
  };
}

export type Library = ReturnType<typeof createLibrary>;

/**
 * Target sets and observations files in the library, beside the scenarios: the same storage, the same
 * atomic writes, the same trash (delete and restore go through `library:delete`). Only text the
 * model's loader for the kind accepts is written; a file the app cannot read is never overwritten;
 * an overwrite can be made conditional on the file being unchanged since it was read.
 */
import { MAX_SCENARIO_BYTES, type HostError, type PlanDataEntry, type PlanDataKind, type PlanDataListing, type PlanDataReadResult, type PlanDataSaveRequest, type PlanDataSaveResult } from '../contract';
import { checkPlanDataText, PLAN_DATA_SUFFIX, planDataKindOf } from '../plan-data-check';
import { isPlainJsonName, safeFileStem, uniqueName } from '../safe-file-name';
import { hostError, ioError, notUtf8Error, tooLargeError } from '../scenario-check';
import { utf8Size, type LibraryBackend, type StoredFile } from './backend';

type Loaded = { ok: true; entry: PlanDataEntry; text: string } | { ok: false; error: HostError };

const refuseId = (id: string): HostError => hostError('not-allowed', `"${id}" is not a file name of the library.`);

function toEntry(file: StoredFile, kind: PlanDataKind, name: string, migratedFrom?: number): PlanDataEntry {
  const entry: PlanDataEntry = { id: file.name, kind, name, fileName: file.name, modified: file.modified };
  return migratedFrom === undefined ? entry : { ...entry, migratedFrom };
}

export function createPlanDataLibrary(backend: LibraryBackend, { maxBytes = MAX_SCENARIO_BYTES, queue }: { maxBytes?: number; queue: <T>(task: () => Promise<T>) => Promise<T> }) {
  /** Reads one file as plan data of any kind. Never throws. */
  const load = async (name: string): Promise<Loaded> => {
    try {
      const read = await backend.read('library', name, maxBytes);
      if (read.status === 'not-found') return { ok: false, error: hostError('not-found', `${name} is no longer in the library.`) };
      if (read.status === 'too-large') return { ok: false, error: tooLargeError(name, read.size, maxBytes) };
      if (read.status === 'not-utf8') return { ok: false, error: notUtf8Error(name) };
      const kind = planDataKindOf(read.text);
      if (!kind) return { ok: false, error: hostError('foreign', `${name} is not a target set or observations file.`) };
      const checked = checkPlanDataText(kind, read.text, name);
      return checked.ok ? { ok: true, entry: toEntry(read.file, kind, checked.name, checked.migratedFrom), text: read.text } : { ok: false, error: checked.error };
    } catch (error) {
      return { ok: false, error: ioError(`Cannot read ${name}`, error) };
    }
  };

  return {
    /** The library's readable files of `kind`, newest first. */
    async list(kind: PlanDataKind): Promise<PlanDataListing> {
      let files;
      try {
        files = await backend.list('library');
      } catch (error) {
        return { entries: [], error: ioError('Cannot list the library', error) };
      }
      const loaded = await Promise.all(files.map((f) => load(f.name)));
      const entries = loaded.flatMap((l) => (l.ok && l.entry.kind === kind ? [l.entry] : []));
      entries.sort((a, b) => b.modified.localeCompare(a.modified) || a.name.localeCompare(b.name));
      return { entries };
    },

    async read(id: string): Promise<PlanDataReadResult> {
      if (!isPlainJsonName(id)) return refuseId(id);
      const loaded = await load(id);
      return loaded.ok ? { status: 'opened', entry: loaded.entry, text: loaded.text } : loaded.error;
    },

    save({ kind, text, id, expectedModified }: PlanDataSaveRequest): Promise<PlanDataSaveResult> {
      if (id !== undefined && !isPlainJsonName(id)) return Promise.resolve(refuseId(id));
      const size = utf8Size(text);
      if (size > maxBytes) return Promise.resolve(tooLargeError(id ?? 'The file', size, maxBytes));
      const checked = checkPlanDataText(kind, text, id ?? `The ${kind} file`);
      if (!checked.ok) return Promise.resolve(checked.error);
      return queue(async (): Promise<PlanDataSaveResult> => {
        if (id === undefined) {
          const names = (await backend.list('library')).map((f) => f.name);
          const file = await backend.write('library', uniqueName(`${safeFileStem(checked.name)}${PLAN_DATA_SUFFIX[kind]}`, names), text);
          return { status: 'saved', entry: toEntry(file, kind, checked.name) };
        }
        const current = await load(id);
        // A file the app cannot read (another kind, newer version, damaged) is never overwritten.
        if (!current.ok && current.error.kind !== 'not-found') return { ...current.error, message: `${id} was not overwritten: ${current.error.message}` };
        if (current.ok && current.entry.kind !== kind) return hostError('foreign', `${id} was not overwritten: it holds ${current.entry.kind}, not ${kind}.`);
        if (current.ok && expectedModified !== undefined && current.entry.modified !== expectedModified) {
          return { status: 'conflict', entry: current.entry, message: `${id} was changed since it was opened (now ${current.entry.modified}); nothing was written.` };
        }
        const file = await backend.write('library', id, text);
        return { status: 'saved', entry: toEntry(file, kind, checked.name) };
      }).catch((error: unknown): PlanDataSaveResult => ioError(`Cannot save ${id ?? checked.name}`, error));
    },
  };
}

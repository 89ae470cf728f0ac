/**
 * The library as the renderer keeps it during a session: the host's listing, which open scenario
 * belongs to which library entry (and when that entry was last written), what each open scenario
 * looked like when last saved, the recovery area, and the one message or question for the user.
 *
 * A small external store beside the editor's store. It never translates: messages are keys of the
 * `library` namespace with their parameters, so a language switch relabels what is on screen.
 *
 * Nothing the user made is lost on the way: every open scenario whose text differs from its saved
 * text is written to the recovery area about a second after the last change (and cleared once it is
 * saved or changed back); a save into the library only overwrites the entry if it is unchanged since
 * it was opened, else the user is asked; the host's refusals come back as typed errors, never thrown.
 */
import type {
  DeletedEntry, HostError, LibraryEntry, LibraryListing, LibrarySaveResult, OpenResult, RecoveryEntry,
} from '../../../src/host/contract';
import { parseScenarioText, serializeScenario } from '../../../src/model/scenario-file/scenario-file';
import { scenarioText } from '../app/scenario-files';
import type { Host } from '../host/host';
import { splitBilingual } from '../presets/bilingual';
import type { Preset } from '../presets/preset-list';
import { PRESETS } from '../presets/presets';
import type { AppStore } from '../state/app-store';
import type { Scenario } from '../state/scenario';
import { canonicalText, withDetails } from './scenario-text';

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

/** How an open scenario is tracked for saving and recovery. */
interface Tracked {
  /** The id of its record in the recovery area. */
  recoveryId: string;
  /** Its text when last opened or saved; null when never saved (any content is unsaved work). */
  baseline: string | null;
  link: LibraryLink | null;
  /** The text last written to the recovery area (null: no record). */
  written: string | null;
}

export interface SaveNames {
  /** The name of a new entry (a scenario not yet in the library), unique among the entries. */
  newName: string;
  /** The name of a copy, if an overwrite is refused and the user saves a copy instead. */
  copyName: string;
}

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

function randomKey(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

const isError = (value: { status: string }): value is HostError => value.status === 'error';

export interface LibrarySessionOptions {
  autosaveDelayMs?: number;
  /** The shipped presets: a recovery record that is just an unchanged preset holds no work. */
  presets?: readonly Preset[];
}

export function createLibrarySession(host: Host, store: AppStore, options: LibrarySessionOptions = {}): LibrarySession {
  const delay = options.autosaveDelayMs ?? AUTOSAVE_DELAY_MS;
  const presetTexts = new Set((options.presets ?? []).map((preset) => canonicalText(preset.file)));
  // A run's own prefix: records of an earlier run are never overwritten by this one's.
  const runKey = randomKey();
  const tracked = new Map<string, Tracked>();
  const seen = new Map<string, Scenario>();
  let noticeId = 0;
  let recoveryChecked = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  let state: LibrarySessionState = { listing: null, deleted: [], links: {}, notice: null, conflict: null, recovery: null, busy: false };
  let running = 0;
  const listeners = new Set<() => void>();
  const set = (patch: Partial<LibrarySessionState>) => {
    state = { ...state, ...patch };
    for (const listener of [...listeners]) listener();
  };
  const publishLinks = () => {
    const links: Record<string, LibraryLink> = {};
    for (const [id, t] of tracked) if (t.link) links[id] = t.link;
    set({ links });
  };
  const notify = (tone: LibraryNotice['tone'], message: Message, undo?: LibraryNotice['undo']) =>
    set({ notice: { id: ++noticeId, tone, message, ...(undo ? { undo } : {}) } });
  const fail = (key: string, error: HostError, params: Message['params'] = {}) => notify('error', { key, params, error });

  const scenarioOf = (id: string): Scenario | undefined => store.getState().entries[id]?.scenario;
  const unsavedId = (scenarioId: string) => `${UNSAVED_PREFIX}${runKey}:${scenarioId}`;

  /** Every open scenario is tracked from the moment it appears: its text then is its saved state. */
  const track = (id: string): Tracked => {
    let t = tracked.get(id);
    if (!t) {
      const scenario = scenarioOf(id);
      t = { recoveryId: unsavedId(id), baseline: scenario ? scenarioText(scenario) : null, link: null, written: null };
      tracked.set(id, t);
      if (scenario) seen.set(id, scenario);
    }
    return t;
  };

  const scheduleAutosave = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      flushAutosave();
    }, delay);
  };

  function flushAutosave(): void {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    for (const [id, entry] of Object.entries(store.getState().entries)) {
      const t = track(id);
      const text = scenarioText(entry.scenario);
      const dirty = t.baseline === null || text !== t.baseline;
      if (dirty && text !== t.written) {
        t.written = text;
        void host.writeRecovery(t.recoveryId, text).then(
          (result) => {
            if (isError(result)) fail('notices.recoveryFailed', result);
          },
          () => undefined,
        );
      } else if (!dirty && t.written !== null) {
        t.written = null;
        void host.clearRecovery(t.recoveryId).catch(() => undefined);
      }
    }
  }

  store.subscribe(() => {
    let changed = false;
    for (const [id, entry] of Object.entries(store.getState().entries)) {
      track(id);
      if (seen.get(id) !== entry.scenario) {
        seen.set(id, entry.scenario);
        changed = true;
      }
    }
    if (changed) scheduleAutosave();
  });
  for (const id of Object.keys(store.getState().entries)) track(id);

  /** Opens `file` text as a new working scenario and tracks it; returns its id. */
  const openText = (text: string, path: string | null): string | null => {
    const parsed = parseScenarioText(text);
    if (!parsed.ok) return null;
    store.openFile(parsed.scenario, path);
    return store.getState().activeId;
  };

  const linkTo = (scenarioId: string, entry: LibraryEntry, baseline: string) => {
    const t = track(scenarioId);
    t.link = { libraryId: entry.id, modified: entry.modified, name: entry.name };
    t.baseline = baseline;
    t.recoveryId = entry.id;
    t.written = null;
    publishLinks();
  };

  const unlinkEntry = (libraryId: string) => {
    for (const [id, t] of tracked) {
      if (t.link?.libraryId !== libraryId) continue;
      // The scenario stays open as unsaved work; its record moves to an id of its own.
      if (t.written !== null) void host.clearRecovery(t.recoveryId).catch(() => undefined);
      t.link = null;
      t.baseline = null;
      t.recoveryId = unsavedId(id);
      t.written = null;
    }
    publishLinks();
    scheduleAutosave();
  };

  const busy = async <T>(task: () => Promise<T>): Promise<T> => {
    running += 1;
    if (running === 1) set({ busy: true });
    try {
      return await task();
    } finally {
      running -= 1;
      if (running === 0) set({ busy: false });
    }
  };

  /**
   * Whether a recovery record holds no work: the same as the shipped preset or the library file it
   * came from (a clear that an exit overtook). Such a record is dropped instead of offered.
   */
  const holdsNoWork = async (record: RecoveryEntry): Promise<boolean> => {
    if (!parseScenarioText(record.text).ok) return false;
    if (record.id.startsWith(UNSAVED_PREFIX)) return presetTexts.has(record.text);
    const read = await host.readLibraryScenario(record.id).catch(() => null);
    if (!read || read.status !== 'opened') return false;
    const file = parseScenarioText(read.text);
    return file.ok && canonicalText(file.scenario) === record.text;
  };

  const refresh = async () => {
    const [listing, deleted] = await Promise.all([
      host.listLibrary().catch((error: unknown): LibraryListing => ({
        folder: null, entries: [], unreadable: [], error: { status: 'error', kind: 'io', message: String(error) },
      })),
      host.listDeletedScenarios().catch(() => [] as DeletedEntry[]),
    ]);
    set({ listing, deleted });
  };

  /** After a successful save of `scenarioId` as `text` into `entry`. */
  const saved = async (scenarioId: string, entry: LibraryEntry, text: string) => {
    const previous = track(scenarioId).recoveryId;
    linkTo(scenarioId, entry, text);
    // The saved work needs no recovery record any more (under its old id too, after a first save).
    if (previous !== entry.id) void host.clearRecovery(previous).catch(() => undefined);
    void host.clearRecovery(entry.id).catch(() => undefined);
    notify('info', { key: 'notices.saved', params: { name: entry.name } });
    await refresh();
    // An edit made while the save was on its way is still unsaved work.
    scheduleAutosave();
  };

  const createEntry = async (scenarioId: string, name: string): Promise<boolean> => {
    const scenario = scenarioOf(scenarioId);
    if (!scenario) return false;
    const named: Scenario = { ...scenario, name: { zh: name, en: name }, copy: 1 };
    const text = scenarioText(named);
    const result = await host.saveLibraryScenario({ text });
    if (result.status !== 'saved') {
      if (isError(result)) fail('notices.saveFailed', result, { name });
      return false;
    }
    store.setDetails(scenarioId, { name: named.name, copy: 1 });
    await saved(scenarioId, result.entry, text);
    return true;
  };

  const overwrite = async (scenarioId: string, link: LibraryLink, guarded: boolean, copyName: string): Promise<boolean> => {
    const scenario = scenarioOf(scenarioId);
    if (!scenario) return false;
    const text = scenarioText(scenario);
    const result: LibrarySaveResult = await host.saveLibraryScenario(
      guarded ? { id: link.libraryId, text, expectedModified: link.modified } : { id: link.libraryId, text },
    );
    if (result.status === 'saved') {
      await saved(scenarioId, result.entry, text);
      return true;
    }
    if (result.status === 'conflict') {
      set({ conflict: { scenarioId, reason: 'changed', libraryId: link.libraryId, name: link.name, modified: result.entry.modified, copyName } });
      return false;
    }
    if (result.kind === 'not-found') {
      set({ conflict: { scenarioId, reason: 'missing', libraryId: link.libraryId, name: link.name, copyName } });
      return false;
    }
    fail('notices.saveFailed', result, { name: link.name });
    return false;
  };

  /** Shows what came back from Open…, a drop or a recent file; opens the scenario if there is one. */
  const opened = (result: OpenResult, fallbackName: string): boolean => {
    if (result.status === 'canceled') return false;
    if (isError(result)) {
      fail(fallbackName ? 'notices.openFailed' : 'notices.openFailedUnnamed', result, { name: fallbackName });
      return false;
    }
    const id = openText(result.file.text, result.file.path);
    if (!id) {
      fail('notices.openFailed', { status: 'error', kind: 'invalid', message: result.file.name }, { name: result.file.name });
      return false;
    }
    notify('info', result.migratedFrom === undefined
      ? { key: 'notices.openedFile', params: { name: result.file.name } }
      : { key: 'notices.openedMigrated', params: { name: result.file.name, version: result.migratedFrom } });
    return true;
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh,

    newFromPreset: (preset, name) =>
      busy(async () => {
        const text = serializeScenario({ ...preset.file, name });
        const result = await host.saveLibraryScenario({ text });
        if (result.status !== 'saved') {
          if (isError(result)) fail('notices.createFailed', result, { name });
          return false;
        }
        const id = openText(text, null);
        if (!id) return false;
        const scenario = scenarioOf(id);
        if (scenario) linkTo(id, result.entry, scenarioText(scenario));
        notify('info', { key: 'notices.created', params: { name: result.entry.name } });
        await refresh();
        return true;
      }),

    openEntry: (libraryId) =>
      busy(async () => {
        for (const [id, t] of tracked) {
          if (t.link?.libraryId === libraryId && scenarioOf(id)) {
            store.setActive(id);
            return true;
          }
        }
        const result = await host.readLibraryScenario(libraryId);
        if (isError(result)) {
          fail('notices.openFailed', result, { name: libraryId });
          await refresh();
          return false;
        }
        const parsed = parseScenarioText(result.text);
        const id = parsed.ok ? openText(result.text, null) : null;
        if (!parsed.ok || !id) {
          fail('notices.openFailed', { status: 'error', kind: 'invalid', message: libraryId }, { name: result.entry.name });
          return false;
        }
        linkTo(id, result.entry, canonicalText(parsed.scenario));
        notify('info', result.entry.migratedFrom === undefined
          ? { key: 'notices.opened', params: { name: result.entry.name } }
          : { key: 'notices.openedMigrated', params: { name: result.entry.name, version: result.entry.migratedFrom } });
        return true;
      }),

    saveActive: (names) =>
      busy(async () => {
        const scenarioId = store.getState().activeId;
        const { link } = track(scenarioId);
        return link ? overwrite(scenarioId, link, true, names.copyName) : createEntry(scenarioId, names.newName);
      }),

    resolveConflict: (choice) =>
      busy(async () => {
        const conflict = state.conflict;
        if (!conflict) return;
        set({ conflict: null });
        const t = tracked.get(conflict.scenarioId);
        if (choice === 'cancel' || !t) {
          notify('info', { key: 'notices.notSaved', params: { name: conflict.name } });
          scheduleAutosave();
          return;
        }
        if (choice === 'overwrite' && conflict.reason === 'changed' && t.link) {
          await overwrite(conflict.scenarioId, t.link, false, conflict.copyName);
          return;
        }
        await createEntry(conflict.scenarioId, conflict.copyName);
      }),

    rename: (libraryId, name) =>
      busy(async () => {
        const result = await host.updateLibraryScenario(libraryId, { name });
        if (result.status !== 'saved') {
          if (result.status === 'conflict') fail('notices.renameFailed', { status: 'error', kind: 'io', message: result.message }, { name });
          else fail('notices.renameFailed', result, { name });
          await refresh();
          return false;
        }
        for (const [id, t] of tracked) {
          if (t.link?.libraryId !== libraryId) continue;
          // The host moved the recovery record with the file; the open scenario follows the new id.
          t.link = { libraryId: result.entry.id, modified: result.entry.modified, name: result.entry.name };
          t.recoveryId = result.entry.id;
          if (t.baseline !== null) t.baseline = withDetails(t.baseline, { name: result.entry.name });
          store.setDetails(id, { name: { zh: result.entry.name, en: result.entry.name }, copy: 1 });
        }
        publishLinks();
        notify('info', { key: 'notices.renamed', params: { name: result.entry.name } });
        await refresh();
        return true;
      }),

    setNotes: (libraryId, notes) =>
      busy(async () => {
        const result = await host.updateLibraryScenario(libraryId, { notes });
        if (result.status !== 'saved') {
          const error: HostError = result.status === 'conflict' ? { status: 'error', kind: 'io', message: result.message } : result;
          fail('notices.notesFailed', error, { name: libraryId });
          return false;
        }
        for (const [id, t] of tracked) {
          if (t.link?.libraryId !== libraryId) continue;
          // The open scenario takes the new notes, so its next save does not write the old ones back.
          t.link = { ...t.link, modified: result.entry.modified };
          if (t.baseline !== null) t.baseline = withDetails(t.baseline, { notes });
          store.setDetails(id, { notes });
        }
        publishLinks();
        notify('info', { key: 'notices.notesSaved', params: { name: result.entry.name } });
        await refresh();
        return true;
      }),

    duplicate: (libraryId, name) =>
      busy(async () => {
        const result = await host.duplicateLibraryScenario(libraryId, name);
        if (result.status !== 'saved') {
          if (isError(result)) fail('notices.duplicateFailed', result, { name });
          return false;
        }
        notify('info', { key: 'notices.duplicated', params: { name: result.entry.name } });
        await refresh();
        return true;
      }),

    remove: (libraryId, name) =>
      busy(async () => {
        const result = await host.deleteLibraryScenario(libraryId);
        if (isError(result)) {
          fail('notices.deleteFailed', result, { name });
          await refresh();
          return false;
        }
        unlinkEntry(libraryId);
        notify('info', { key: 'notices.deleted', params: { name } }, { trashId: result.trashId, name });
        await refresh();
        return true;
      }),

    restoreDeleted: (trashId, name) =>
      busy(async () => {
        const result = await host.restoreDeletedScenario(trashId);
        if (isError(result)) {
          fail('notices.restoreFailed', result, { name });
          await refresh();
          return false;
        }
        notify('info', { key: 'notices.restored', params: { name } });
        await refresh();
        return true;
      }),

    openFileDialog: () => busy(async () => opened(await host.openScenarioDialog(), '')),
    openDropped: (file) => busy(async () => opened(await host.openDroppedScenario(file), file.name)),

    async checkRecovery() {
      if (recoveryChecked) return;
      recoveryChecked = true;
      const records = await host.listRecovery().catch(() => [] as RecoveryEntry[]);
      const offered: RecoveryEntry[] = [];
      for (const record of records) {
        if (await holdsNoWork(record)) void host.clearRecovery(record.id).catch(() => undefined);
        else offered.push(record);
      }
      if (offered.length > 0) set({ recovery: offered });
    },

    restoreRecovery: () =>
      busy(async () => {
        const records = state.recovery ?? [];
        const kept: RecoveryEntry[] = [];
        let restored = 0;
        // Oldest first, so the most recent work ends up as the active scenario.
        for (const record of [...records].reverse()) {
          const parsed = parseScenarioText(record.text);
          if (!parsed.ok) {
            kept.push(record);
            continue;
          }
          let link: LibraryLink | null = null;
          let baseline: string | null = null;
          if (!record.id.startsWith(UNSAVED_PREFIX)) {
            const read = await host.readLibraryScenario(record.id).catch(() => null);
            if (read && read.status === 'opened') {
              const libraryFile = parseScenarioText(read.text);
              if (libraryFile.ok) {
                link = { libraryId: read.entry.id, modified: read.entry.modified, name: read.entry.name };
                baseline = canonicalText(libraryFile.scenario);
              }
            }
          }
          const id = openText(record.text, null);
          if (!id) continue;
          if (!link) {
            // Work that was never saved keeps both languages of its name, as it was shown.
            store.setDetails(id, { name: splitBilingual(parsed.scenario.name), description: splitBilingual(parsed.scenario.description) });
          }
          const t = track(id);
          t.link = link;
          t.baseline = baseline;
          t.recoveryId = record.id;
          t.written = record.text;
          restored++;
        }
        publishLinks();
        set({ recovery: kept.length > 0 ? kept : null });
        notify(kept.length > 0 ? 'error' : 'info', { key: kept.length > 0 ? 'notices.restoredSome' : 'notices.recovered', params: { count: restored, kept: kept.length } });
        scheduleAutosave();
      }),

    discardRecovery: () =>
      busy(async () => {
        const records = state.recovery ?? [];
        await Promise.all(records.map((r) => host.clearRecovery(r.id).catch(() => undefined)));
        set({ recovery: null });
        notify('info', { key: 'notices.discarded', params: { count: records.length } });
      }),

    postponeRecovery: () => set({ recovery: null }),
    dismissNotice(id) {
      if (id === undefined || state.notice?.id === id) set({ notice: null });
    },

    isDirty(scenarioId) {
      const scenario = scenarioOf(scenarioId);
      if (!scenario) return false;
      const t = track(scenarioId);
      return t.baseline === null || scenarioText(scenario) !== t.baseline;
    },

    flushAutosave,
  };
}

const sessions = new WeakMap<AppStore, LibrarySession>();

/** The one library session of an editor store (created on first use). */
export function librarySessionFor(host: Host, store: AppStore): LibrarySession {
  let session = sessions.get(store);
  if (!session) {
    session = createLibrarySession(host, store, { presets: PRESETS });
    sessions.set(store, session);
  }
  return session;
}

// The shared machinery of a library session: its state, notices, busy flag, links and autosave.
import type { DeletedEntry, HostError, LibraryEntry, LibraryListing } from '../../../src/host/contract';
import { parseScenarioText } from '@model';
import type { Host } from '../host/host';
import type { AppStore } from '../state/app-store';
import { createStore } from '../state/external-store';
import { createAutosave, type Autosave } from './library-autosave';
import type { LibraryLink, LibraryNotice, LibrarySessionState, Message } from './library-session-types';
import { createTracker, type Tracker } from './library-tracking';

/** What every part of a library session works with. */
export interface SessionCore extends Tracker {
  host: Host;
  store: AppStore;
  autosave: Autosave;
  getState(): LibrarySessionState;
  subscribe(listener: () => void): () => void;
  /** Changes the state and tells the listeners. */
  set(patch: Partial<LibrarySessionState>): void;
  /** Publishes the tracked links as `state.links`. */
  publishLinks(): void;
  notify(tone: LibraryNotice['tone'], message: Message, undo?: LibraryNotice['undo']): void;
  /** An error notice: `key` with the host's explanation. */
  fail(key: string, error: HostError, params?: Message['params']): void;
  /** Opens `file` text as a new working scenario and tracks it; returns its id. */
  openText(text: string, path: string | null): string | null;
  /** Links an open scenario to a library entry, with `baseline` as its saved text. */
  linkTo(scenarioId: string, entry: LibraryEntry, baseline: string): void;
  /** The entry is gone: the scenarios opened from it stay open as unsaved work. */
  unlinkEntry(libraryId: string): void;
  /** Runs a host call with `state.busy` set while any is running. */
  busy<T>(task: () => Promise<T>): Promise<T>;
  /** Reads the library and its trash again. */
  refresh(): Promise<void>;
}

/** Sets up the state, tracking and autosave of a session over `store`. */
export function createSessionCore(host: Host, store: AppStore, delay: number): SessionCore {
  let noticeId = 0;
  const cell = createStore<LibrarySessionState>({ listing: null, deleted: [], links: {}, notice: null, conflict: null, recovery: null, busy: false });
  let running = 0;
  const set = (patch: Partial<LibrarySessionState>) => cell.set({ ...cell.getState(), ...patch });
  const notify = (tone: LibraryNotice['tone'], message: Message, undo?: LibraryNotice['undo']) =>
    set({ notice: { id: ++noticeId, tone, message, ...(undo ? { undo } : {}) } });
  const fail = (key: string, error: HostError, params: Message['params'] = {}) => notify('error', { key, params, error });

  const tracker = createTracker(store);
  const { tracked, track, unsavedId } = tracker;
  const publishLinks = () => {
    const links: Record<string, LibraryLink> = {};
    for (const [id, t] of tracked) if (t.link) links[id] = t.link;
    set({ links });
  };
  const autosave = createAutosave(host, store, tracker, delay, (error) => fail('notices.recoveryFailed', error));

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
    autosave.schedule();
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

  const refresh = async () => {
    const [listing, deleted] = await Promise.all([
      host.listLibrary().catch((error: unknown): LibraryListing => ({
        folder: null, entries: [], unreadable: [], error: { status: 'error', kind: 'io', message: String(error) },
      })),
      host.listDeletedScenarios().catch(() => [] as DeletedEntry[]),
    ]);
    set({ listing, deleted });
  };

  return {
    ...tracker,
    host,
    store,
    autosave,
    getState: cell.getState,
    subscribe: cell.subscribe,
    set,
    publishLinks,
    notify,
    fail,
    openText,
    linkTo,
    unlinkEntry,
    busy,
    refresh,
  };
}

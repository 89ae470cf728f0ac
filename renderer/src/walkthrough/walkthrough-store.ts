/**
 * The walkthrough the trainer is working on, kept outside React so it survives switching to the
 * scenario editor and back (to add the editor's scenario as a step). A small external store read with
 * useSyncExternalStore, like the editor's app store.
 */
import { useSyncExternalStore } from 'react';
import type { WalkthroughFile } from '@model';
import { initialNav, navReducer, type NavAction, type NavState } from './walkthrough-nav';
import type { FileLookup } from './walkthrough-resolve';
import { createStore } from '../state/external-store';

export type WalkthroughMode = 'start' | 'edit' | 'present';

export interface WalkthroughSession {
  doc: WalkthroughFile | null;
  /** Where it was opened from or saved to (a path in Electron, a name in a browser), for Save. */
  filePath: string | null;
  /** The file's name to show, or null for a walkthrough never saved. */
  fileName: string | null;
  /** Edited since it was opened or saved. */
  dirty: boolean;
  mode: WalkthroughMode;
  /** The step selected in the editor. */
  selected: number;
  nav: NavState;
  /** Library scenarios named by `{ file }` steps, read through the host. */
  files: FileLookup;
}

export interface WalkthroughStore {
  getState(): WalkthroughSession;
  subscribe(listener: () => void): () => void;
  /** Makes `doc` the working walkthrough and shows it in `mode`. */
  open(doc: WalkthroughFile, options: { filePath?: string | null; fileName?: string | null; mode: WalkthroughMode; dirty?: boolean }): void;
  close(): void;
  /** Starts presenting at `index` (nothing revealed), or goes to the editor or the start screen. */
  setMode(mode: WalkthroughMode, index?: number): void;
  edit(change: (doc: WalkthroughFile) => WalkthroughFile, select?: number): void;
  select(index: number): void;
  nav(action: NavAction): void;
  setFiles(files: FileLookup): void;
  saved(filePath: string, fileName: string): void;
}

const predictableOf = (doc: WalkthroughFile | null) => (doc ? doc.steps.map((s) => s.predict !== undefined) : []);

export function createWalkthroughStore(): WalkthroughStore {
  const cell = createStore<WalkthroughSession>({
    doc: null, filePath: null, fileName: null, dirty: false, mode: 'start', selected: 0, nav: initialNav([]), files: new Map(),
  });
  const state = cell.getState;
  const { set } = cell;
  const clampStep = (doc: WalkthroughFile | null, index: number) => Math.max(0, Math.min(Math.max(0, (doc?.steps.length ?? 1) - 1), index));

  return {
    getState: cell.getState,
    subscribe: cell.subscribe,
    open(doc, options) {
      set({
        ...state(), doc, filePath: options.filePath ?? null, fileName: options.fileName ?? null, dirty: options.dirty ?? false,
        mode: options.mode, selected: 0, nav: initialNav(predictableOf(doc)), files: new Map(),
      });
    },
    close() {
      set({ ...state(), doc: null, filePath: null, fileName: null, dirty: false, mode: 'start', selected: 0, nav: initialNav([]), files: new Map() });
    },
    setMode(mode, index) {
      if (mode !== 'start' && !state().doc) return;
      if (mode === 'present') {
        if (!state().doc?.steps.length) return;
        set({ ...state(), mode, nav: initialNav(predictableOf(state().doc), index ?? 0) });
      } else {
        // Leaving the presentation selects the step it ended on, so the editor opens where the trainer was.
        set({ ...state(), mode, selected: state().mode === 'present' ? clampStep(state().doc, state().nav.index) : state().selected });
      }
    },
    edit(change, select) {
      const before = state().doc;
      if (!before) return;
      const doc = change(before);
      if (doc === before && select === undefined) return;
      set({ ...state(), doc, dirty: state().dirty || doc !== before, selected: clampStep(doc, select ?? state().selected) });
    },
    select(index) {
      set({ ...state(), selected: clampStep(state().doc, index) });
    },
    nav(action) {
      set({ ...state(), nav: navReducer(state().nav, action) });
    },
    setFiles(files) {
      set({ ...state(), files });
    },
    saved(filePath, fileName) {
      set({ ...state(), filePath, fileName, dirty: false });
    },
  };
}

let shared: WalkthroughStore | undefined;
/** The app's one walkthrough store. */
export function walkthroughStore(): WalkthroughStore {
  shared ??= createWalkthroughStore();
  return shared;
}

export function useWalkthrough<T>(select: (state: WalkthroughSession) => T): T {
  const store = walkthroughStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}

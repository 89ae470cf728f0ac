/**
 * The areas file the Areas view works on: the shipped one, or the user's (loaded from a file), with the
 * user's edits to the supply and planned-additions tables. Kept in localStorage so edits survive a
 * restart; every change is a new immutable file (React re-renders by identity).
 */
import { useSyncExternalStore } from 'react';
import {
  checkAreasFile,
  defaultAreasFile,
  serializeAreasFile,
  type AreasFile,
  type PlannedAddition,
  type SupplyRow,
} from '@model';

/** Where the areas file came from: shipped with the app, or the user's own (with its file name). */
export interface AreasState {
  file: AreasFile;
  origin: { kind: 'shipped' } | { kind: 'user'; fileName: string };
  /** Warnings of the last loaded file (e.g. the areas do not add up to the district). */
  warnings: string[];
}

const STORAGE_KEY = 'xiqing.areas-file.v1';

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function initialState(): AreasState {
  const shipped: AreasState = { file: defaultAreasFile(), origin: { kind: 'shipped' }, warnings: [] };
  const raw = storage()?.getItem(STORAGE_KEY);
  if (!raw) return shipped;
  try {
    const saved = JSON.parse(raw) as { text: string; origin: AreasState['origin'] };
    const checked = checkAreasFile(JSON.parse(saved.text));
    if (checked.ok) return { file: checked.file, origin: saved.origin, warnings: checked.warnings };
  } catch {
    // fall through: keep what was stored under a backup key rather than lose it
  }
  storage()?.setItem(`${STORAGE_KEY}.unreadable`, raw);
  return shipped;
}

let state: AreasState = initialState();
const listeners = new Set<() => void>();

function set(next: AreasState): void {
  state = next;
  const store = storage();
  if (store) {
    if (next.origin.kind === 'shipped' && next.file === defaultAreasFile()) store.removeItem(STORAGE_KEY);
    else store.setItem(STORAGE_KEY, JSON.stringify({ text: serializeAreasFile(next.file), origin: next.origin }));
  }
  for (const l of listeners) l();
}

/** The file's two editable tables: the supply of places and the planned additions. */
type AreasTable = 'supply' | 'plannedAdditions';

/** Replaces one of the tables with `change` of it (the store keeps the file immutable). */
function editList<K extends AreasTable>(table: K, change: (rows: AreasFile[K]) => AreasFile[K]): void {
  set({ ...state, file: { ...state.file, [table]: change(state.file[table]) } });
}

function patchAt<T>(rows: readonly T[], index: number, patch: Partial<T>): T[] {
  return rows.map((row, i) => (i === index ? { ...row, ...patch } : row));
}

function removeAt<T>(rows: readonly T[], index: number): T[] {
  return rows.filter((_, i) => i !== index);
}

/** Actions on the areas file. */
export const areasStore = {
  get: (): AreasState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Replaces the file with a validated one the user loaded. */
  replace(file: AreasFile, fileName: string, warnings: string[]): void {
    set({ file, origin: { kind: 'user', fileName }, warnings });
  },
  reset(): void {
    set({ file: defaultAreasFile(), origin: { kind: 'shipped' }, warnings: [] });
  },
  updateSupply(index: number, patch: Partial<SupplyRow>): void {
    editList('supply', (rows) => patchAt(rows, index, patch));
  },
  addSupply(row: SupplyRow): void {
    editList('supply', (rows) => [...rows, row]);
  },
  removeSupply(index: number): void {
    editList('supply', (rows) => removeAt(rows, index));
  },
  updateAddition(index: number, patch: Partial<PlannedAddition>): void {
    editList('plannedAdditions', (rows) => patchAt(rows, index, patch));
  },
  addAddition(row: PlannedAddition): void {
    editList('plannedAdditions', (rows) => [...rows, row]);
  },
  removeAddition(index: number): void {
    editList('plannedAdditions', (rows) => removeAt(rows, index));
  },
};

/** The current areas state (re-renders on every change). */
export function useAreasState(): AreasState {
  return useSyncExternalStore(areasStore.subscribe, areasStore.get, areasStore.get);
}

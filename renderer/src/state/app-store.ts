/**
 * The editor's state: the open scenarios, each with its own undo history, and which one is active.
 * A small external store (read with useSyncExternalStore) so the keyboard, the host's menu events and
 * the components all act on the same state without prop-drilling.
 */
import type { Draft } from 'immer';
import {
  checkLeverValue,
  copyPathValue,
  DEFAULT_LEVERS,
  DEFAULT_NORMS,
  LEVER_SPECS,
  type LeverId,
  type PathValue,
  type Localized,
  NORM_SPECS,
  type NormId,
  type ScenarioFile,
  scenarioValues,
  type LeverValue,
} from '@model';
import { splitBilingual } from '@model';
import type { Preset } from '../presets/preset-list';
import * as history from './history';
import type { ControlGroup, Scenario } from './scenario';
import { createStore } from './external-store';

export interface ScenarioEntry {
  scenario: Scenario;
  history: history.History;
}

/** What caused the last change of the active scenario (charts animate only for non-live changes). */
export type ChangeKind = 'init' | 'live' | 'history' | 'switch';

export interface AppState {
  entries: Readonly<Record<string, ScenarioEntry>>;
  /** Scenario ids in the order they were opened. */
  order: readonly string[];
  activeId: string;
  lastChange: ChangeKind;
  /** A slider drag is in progress. */
  dragging: boolean;
}

export interface AppStore {
  getState(): AppState;
  subscribe(listener: () => void): () => void;
  /** Sets one value. With `gesture`, consecutive changes of this value merge into one undo step. */
  setValue(group: ControlGroup, id: string, value: number, options?: { gesture?: boolean }): void;
  /**
   * Sets a path-capable lever to one number or a per-year path, as one undo step. Ignored when the
   * lever takes no path or any listed value is outside the spec's range (the editor says why first).
   */
  setLeverPath(id: LeverId, value: PathValue): void;
  /** Ends a slider drag: its changes become one closed undo step. */
  endGesture(): void;
  resetValue(group: ControlGroup, id: string): void;
  resetAll(): void;
  undo(): void;
  redo(): void;
  /** Opens a new working scenario from a preset and makes it active. */
  newFromPreset(preset: Preset): void;
  /** Opens a scenario file (already validated) as a new working scenario. */
  openFile(file: ScenarioFile, path: string | null): void;
  setActive(id: string): void;
  /**
   * Closes an open scenario (its history goes with it). The neighbour becomes active; closing the last
   * one opens the start preset afresh, so the editor always has a scenario.
   */
  close(id: string): void;
  /** Remembers where the active scenario was saved. */
  setFilePath(path: string): void;
  /**
   * Sets several levers of the active scenario (numbers or per-year paths, already validated, e.g. a
   * fit's result) as one undo step.
   */
  applyLevers(values: Readonly<Record<string, LeverValue>>): void;
  /** Changes a scenario's name, description or notes (not part of the undo history): e.g. after a rename in the library. */
  setDetails(id: string, details: { name?: Localized; description?: Localized; notes?: string; copy?: number }): void;
}

const specOf = (group: ControlGroup, id: string) =>
  group === 'levers' ? LEVER_SPECS[id as LeverId] : NORM_SPECS[id as NormId];
const defaultOf = (group: ControlGroup, id: string) =>
  group === 'levers' ? DEFAULT_LEVERS[id as LeverId] : DEFAULT_NORMS[id as NormId];

function scenarioFromFile(id: string, file: ScenarioFile, presetId: string | null, copy: number, filePath: string | null): Scenario {
  // A file stores levers and norms together, only those that differ from the defaults.
  const values = scenarioValues(file);
  return {
    id,
    presetId,
    // Preset files hold both languages in one field; a user's file is shown as written.
    // Names with both languages ("中文 · English": presets, copies of them, files the app wrote) are
    // shown in the interface language; `scenarioText` joins them again on saving.
    name: splitBilingual(file.name),
    description: splitBilingual(file.description),
    notes: file.notes,
    copy,
    filePath,
    levers: { ...values.levers },
    norms: { ...values.norms },
  };
}

export function createAppStore(start: Preset): AppStore {
  let nextId = 1;
  const newId = () => `scenario-${nextId++}`;
  const firstId = newId();
  const cell = createStore<AppState>({
    entries: { [firstId]: { scenario: scenarioFromFile(firstId, start.file, start.id, 1, null), history: history.EMPTY_HISTORY } },
    order: [firstId],
    activeId: firstId,
    lastChange: 'init',
    dragging: false,
  });
  const state = cell.getState;
  const { set } = cell;
  const active = () => state().entries[state().activeId];
  const putActive = (entry: ScenarioEntry, lastChange: ChangeKind, dragging = false) =>
    set({ ...state(), entries: { ...state().entries, [state().activeId]: entry }, lastChange, dragging });

  const edit = (recipe: (draft: Draft<Scenario>) => void, kind: ChangeKind, gesture?: string) => {
    const entry = active();
    const result = history.record(entry.scenario, entry.history, recipe, { gesture });
    if (result.changed) putActive({ scenario: result.state, history: result.history }, kind, gesture !== undefined);
  };

  const openScenario = (scenario: Scenario) =>
    set({
      ...state(),
      entries: { ...state().entries, [scenario.id]: { scenario, history: history.EMPTY_HISTORY } },
      order: [...state().order, scenario.id],
      activeId: scenario.id,
      lastChange: 'switch',
      dragging: false,
    });

  const closeGesture = () => {
    const entry = active();
    const closed = history.endGesture(entry.history);
    if (closed !== entry.history || state().dragging) putActive({ ...entry, history: closed }, state().lastChange, false);
  };

  return {
    getState: cell.getState,
    subscribe: cell.subscribe,
    setValue(group, id, value, options = {}) {
      const spec = specOf(group, id);
      if (!spec || !Number.isFinite(value)) return;
      const clamped = Math.min(spec.max, Math.max(spec.min, value));
      edit(
        (draft) => {
          (draft[group] as Record<string, number>)[id] = clamped;
        },
        'live',
        options.gesture ? `${group}.${id}` : undefined,
      );
    },
    setLeverPath(id, value) {
      // The model's own check: the lever takes a path, every listed year is a year and every value is in range.
      if (!LEVER_SPECS[id]?.path || checkLeverValue(id, value) !== undefined) return;
      closeGesture();
      const next = copyPathValue(value);
      edit((draft) => {
        (draft.levers as Record<string, PathValue>)[id] = next;
      }, 'live');
    },
    endGesture: closeGesture,
    resetValue(group, id) {
      closeGesture();
      edit((draft) => {
        (draft[group] as Record<string, unknown>)[id] = defaultOf(group, id);
      }, 'history');
    },
    resetAll() {
      closeGesture();
      edit((draft) => {
        Object.assign(draft.levers, DEFAULT_LEVERS);
        Object.assign(draft.norms, DEFAULT_NORMS);
      }, 'history');
    },
    undo() {
      closeGesture();
      const entry = active();
      const result = history.undo(entry.scenario, entry.history);
      if (result.history !== entry.history) putActive({ scenario: result.state, history: result.history }, 'history');
    },
    redo() {
      closeGesture();
      const entry = active();
      const result = history.redo(entry.scenario, entry.history);
      if (result.history !== entry.history) putActive({ scenario: result.state, history: result.history }, 'history');
    },
    newFromPreset(preset) {
      closeGesture();
      const copies = state().order.filter((id) => state().entries[id].scenario.presetId === preset.id).length;
      openScenario(scenarioFromFile(newId(), preset.file, preset.id, copies + 1, null));
    },
    openFile(file, path) {
      closeGesture();
      openScenario(scenarioFromFile(newId(), file, null, 1, path));
    },
    setActive(id) {
      if (!state().entries[id] || id === state().activeId) return;
      closeGesture();
      set({ ...state(), activeId: id, lastChange: 'switch', dragging: false });
    },
    close(id) {
      const { entries, order, activeId } = state();
      if (!entries[id]) return;
      closeGesture();
      const at = order.indexOf(id);
      const rest = order.filter((other) => other !== id);
      const remaining = { ...entries };
      delete remaining[id];
      if (rest.length === 0) {
        const fresh = scenarioFromFile(newId(), start.file, start.id, 1, null);
        set({ ...state(), entries: { [fresh.id]: { scenario: fresh, history: history.EMPTY_HISTORY } }, order: [fresh.id], activeId: fresh.id, lastChange: 'switch', dragging: false });
        return;
      }
      const nextActive = id === activeId ? rest[Math.min(at, rest.length - 1)] : activeId;
      set({ ...state(), entries: remaining, order: rest, activeId: nextActive, lastChange: id === activeId ? 'switch' : state().lastChange, dragging: false });
    },
    setFilePath(path) {
      const entry = active();
      putActive({ ...entry, scenario: { ...entry.scenario, filePath: path } }, state().lastChange);
    },
    applyLevers(values) {
      closeGesture();
      edit((draft) => {
        for (const [id, value] of Object.entries(values)) {
          if (!specOf('levers', id)) continue;
          (draft.levers as Record<string, LeverValue>)[id] = copyPathValue(value);
        }
      }, 'history');
    },
    setDetails(id, details) {
      const entry = state().entries[id];
      if (!entry) return;
      const scenario = { ...entry.scenario, ...details };
      set({ ...state(), entries: { ...state().entries, [id]: { ...entry, scenario } } });
    },
  };
}

// Which open scenarios the library session follows, and what each looked like when last saved.
import { scenarioText } from '../app/scenario-files';
import type { AppStore } from '../state/app-store';
import type { Scenario } from '../state/scenario';
import { UNSAVED_PREFIX, type LibraryLink } from './library-session-types';

/** How an open scenario is tracked for saving and recovery. */
export interface Tracked {
  /** The id of its record in the recovery area. */
  recoveryId: string;
  /** Its text when last opened or saved; null when never saved (any content is unsaved work). */
  baseline: string | null;
  link: LibraryLink | null;
  /** The text last written to the recovery area (null: no record). */
  written: string | null;
}

/** The tracked open scenarios of one session, and the questions asked of them. */
export interface Tracker {
  /** Open scenario id → how it is tracked. */
  tracked: Map<string, Tracked>;
  /** Open scenario id → the scenario object last seen in the store (a change replaces it). */
  seen: Map<string, Scenario>;
  /** The open scenario `id`, if it is still open. */
  scenarioOf(id: string): Scenario | undefined;
  /** The recovery id of an open scenario that is not in the library. */
  unsavedId(scenarioId: string): string;
  /** Every open scenario is tracked from the moment it appears: its text then is its saved state. */
  track(id: string): Tracked;
  /** Whether an open scenario has changes not saved anywhere. */
  isDirty(scenarioId: string): boolean;
  /** A scenario's file text, written once per scenario object (the store replaces an edited one). */
  textOf(scenario: Scenario): string;
}

function randomKey(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** Starts tracking the open scenarios of `store` for one run of the app. */
export function createTracker(store: AppStore): Tracker {
  // A run's own prefix: records of an earlier run are never overwritten by this one's.
  const runKey = randomKey();
  const tracked = new Map<string, Tracked>();
  const seen = new Map<string, Scenario>();

  const scenarioOf = (id: string): Scenario | undefined => store.getState().entries[id]?.scenario;
  // Asked on every store change (autosave, the window's unsaved flag): serialise each state once.
  const texts = new WeakMap<Scenario, string>();
  const textOf = (scenario: Scenario): string => {
    let text = texts.get(scenario);
    if (text === undefined) {
      text = scenarioText(scenario);
      texts.set(scenario, text);
    }
    return text;
  };
  const unsavedId = (scenarioId: string) => `${UNSAVED_PREFIX}${runKey}:${scenarioId}`;

  const track = (id: string): Tracked => {
    let t = tracked.get(id);
    if (!t) {
      const scenario = scenarioOf(id);
      t = { recoveryId: unsavedId(id), baseline: scenario ? textOf(scenario) : null, link: null, written: null };
      tracked.set(id, t);
      if (scenario) seen.set(id, scenario);
    }
    return t;
  };

  const isDirty = (scenarioId: string): boolean => {
    const scenario = scenarioOf(scenarioId);
    if (!scenario) return false;
    const t = track(scenarioId);
    return t.baseline === null || textOf(scenario) !== t.baseline;
  };

  return { tracked, seen, scenarioOf, unsavedId, track, isDirty, textOf };
}

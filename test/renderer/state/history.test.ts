import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_HISTORY, HISTORY_LIMIT, canRedo, canUndo, compactPatches, endGesture, record, redo, undo, type History,
} from '../../../renderer/src/state/history';

interface State {
  levers: { a: number; b: number };
  name: string;
}
const initial: State = { levers: { a: 1, b: 2 }, name: 'x' };

describe('undo/redo history with immer patches', () => {
  it('records a change as patches that undo and redo exactly', () => {
    const r = record(initial, EMPTY_HISTORY, (d) => {
      d.levers.a = 5;
    });
    expect(r.changed).toBe(true);
    expect(r.state.levers.a).toBe(5);
    expect(r.history.past).toHaveLength(1);
    expect(applyPatches(r.state, r.history.past[0].inversePatches)).toEqual(initial);
    expect(applyPatches(initial, r.history.past[0].patches)).toEqual(r.state);

    const u = undo(r.state, r.history);
    expect(u.state).toEqual(initial);
    expect(canUndo(u.history)).toBe(false);
    expect(canRedo(u.history)).toBe(true);
    const re = redo(u.state, u.history);
    expect(re.state).toEqual(r.state);
    expect(canRedo(re.history)).toBe(false);
  });

  it('records nothing for a recipe that changes nothing', () => {
    const r = record(initial, EMPTY_HISTORY, (d) => {
      d.levers.a = 1;
    });
    expect(r.changed).toBe(false);
    expect(r.history).toBe(EMPTY_HISTORY);
    expect(r.state).toBe(initial);
  });

  it('a new change clears the redo stack', () => {
    let s = record(initial, EMPTY_HISTORY, (d) => void (d.levers.a = 2));
    const u = undo(s.state, s.history);
    s = record(u.state, u.history, (d) => void (d.levers.b = 9));
    expect(s.history.future).toHaveLength(0);
    expect(s.history.past).toHaveLength(1);
  });

  it('merges a drag (one gesture) into one step, whatever the number of moves', () => {
    let state = initial;
    let history: History = EMPTY_HISTORY;
    for (let v = 2; v <= 100; v++) {
      ({ state, history } = record(state, history, (d) => void (d.levers.a = v), { gesture: 'levers.a' }));
    }
    history = endGesture(history);
    expect(history.past).toHaveLength(1);
    expect(history.past[0].open).toBe(false);
    // Compacted: one forward and one inverse patch, not 99 of each.
    expect(history.past[0].patches).toHaveLength(1);
    expect(history.past[0].inversePatches).toHaveLength(1);
    expect(state.levers.a).toBe(100);
    expect(undo(state, history).state).toEqual(initial);
  });

  it('starts a new step after the gesture ends, or for another gesture key', () => {
    let r = record(initial, EMPTY_HISTORY, (d) => void (d.levers.a = 2), { gesture: 'levers.a' });
    r = record(r.state, r.history, (d) => void (d.levers.a = 3), { gesture: 'levers.a' });
    r = record(r.state, endGesture(r.history), (d) => void (d.levers.a = 4), { gesture: 'levers.a' });
    expect(r.history.past).toHaveLength(2);
    r = record(r.state, r.history, (d) => void (d.levers.b = 7), { gesture: 'levers.b' });
    expect(r.history.past).toHaveLength(3);
    // A change without a gesture closes the open one and never merges.
    r = record(r.state, r.history, (d) => void (d.levers.b = 8));
    r = record(r.state, r.history, (d) => void (d.levers.b = 9));
    expect(r.history.past).toHaveLength(5);
    expect(r.history.past.every((step) => !step.open || step === r.history.past.at(-1))).toBe(true);
    let s = { state: r.state, history: r.history };
    for (let i = 0; i < 5; i++) s = undo(s.state, s.history);
    expect(s.state).toEqual(initial);
  });

  it('keeps whole patch lists when compaction would be unsafe', () => {
    const patches = [
      { op: 'replace' as const, path: ['levers'], value: { a: 1, b: 2 } },
      { op: 'replace' as const, path: ['levers', 'a'], value: 3 },
    ];
    expect(compactPatches(patches)).toEqual(patches);
    const leaves = [
      { op: 'replace' as const, path: ['levers', 'a'], value: 3 },
      { op: 'replace' as const, path: ['levers', 'b'], value: 4 },
      { op: 'replace' as const, path: ['levers', 'a'], value: 5 },
    ];
    expect(compactPatches(leaves)).toEqual([leaves[1], leaves[2]]);
  });

  it('drops the oldest steps beyond the limit', () => {
    let s = { state: initial, history: EMPTY_HISTORY };
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) s = record(s.state, s.history, (d) => void (d.levers.a = i + 10));
    expect(s.history.past).toHaveLength(HISTORY_LIMIT);
  });

  it('does nothing when there is nothing to undo or redo', () => {
    expect(undo(initial, EMPTY_HISTORY)).toEqual({ state: initial, history: EMPTY_HISTORY });
    expect(redo(initial, EMPTY_HISTORY)).toEqual({ state: initial, history: EMPTY_HISTORY });
  });
});

/** The presentation's navigation reducer and key map (renderer/src/walkthrough/walkthrough-nav.ts). */
import { describe, expect, it } from 'vitest';
import { canReplay, initialNav, isPending, keyCommand, navReducer, type NavAction, type NavState } from '../../../renderer/src/walkthrough/walkthrough-nav';

const run = (state: NavState, ...actions: NavAction[]) => actions.reduce(navReducer, state);
/** The example's shape: six steps, questions on 1, 2, 3, 5 and 6. */
const example = () => initialNav([true, true, true, false, true, true]);

describe('walkthrough navigation', () => {
  it('starts on the first step with nothing revealed', () => {
    const s = example();
    expect(s).toMatchObject({ count: 6, index: 0, replay: null });
    expect(s.revealed).toEqual([false, false, false, false, false, false]);
    expect(isPending(s)).toBe(true);
    expect(initialNav([false, false], 5).index).toBe(1);
    expect(initialNav([]).count).toBe(1);
  });

  it('moves next and previous within bounds; Home and End jump', () => {
    let s = initialNav([false, false, false]);
    s = run(s, { type: 'previous' });
    expect(s.index).toBe(0);
    s = run(s, { type: 'next' }, { type: 'next' }, { type: 'next' }, { type: 'next' });
    expect(s.index).toBe(2);
    expect(run(s, { type: 'first' }).index).toBe(0);
    expect(run(s, { type: 'first' }, { type: 'last' }).index).toBe(2);
    expect(run(s, { type: 'go', index: 1 }).index).toBe(1);
    expect(run(s, { type: 'go', index: 99 }).index).toBe(2);
    // A move that goes nowhere returns the same state (no re-render).
    expect(navReducer(s, { type: 'last' })).toBe(s);
  });

  it('"next" on a hidden answer reveals it first (a two-button clicker runs the whole lesson)', () => {
    let s = example();
    s = run(s, { type: 'next' });
    expect(s.index).toBe(0);
    expect(s.revealed[0]).toBe(true);
    // Revealing the first step asks for no replay: there is no previous step to grow from.
    expect(s.replay).toBeNull();
    s = run(s, { type: 'next' });
    expect(s.index).toBe(1);
    expect(isPending(s)).toBe(true);
  });

  it('reveal shows the answer once, with a replay from the previous step; going back keeps it revealed', () => {
    let s = run(example(), { type: 'reveal' }, { type: 'next' });
    expect(s.index).toBe(1);
    s = run(s, { type: 'reveal' });
    expect(s.revealed[1]).toBe(true);
    expect(s.replay).toEqual({ index: 1, seq: 1 });
    expect(navReducer(s, { type: 'reveal' })).toBe(s);
    s = run(s, { type: 'previous' });
    expect(s.replay).toBeNull();
    s = run(s, { type: 'next' });
    expect(isPending(s)).toBe(false);
    expect(s.index).toBe(1);
  });

  it('replays only with a previous step and never before the answer is out', () => {
    let s = example();
    expect(canReplay(s)).toBe(false);
    expect(navReducer(s, { type: 'replay' })).toBe(s);
    s = run(s, { type: 'reveal' }, { type: 'next' });
    // Step 2 asks a question: a replay would give the answer away.
    expect(canReplay(s)).toBe(false);
    expect(navReducer(s, { type: 'replay' })).toBe(s);
    s = run(s, { type: 'reveal' });
    const first = run(s, { type: 'replay' }).replay;
    const second = run(s, { type: 'replay' }, { type: 'replay' }).replay;
    expect(first?.index).toBe(1);
    expect(second!.seq).toBeGreaterThan(first!.seq);
    // A step without a question replays at once.
    s = run(initialNav([false, false]), { type: 'next' }, { type: 'replay' });
    expect(s.replay).toEqual({ index: 1, seq: 1 });
    expect(run(s, { type: 'next' }).replay).toEqual(s.replay);
  });

  it('keeps the room’s guess per step, only while the answer is hidden', () => {
    let s = run(example(), { type: 'guess', text: '130' });
    expect(s.guesses[0]).toBe('130');
    s = run(s, { type: 'reveal' }, { type: 'guess', text: '999' });
    expect(s.guesses[0]).toBe('130');
    expect(run(example(), { type: 'guess', text: 'x'.repeat(100) }).guesses[0]).toHaveLength(40);
  });

  it('reset starts over with the new steps', () => {
    const s = run(example(), { type: 'reveal' }, { type: 'next' }, { type: 'reset', predictable: [false, true], index: 1 });
    expect(s).toMatchObject({ count: 2, index: 1, revealed: [false, false], replay: null });
  });
});

describe('presentation keys', () => {
  it('maps a clicker and the keyboard to commands', () => {
    for (const key of ['ArrowRight', 'ArrowDown', ' ', 'PageDown']) expect(keyCommand({ key }), key).toBe('next');
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(keyCommand({ key }), key).toBe('previous');
    expect(keyCommand({ key: ' ', shiftKey: true })).toBe('previous');
    expect(keyCommand({ key: 'Home' })).toBe('first');
    expect(keyCommand({ key: 'End' })).toBe('last');
    expect(keyCommand({ key: 'Enter' })).toBe('reveal');
    expect(keyCommand({ key: 'r' })).toBe('reveal');
    expect(keyCommand({ key: 'R' })).toBe('reveal');
    expect(keyCommand({ key: 'p' })).toBe('replay');
    expect(keyCommand({ key: 'f' })).toBe('fullscreen');
    expect(keyCommand({ key: 'Escape' })).toBe('exit');
    expect(keyCommand({ key: 'x' })).toBeNull();
  });

  it('leaves shortcuts with modifiers, typing in the guess box and a focused button’s own keys alone', () => {
    expect(keyCommand({ key: 'ArrowRight', ctrlKey: true })).toBeNull();
    expect(keyCommand({ key: 'r', metaKey: true })).toBeNull();
    expect(keyCommand({ key: 'p', altKey: true })).toBeNull();
    expect(keyCommand({ key: 'ArrowRight', target: 'text' })).toBeNull();
    expect(keyCommand({ key: ' ', target: 'text' })).toBeNull();
    expect(keyCommand({ key: 'r', target: 'text' })).toBeNull();
    expect(keyCommand({ key: 'Escape', target: 'text' })).toBeNull();
    // Enter in the guess box reveals; the clicker's keys work wherever the focus is.
    expect(keyCommand({ key: 'Enter', target: 'text' })).toBe('reveal');
    expect(keyCommand({ key: 'PageDown', target: 'text' })).toBe('next');
    expect(keyCommand({ key: 'PageUp', target: 'button' })).toBe('previous');
    expect(keyCommand({ key: ' ', target: 'button' })).toBeNull();
    expect(keyCommand({ key: 'Enter', target: 'button' })).toBeNull();
    expect(keyCommand({ key: 'ArrowRight', target: 'button' })).toBe('next');
  });
});

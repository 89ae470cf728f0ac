/**
 * Moving through a walkthrough while presenting: which step is on screen, which predictions have been
 * revealed, the room's guesses, and requests to replay the last change. A pure reducer, so every rule
 * (bounds, "next reveals a pending answer first", when a replay is allowed) is unit-tested.
 *
 * A presentation clicker has two buttons that send PageDown / PageUp, so "next" on a step whose answer
 * is still hidden reveals it first (like a build on a slide); the next "next" moves on.
 */

export interface NavState {
  /** Number of steps (≥ 1). */
  count: number;
  /** The step on screen, 0-based. */
  index: number;
  /** Per step: it has a "predict first" question. */
  predictable: readonly boolean[];
  /** Per step: its answer has been revealed. */
  revealed: readonly boolean[];
  /** Per step: what the room guessed (as typed; empty when no guess). */
  guesses: readonly string[];
  /**
   * A request to animate the charts from the previous step's values to this step's: set by a replay and
   * by a reveal, cleared by moving. `seq` makes each request new, so the same step can replay again.
   */
  replay: { index: number; seq: number } | null;
}

export type NavAction =
  | { type: 'reset'; predictable: readonly boolean[]; index?: number }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'go'; index: number }
  | { type: 'reveal' }
  | { type: 'replay' }
  | { type: 'guess'; text: string };

const clamp = (index: number, count: number) => Math.max(0, Math.min(count - 1, Math.trunc(index)));

/** The state at the start of a walkthrough of these steps (nothing revealed). */
export function initialNav(predictable: readonly boolean[], index = 0): NavState {
  const count = Math.max(1, predictable.length);
  return {
    count,
    index: clamp(index, count),
    predictable: predictable.length ? [...predictable] : [false],
    revealed: new Array<boolean>(count).fill(false),
    guesses: new Array<string>(count).fill(''),
    replay: null,
  };
}

/** The current step asks a question whose answer is still hidden. */
export function isPending(state: NavState, index = state.index): boolean {
  return state.predictable[index] === true && !state.revealed[index];
}

/** A replay needs a previous step, and must not give away a hidden answer. */
export function canReplay(state: NavState): boolean {
  return state.index > 0 && !isPending(state);
}

function go(state: NavState, index: number): NavState {
  const next = clamp(index, state.count);
  return next === state.index ? state : { ...state, index: next, replay: null };
}

function reveal(state: NavState): NavState {
  if (!isPending(state)) return state;
  const revealed = state.revealed.slice();
  revealed[state.index] = true;
  // The charts appear with the answer, growing from the previous step's values.
  const replay = state.index > 0 ? { index: state.index, seq: (state.replay?.seq ?? 0) + 1 } : null;
  return { ...state, revealed, replay };
}

export function navReducer(state: NavState, action: NavAction): NavState {
  switch (action.type) {
    case 'reset':
      return initialNav(action.predictable, action.index ?? 0);
    case 'next':
      return isPending(state) ? reveal(state) : go(state, state.index + 1);
    case 'previous':
      return go(state, state.index - 1);
    case 'first':
      return go(state, 0);
    case 'last':
      return go(state, state.count - 1);
    case 'go':
      return go(state, action.index);
    case 'reveal':
      return reveal(state);
    case 'replay':
      return canReplay(state) ? { ...state, replay: { index: state.index, seq: (state.replay?.seq ?? 0) + 1 } } : state;
    case 'guess': {
      if (!isPending(state)) return state;
      const guesses = state.guesses.slice();
      guesses[state.index] = action.text.slice(0, 40);
      return { ...state, guesses };
    }
  }
}

/** What a key does in the presentation (a command the view carries out), or null to leave the key alone. */
export type KeyCommand = 'next' | 'previous' | 'first' | 'last' | 'reveal' | 'replay' | 'fullscreen' | 'exit';

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** What has the focus: a text box keeps its own keys, a button its own Enter and Space. */
  target?: 'text' | 'button' | 'other';
}

/**
 * Keys: → ↓ Space PageDown next; ← ↑ Shift+Space PageUp previous; Home / End; Enter or R reveals;
 * P replays the last change; F full screen; Escape leaves. Clickers send PageDown / PageUp, which
 * work even while the guess box has the focus.
 */
export function keyCommand(input: KeyInput): KeyCommand | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  const { key } = input;
  const target = input.target ?? 'other';
  if (key === 'PageDown') return 'next';
  if (key === 'PageUp') return 'previous';
  if (target === 'text') {
    // Escape in the guess box only leaves the box (the box handles that); it never ends the show.
    return key === 'Enter' ? 'reveal' : null;
  }
  if (target === 'button' && (key === 'Enter' || key === ' ')) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return 'next';
    case ' ':
    case 'Spacebar':
      return input.shiftKey ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Enter':
      return 'reveal';
    case 'Escape':
      return 'exit';
  }
  switch (key.toLowerCase()) {
    case 'r':
      return 'reveal';
    case 'p':
      return 'replay';
    case 'f':
      return 'fullscreen';
  }
  return null;
}

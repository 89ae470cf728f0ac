/**
 * Closing the main window (its close box, Close window, Quit, Cmd+Q) while open scenarios have unsaved
 * changes asks first, as desktop apps do. The page owns the scenarios and the saving, so main only
 * holds the close and asks it: the page keeps main told whether it has unsaved work
 * ('window:set-unsaved'); a close with unsaved work is held and the page is sent
 * 'window:close-requested'; the page asks the user (save all / don't save / cancel), saves if asked to,
 * and answers with 'window:close-reply'. 'close' lets the window close; 'stay' keeps it open.
 *
 * A page that never said it has unsaved work (it has none, it has not loaded, it failed to start) or
 * whose renderer is gone never holds a close: the window always closes unless someone is there to ask.
 * Crash recovery is untouched: the page writes its recovery records on the way out as before.
 *
 * Only Electron *types* are used: the logic is tested in Node over a stand-in window.
 */
import type { CloseAnswer } from '../../src/host/contract';

/** What the guard knows when a close is attempted. */
export interface CloseState {
  /** The page said it has unsaved work. */
  unsaved: boolean;
  /** The page was asked and has not answered yet. */
  asking: boolean;
  /** The page answered 'close': this close goes through. */
  confirmed: boolean;
  /** The renderer crashed or was killed: nobody is there to ask. */
  pageGone: boolean;
}

/** `allow`: let the window close; `ask`: hold it and ask the page; `hold`: hold it, the question is already on screen. */
export type CloseAction = 'allow' | 'ask' | 'hold';

/** The decision for one close attempt. */
export function closeAction(state: CloseState): CloseAction {
  if (state.confirmed || state.pageGone || !state.unsaved) return 'allow';
  return state.asking ? 'hold' : 'ask';
}

/** The part of Electron's BrowserWindow the guard uses. */
export interface GuardedWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
  webContents: {
    send(channel: 'window:close-requested', requestId: number): void;
    isCrashed(): boolean;
    /** A new page (a reload) starts with no unsaved work until it says otherwise. */
    on(event: 'did-navigate', listener: () => void): unknown;
  };
}

export interface CloseGuard {
  /** Watches `window`'s closes; call once, right after creating it. */
  attach(window: GuardedWindow): void;
  /** The page's report: it has (or no longer has) unsaved work. */
  setUnsaved(unsaved: boolean): void;
  /** The page's answer to request `requestId`; an answer to an older request is ignored. */
  answer(requestId: number, answer: CloseAnswer): void;
}

export function createCloseGuard(log: (message: string) => void = () => undefined): CloseGuard {
  let window: GuardedWindow | null = null;
  let unsaved = false;
  let confirmed = false;
  /** The request being asked, or null. Numbered so a late answer to an earlier question does nothing. */
  let asking: number | null = null;
  let lastRequest = 0;

  const onClose = (event: { preventDefault(): void }) => {
    if (!window) return;
    const action = closeAction({ unsaved, asking: asking !== null, confirmed, pageGone: window.webContents.isCrashed() });
    if (action === 'allow') return;
    event.preventDefault();
    if (action === 'hold') return;
    asking = ++lastRequest;
    window.webContents.send('window:close-requested', asking);
  };

  return {
    attach(target) {
      window = target;
      target.on('close', onClose);
      target.webContents.on('did-navigate', () => {
        unsaved = false;
        asking = null;
      });
    },
    setUnsaved(value) {
      unsaved = value;
    },
    answer(requestId, answer) {
      if (requestId !== asking) {
        log(`window: ignored an answer to close request ${requestId} (asking ${asking ?? 'none'})`);
        return;
      }
      asking = null;
      if (answer !== 'close' || !window || window.isDestroyed()) return;
      confirmed = true;
      window.close();
    },
  };
}

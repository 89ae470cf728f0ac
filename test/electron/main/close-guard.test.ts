/**
 * The main window's close with unsaved work: the decision, and the guard over a stand-in for the one
 * Electron object it touches (the BrowserWindow: its close event, close(), and its page's send). The
 * stand-in behaves like Electron: close() emits 'close', and the window closes unless a listener
 * prevented it. The handlers are the real ones of handlers.ts, so the page's IPC calls reach the guard.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeAction, createCloseGuard, type CloseState, type GuardedWindow } from '../../../electron/main/close-guard';
import { createHandlers } from '../../../electron/main/handlers';
import { openSettingsStore } from '../../../electron/main/settings-store';

/** A window that closes when no 'close' listener prevents it, and records what its page was sent. */
function standInWindow() {
  const closeListeners: ((event: { preventDefault(): void }) => void)[] = [];
  const navigateListeners: (() => void)[] = [];
  const sent: number[] = [];
  let closed = false;
  let crashed = false;
  const window: GuardedWindow = {
    on: (_event, listener) => closeListeners.push(listener),
    close() {
      if (closed) return;
      let prevented = false;
      for (const listener of closeListeners) listener({ preventDefault: () => { prevented = true; } });
      if (!prevented) closed = true;
    },
    isDestroyed: () => closed,
    webContents: {
      send: (_channel, requestId) => sent.push(requestId),
      isCrashed: () => crashed,
      on: (_event, listener) => navigateListeners.push(listener),
    },
  };
  return {
    window,
    sent,
    get closed() { return closed; },
    crash() { crashed = true; },
    navigate() { navigateListeners.forEach((l) => l()); },
  };
}

describe('the close decision', () => {
  const base: CloseState = { unsaved: true, asking: false, confirmed: false, pageGone: false };
  it('asks only when the page has unsaved work and is there to answer', () => {
    expect(closeAction(base)).toBe('ask');
    expect(closeAction({ ...base, unsaved: false })).toBe('allow');
    expect(closeAction({ ...base, pageGone: true })).toBe('allow');
    expect(closeAction({ ...base, confirmed: true })).toBe('allow');
    // A second click on the close box while the question is on screen does not ask twice.
    expect(closeAction({ ...base, asking: true })).toBe('hold');
  });
});

describe('the close guard on a window', () => {
  let folder: string | undefined;
  afterEach(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
    folder = undefined;
  });

  /** A guard reached the way the page reaches it: through the real IPC handlers. */
  async function guarded() {
    folder = await mkdtemp(join(tmpdir(), 'xiqing-close-'));
    const settings = await openSettingsStore(join(folder, 'settings.json'));
    const log: string[] = [];
    const guard = createCloseGuard((m) => log.push(m));
    const handlers = createHandlers({
      settings, dialogs: { chooseScenarioToOpen: async () => null, chooseScenarioSavePath: async () => null, chooseExportPath: async () => null, chooseFolder: async () => null },
      appInfo: { productName: 'x', version: '0', host: 'electron', runtime: '', platform: 'linux' },
      documentsFolder: folder, recoveryFolder: join(folder, 'recovery'), onLanguageChanged: () => undefined, log: (m) => log.push(m), closeGuard: guard,
    });
    const w = standInWindow();
    guard.attach(w.window);
    return { w, log, page: { setUnsaved: handlers['window:set-unsaved'], answer: handlers['window:close-reply'] } };
  }

  it('closes at once when the page has nothing unsaved (or never said so)', async () => {
    const { w } = await guarded();
    w.window.close();
    expect(w.closed).toBe(true);
    expect(w.sent).toEqual([]);
    const second = await guarded();
    await second.page.setUnsaved(true);
    await second.page.setUnsaved(false);
    second.w.window.close();
    expect(second.w.closed).toBe(true);
    expect(second.w.sent).toEqual([]);
  });

  it('with unsaved work, holds the close and asks the page; "stay" keeps the window, "close" closes it', async () => {
    const { w, page } = await guarded();
    await page.setUnsaved(true);
    w.window.close();
    expect(w.closed).toBe(false);
    expect(w.sent).toEqual([1]);
    // Clicking again while the question is open does not ask again.
    w.window.close();
    expect(w.sent).toEqual([1]);
    await page.answer(1, 'stay');
    expect(w.closed).toBe(false);
    // The next attempt asks anew, with a new number.
    w.window.close();
    expect(w.sent).toEqual([1, 2]);
    await page.answer(2, 'close');
    expect(w.closed).toBe(true);
  });

  it('ignores an answer to a question it did not ask (or no longer asks)', async () => {
    const { w, page, log } = await guarded();
    await page.setUnsaved(true);
    await page.answer(1, 'close');
    expect(w.closed).toBe(false);
    w.window.close();
    await page.answer(7, 'close');
    expect(w.closed).toBe(false);
    expect(log.some((m) => m.includes('ignored an answer to close request 7'))).toBe(true);
    await page.answer(1, 'close');
    expect(w.closed).toBe(true);
  });

  it('never holds the window of a crashed page or of a page that was reloaded', async () => {
    const crashed = await guarded();
    await crashed.page.setUnsaved(true);
    crashed.w.crash();
    crashed.w.window.close();
    expect(crashed.w.closed).toBe(true);

    const reloaded = await guarded();
    await reloaded.page.setUnsaved(true);
    reloaded.w.window.close();
    expect(reloaded.w.sent).toEqual([1]);
    // The new page has not said it has unsaved work: the pending question is gone with the old page.
    reloaded.w.navigate();
    reloaded.w.window.close();
    expect(reloaded.w.closed).toBe(true);
  });
});

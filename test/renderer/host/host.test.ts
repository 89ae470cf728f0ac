import { describe, expect, it, vi } from 'vitest';
import { createHostMethods, type XiqingBridge } from '../../../src/host/contract';
import { DEFAULT_SETTINGS, HostArgumentError } from '../../../src/host/schemas';
import { SETTINGS_KEY, createBrowserHost } from '../../../renderer/src/host/browser-host';
import { createElectronHost } from '../../../renderer/src/host/electron-host';
import { createEventHub } from '../../../renderer/src/host/event-hub';

// Runs in Node (no DOM): covers everything of the hosts that does not open a chooser or a download.

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('browser host', () => {
  it('keeps settings in localStorage, starting from the defaults', async () => {
    const storage = memoryStorage();
    const host = createBrowserHost({ storage });
    expect(host.kind).toBe('browser');
    expect(await host.getSettings()).toEqual(DEFAULT_SETTINGS);
    await host.setSettings({ language: 'en' });
    expect(JSON.parse(storage.data.get(SETTINGS_KEY) ?? '{}').language).toBe('en');
    expect((await createBrowserHost({ storage }).getSettings()).language).toBe('en');
  });

  it('survives damaged storage', async () => {
    const host = createBrowserHost({ storage: memoryStorage({ [SETTINGS_KEY]: '{oops' }) });
    expect(await host.getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('refuses the same bad arguments as main does', async () => {
    const host = createBrowserHost({ storage: memoryStorage() });
    await expect(host.setSettings({ language: 'fr' } as never)).rejects.toBeInstanceOf(HostArgumentError);
  });

  it('cannot reopen a recent file by name', async () => {
    const host = createBrowserHost({ storage: memoryStorage() });
    expect(await host.openRecentScenario('a.json')).toMatchObject({ status: 'error', kind: 'not-allowed' });
  });

  it('lets the page raise menu events for its own listeners', () => {
    const host = createBrowserHost({ storage: memoryStorage() });
    const onView = vi.fn();
    const unsubscribe = host.on('menu:view', onView);
    host.emit('menu:view', 'compare');
    unsubscribe();
    host.emit('menu:view', 'editor');
    expect(onView.mock.calls).toEqual([['compare']]);
  });
});

describe('electron host', () => {
  it('passes operations to the bridge and merges events from main with events raised in the page', async () => {
    const fromMain = createEventHub();
    const bridge = {
      ...createHostMethods(async (channel) => `main answered ${channel}`),
      on: fromMain.on,
    } as XiqingBridge;
    const host = createElectronHost(bridge);
    expect(host.kind).toBe('electron');
    expect(await host.getAppInfo()).toBe('main answered app:info');
    const onUndo = vi.fn();
    const unsubscribe = host.on('menu:undo', onUndo);
    fromMain.emit('menu:undo');
    host.emit('menu:undo');
    unsubscribe();
    fromMain.emit('menu:undo');
    expect(onUndo).toHaveBeenCalledTimes(2);
  });
});

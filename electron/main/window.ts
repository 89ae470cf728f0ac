/** The one main window, locked down per the security checklist (locked-down-window.ts); its bounds are reported on close. */
import type { BrowserWindow } from 'electron';
import type { WindowBounds } from '../../src/host/contract';
import { createLockedDownWindow } from './locked-down-window';
import type { InitialBounds } from './window-bounds';

export interface MainWindowOptions {
  entryUrl: string;
  /** The CommonJS preload (out/preload/index.cjs): a sandboxed preload cannot be an ES module. */
  preloadPath: string;
  bounds: InitialBounds;
  title: string;
  developer: boolean;
  onClose(bounds: WindowBounds): void;
}

/** Creates the main window at its last bounds and loads the app's page into it. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { maximized, ...rect } = options.bounds;
  const window = createLockedDownWindow({
    frame: { ...rect, minWidth: 1024, minHeight: 640, title: options.title },
    preloadPath: options.preloadPath,
    developer: options.developer,
  });
  if (maximized) window.maximize();
  // Normal bounds, so a maximized window comes back maximized over its previous normal size.
  window.on('close', () => options.onClose({ ...window.getNormalBounds(), maximized: window.isMaximized() }));
  void window.loadURL(options.entryUrl);
  return window;
}

/** Brings the window to the front (used when a second copy of the app is started). */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

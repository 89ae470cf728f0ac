/** The one main window, locked down per the security checklist; its bounds are reported on close. */
import { BrowserWindow } from 'electron';
import type { WindowBounds } from '../../src/host/contract';
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

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { maximized, ...rect } = options.bounds;
  const window = new BrowserWindow({
    ...rect,
    minWidth: 1024,
    minHeight: 640,
    title: options.title,
    // Shown once painted, so the user never sees a blank white frame.
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click must not open links in new windows (they are denied anyway; this stops the attempt).
      disableBlinkFeatures: 'Auxclick',
      // Chromium's spellchecker downloads dictionaries from the network; the app runs offline.
      spellcheck: false,
      devTools: options.developer,
    },
  });
  if (maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
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

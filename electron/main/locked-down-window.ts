/**
 * Every window of the app is made here, so that each one gets the same locked-down `webPreferences`
 * (docs/security.md, checklist items 2–11): the main window and the walkthrough's presenter window
 * differ only in their frame (size, title) and the page they load, never in what that page may do.
 */
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

export interface LockedDownWindowOptions {
  /** Size, title and the like; never `webPreferences` (set here only) nor `show` (the window shows itself once painted). */
  frame: Omit<BrowserWindowConstructorOptions, 'webPreferences' | 'show'>;
  /** The CommonJS preload (out/preload/index.cjs): a sandboxed preload cannot be an ES module. */
  preloadPath: string;
  /** Developer tools only in development builds. */
  developer: boolean;
}

/** A new, still hidden window with the app's locked-down web preferences; it shows itself once painted. */
export function createLockedDownWindow({ frame, preloadPath, developer }: LockedDownWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...frame,
    // Shown once painted, so the user never sees a blank white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
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
      devTools: developer,
    },
  });
  window.once('ready-to-show', () => window.show());
  return window;
}

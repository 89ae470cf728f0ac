/**
 * Main process entry: wires the concerns together and nothing else. Each file it imports holds one
 * concern; the logic worth testing lives in pure modules tested in Node (test/electron).
 */
import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, screen, session } from 'electron';
import type { HostEvent, HostEvents, Language } from '../../src/host/contract';
import { describeApp } from './app-info';
import { registerAppScheme, serveAppScheme } from './app-protocol';
import { appEntryUrl } from './app-url';
import { createCloseGuard } from './close-guard';
import { createDialogs } from './dialogs';
import { createHandlers } from './handlers';
import { createDropGrants } from './drop-grants';
import { registerDropGrants, registerIpcHandlers } from './ipc';
import { installMenu } from './menu';
import { PRINT_TO_PDF_OPTIONS } from './print-pdf';
import { MAIN_STRINGS } from './main-strings';
import { createPresenterControl } from './presenter-window';
import { hardenAllWebContents, hardenSession } from './security';
import { openSettingsStore } from './settings-store';
import { claimSingleInstance } from './single-instance';
import { createMainWindow, focusWindow } from './window';
import { restoreBounds } from './window-bounds';
import { createWalkthroughDialogs } from './walkthrough-dialogs';

const log = (message: string) => console.warn(`[xiqing] ${message}`);
// Packaged builds ignore ELECTRON_RENDERER_URL, so an environment variable cannot point the app elsewhere.
const developer = !app.isPackaged;
const entryUrl = appEntryUrl(developer ? process.env.ELECTRON_RENDERER_URL : undefined);
let mainWindow: BrowserWindow | null = null;

// These must happen before `ready`: the scheme's privileges, sandboxing every renderer, and the guard
// on each new web contents.
registerAppScheme();
app.enableSandbox();
hardenAllWebContents(app, entryUrl, log);

async function start(): Promise<void> {
  const settings = await openSettingsStore(join(app.getPath('userData'), 'settings.json'), { log });
  serveAppScheme(join(import.meta.dirname, '../renderer'), log);
  hardenSession(session.defaultSession, entryUrl, log);

  const send = <E extends HostEvent>(event: E, ...args: HostEvents[E]) => mainWindow?.webContents.send(event, ...args);
  const applyMenu = () => installMenu(settings.get().language, { send, setLanguage }, { platform: process.platform, developer });
  async function setLanguage(language: Language) {
    await settings.update({ language }).catch((error: unknown) => log(`settings: cannot save language: ${String(error)}`));
    applyMenu();
    send('menu:language', language);
  }

  const trust = { appWebContentsIds: () => new Set(BrowserWindow.getAllWindows().map((w) => w.webContents.id)), entryUrl };
  const dropGrants = createDropGrants();
  const closeGuard = createCloseGuard(log);
  registerDropGrants(ipcMain, dropGrants, trust, log);
  registerIpcHandlers(ipcMain, createHandlers({
    settings,
    dropGrants,
    dialogs: createDialogs(() => mainWindow, () => settings.get().language),
    appInfo: describeApp(app.getName(), app.getVersion(), process.versions, process.platform),
    documentsFolder: app.getPath('documents'),
    recoveryFolder: join(app.getPath('userData'), 'recovery'),
    onLanguageChanged: applyMenu,
    log,
    closeGuard,
    // The brief's print view is on screen in the main window; its print stylesheet shows only the brief.
    printPdf: async () => {
      if (!mainWindow) throw new Error('there is no window to print');
      return new Uint8Array(await mainWindow.webContents.printToPDF(PRINT_TO_PDF_OPTIONS));
    },
    walkthrough: {
      dialogs: createWalkthroughDialogs(() => mainWindow, () => settings.get().language),
      presenter: createPresenterControl({
        entryUrl,
        preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
        developer,
        title: () => MAIN_STRINGS[settings.get().language].dialog.presenterWindow,
        mainWindow: () => mainWindow,
      }),
    },
  }), trust, log);
  applyMenu();

  mainWindow = createMainWindow({
    entryUrl,
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    bounds: restoreBounds(settings.get().windowBounds, screen.getAllDisplays().map((d) => d.workArea)),
    title: app.getName(),
    developer,
    onClose: (windowBounds) => void settings.update({ windowBounds }).catch((error: unknown) => log(`settings: cannot save window bounds: ${String(error)}`)),
  });
  closeGuard.attach(mainWindow);
  mainWindow.on('closed', () => { mainWindow = null; });
  // Quit only after the last settings write has landed.
  app.on('window-all-closed', () => void settings.flush().finally(() => app.quit()));
}

if (!claimSingleInstance(app, () => focusWindow(mainWindow))) {
  app.quit();
} else {
  app.whenReady().then(start).catch((error: unknown) => {
    log(`startup failed: ${String(error)}`);
    app.quit();
  });
}

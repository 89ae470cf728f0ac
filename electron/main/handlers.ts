/**
 * The main-side implementation of every channel of the contract. It knows nothing of Electron:
 * dialogs, app facts, folders and the settings store come in as dependencies, so the whole flow
 * (choose → read/write → remember) is tested in Node with real files and scripted dialog answers.
 * Files anywhere: file-handlers.ts; the library and recovery: src/host/library (shared with the
 * browser host) over the folder backend of library-fs-backend.ts.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppInfo, FileFilter, HostHandlers, Language } from '../../src/host/contract';
import { createLibraryHandlers } from '../../src/host/library/library-handlers';
import { hostError, ioError } from '../../src/host/scenario-check';
import { createCloseGuard, type CloseGuard } from './close-guard';
import { createDropGrants, type DropGrants } from './drop-grants';
import { createFileHandlers } from './file-handlers';
import folderNames from './locales/folder-names.json';
import { createFsBackend } from './library-fs-backend';
import type { WriteFile } from './scenario-files';
import type { SettingsStore } from './settings-store';
import { createPrintPdfHandler } from './print-pdf';
import { createWalkthroughHandlers, NO_PRESENTER, NO_WALKTHROUGH_DIALOGS, type PresenterControl, type WalkthroughDialogs } from './walkthrough-handlers';

/** The library's default folder, under the user's Documents. One name in every language, so switching language does not move it. */
export const LIBRARY_FOLDER_NAME: string = folderNames.library;

/** The native dialogs, each resolving to the chosen path or null when cancelled. */
export interface Dialogs {
  chooseScenarioToOpen(defaultFolder: string): Promise<string | null>;
  chooseScenarioSavePath(defaultPath: string): Promise<string | null>;
  chooseExportPath(defaultPath: string, filters: FileFilter[]): Promise<string | null>;
  chooseFolder(defaultFolder: string): Promise<string | null>;
}

export interface HandlerDeps {
  settings: SettingsStore;
  dialogs: Dialogs;
  appInfo: AppInfo;
  /** The user's Documents folder: where dialogs start, and the parent of the default library folder. */
  documentsFolder: string;
  /** Where unsaved work is kept for crash recovery (under userData). */
  recoveryFolder: string;
  onLanguageChanged(language: Language): void;
  log(message: string): void;
  /** Replaced only by tests, to make writes fail halfway. */
  writeFile?: WriteFile;
  /** Paths of real drops on the window (reported by the preload); without it no dropped file opens. */
  dropGrants?: DropGrants;
  /** The app window printed to PDF (the brief's print view); without it 'export:print-pdf' answers not-allowed. */
  printPdf?: () => Promise<Uint8Array>;
  /** Walkthrough file dialogs and the presenter window; without them those channels answer cancel / not-allowed. */
  walkthrough?: { dialogs: WalkthroughDialogs; presenter: PresenterControl };
  /** Asks the page before the main window closes with unsaved work; without it nothing is asked. */
  closeGuard?: CloseGuard;
}

/** Every channel of the contract, for registration with ipcMain (ipc.ts). */
export function createHandlers(deps: HandlerDeps): HostHandlers {
  const { settings, dialogs, log } = deps;
  const libraryFolder = () => settings.get().libraryFolder ?? join(deps.documentsFolder, LIBRARY_FOLDER_NAME);
  const closeGuard = deps.closeGuard ?? createCloseGuard();
  const backend = createFsBackend({ libraryFolder, recoveryFolder: deps.recoveryFolder, writeFile: deps.writeFile, log });

  return {
    'settings:get': async () => settings.get(),
    'settings:set': async (patch) => {
      const before = settings.get().language;
      await settings.update(patch).catch((error: unknown) => log(`settings: cannot save: ${String(error)}`));
      const after = settings.get().language;
      if (after !== before) deps.onLanguageChanged(after);
      return settings.get();
    },
    'app:info': async () => deps.appInfo,
    ...createFileHandlers({ settings, dialogs, documentsFolder: deps.documentsFolder, log, writeFile: deps.writeFile, dropGrants: deps.dropGrants ?? createDropGrants() }),
    ...createLibraryHandlers(backend, { log }),
    ...createPrintPdfHandler({
      dialogs, log, printPdf: deps.printPdf, writeFile: deps.writeFile,
      folder: () => settings.get().scenarioFolder ?? deps.documentsFolder,
    }),
    ...createWalkthroughHandlers({
      settings, log, documentsFolder: deps.documentsFolder, writeFile: deps.writeFile,
      dialogs: deps.walkthrough?.dialogs ?? NO_WALKTHROUGH_DIALOGS,
      presenter: deps.walkthrough?.presenter ?? NO_PRESENTER,
    }),
    'window:set-unsaved': async (unsaved) => closeGuard.setUnsaved(unsaved),
    'window:close-reply': async (requestId, answer) => closeGuard.answer(requestId, answer),
    'library:choose-folder': async () => {
      const chosen = await dialogs.chooseFolder(libraryFolder());
      if (chosen === null) return { status: 'canceled' };
      try {
        if (!(await stat(chosen)).isDirectory()) return hostError('not-found', `${chosen} is not a folder.`);
      } catch (error) {
        return ioError(`Cannot use ${chosen} as the library folder`, error);
      }
      // Memory keeps the choice even if the settings file cannot be written, so it holds for this session.
      await settings.update({ libraryFolder: chosen }).catch((error: unknown) => log(`settings: cannot save library folder: ${String(error)}`));
      return { status: 'chosen', folder: chosen };
    },
  };
}

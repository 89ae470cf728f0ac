/**
 * The main-side implementation of every channel of the contract. It knows nothing of Electron:
 * dialogs, app facts and the settings store come in as dependencies, so the whole flow (choose →
 * read/write → remember) is tested in Node with real files and scripted dialog answers.
 */
import { dirname, extname, join, resolve } from 'node:path';
import {
  MAX_RECENT_FILES,
  type AppInfo, type FileFilter, type HostHandlers, type Language, type OpenResult, type SaveResult,
} from '../../src/host/contract';
import { readScenarioFile, writeFileSafely } from './scenario-files';
import type { SettingsStore } from './settings-store';

/** The native dialogs, each resolving to the chosen path or null when cancelled. */
export interface Dialogs {
  chooseScenarioToOpen(defaultFolder: string): Promise<string | null>;
  chooseScenarioSavePath(defaultPath: string): Promise<string | null>;
  chooseExportPath(defaultPath: string, filters: FileFilter[]): Promise<string | null>;
}

export interface HandlerDeps {
  settings: SettingsStore;
  dialogs: Dialogs;
  appInfo: AppInfo;
  /** Where dialogs start before the user has picked a folder (the Documents folder). */
  documentsFolder: string;
  onLanguageChanged(language: Language): void;
  log(message: string): void;
}

export function createHandlers(deps: HandlerDeps): HostHandlers {
  const { settings, dialogs, log } = deps;
  // Paths the user chose in a dialog this session (or reopened from the recent list). The renderer may
  // only overwrite these, so a compromised page cannot name an arbitrary file to clobber.
  const granted = new Set<string>();
  const folder = () => settings.get().scenarioFolder ?? deps.documentsFolder;

  const remember = async (path: string) => {
    granted.add(resolve(path));
    const recentFiles = [path, ...settings.get().recentFiles.filter((p) => p !== path)].slice(0, MAX_RECENT_FILES);
    await settings.update({ recentFiles, scenarioFolder: dirname(path) })
      .catch((error: unknown) => log(`settings: cannot record recent file: ${String(error)}`));
  };
  const open = async (path: string): Promise<OpenResult> => {
    const result = await readScenarioFile(path);
    if (result.status === 'opened') await remember(path);
    return result;
  };
  const save = async (path: string, text: string): Promise<SaveResult> => {
    const result = await writeFileSafely(path, text);
    if (result.status === 'saved') await remember(path);
    return result;
  };

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
    'scenario-file:open-dialog': async () => {
      const path = await dialogs.chooseScenarioToOpen(folder());
      return path === null ? { status: 'canceled' } : open(path);
    },
    'scenario-file:open-recent': async (path) => {
      if (!settings.get().recentFiles.includes(path)) {
        return { status: 'error', code: 'not-allowed', message: `${path} is not in the recent files list.` };
      }
      return open(path);
    },
    'scenario-file:save': async (path, text) => {
      if (!granted.has(resolve(path))) {
        return { status: 'error', code: 'not-allowed', message: `${path} was not opened or saved in this session; use Save As.` };
      }
      return save(path, text);
    },
    'scenario-file:save-as-dialog': async (suggestedName, text) => {
      const name = extname(suggestedName).toLowerCase() === '.json' ? suggestedName : `${suggestedName}.json`;
      const chosen = await dialogs.chooseScenarioSavePath(join(folder(), name));
      if (chosen === null) return { status: 'canceled' };
      return save(extname(chosen) === '' ? `${chosen}.json` : chosen, text);
    },
    'export:save-file': async ({ suggestedName, content, filters }) => {
      const chosen = await dialogs.chooseExportPath(join(folder(), suggestedName), filters);
      return chosen === null ? { status: 'canceled' } : writeFileSafely(chosen, content);
    },
  };
}

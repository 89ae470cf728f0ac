/** Native open/save/folder dialogs, titled in the current language. Thin glue: paths only, no file access. */
import { dialog, type BrowserWindow, type FileFilter, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { Language } from '../../src/host/contract';
import type { Dialogs } from './handlers';
import { MAIN_STRINGS } from './main-strings';

export function createDialogs(window: () => BrowserWindow | null, language: () => Language): Dialogs {
  const strings = () => MAIN_STRINGS[language()].dialog;
  const scenarioFilters = (): FileFilter[] => [{ name: strings().scenarioFiles, extensions: ['json'] }];
  // Modal to the main window when there is one, so a dialog cannot end up hidden behind it.
  const showOpen = async (options: OpenDialogOptions) => {
    const parent = window();
    const result = await (parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options));
    return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
  };
  const showSave = async (options: SaveDialogOptions) => {
    const parent = window();
    const result = await (parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options));
    return result.canceled || !result.filePath ? null : result.filePath;
  };
  const saveOptions = (title: string, defaultPath: string, filters: FileFilter[]): SaveDialogOptions =>
    ({ title, defaultPath, filters, properties: ['createDirectory', 'showOverwriteConfirmation'] });

  return {
    chooseScenarioToOpen: (defaultFolder) =>
      showOpen({ title: strings().openScenario, defaultPath: defaultFolder, filters: scenarioFilters(), properties: ['openFile'] }),
    chooseScenarioSavePath: (defaultPath) => showSave(saveOptions(strings().saveScenario, defaultPath, scenarioFilters())),
    chooseExportPath: (defaultPath, filters) => showSave(saveOptions(strings().export, defaultPath, filters)),
    chooseFolder: (defaultFolder) =>
      showOpen({ title: strings().libraryFolder, defaultPath: defaultFolder, properties: ['openDirectory', 'createDirectory', 'promptToCreate'] }),
  };
}

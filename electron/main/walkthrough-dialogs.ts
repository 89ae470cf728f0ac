/** Native open/save dialogs for walkthrough files, titled in the current language. Paths only, no file access. */
import { dialog, type BrowserWindow, type FileFilter } from 'electron';
import type { Language } from '../../src/host/contract';
import { MAIN_STRINGS } from './main-strings';
import type { WalkthroughDialogs } from './walkthrough-handlers';

export function createWalkthroughDialogs(window: () => BrowserWindow | null, language: () => Language): WalkthroughDialogs {
  const strings = () => MAIN_STRINGS[language()].dialog;
  const filters = (): FileFilter[] => [{ name: strings().walkthroughFiles, extensions: ['json'] }];
  return {
    async chooseWalkthroughToOpen(defaultFolder) {
      const parent = window();
      const options = { title: strings().openWalkthrough, defaultPath: defaultFolder, filters: filters(), properties: ['openFile' as const] };
      const result = await (parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options));
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
    },
    async chooseWalkthroughSavePath(defaultPath) {
      const parent = window();
      const options = { title: strings().saveWalkthrough, defaultPath, filters: filters(), properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const] };
      const result = await (parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options));
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}

/**
 * The channels for files anywhere on disk: open (dialog, recent list, dropped on the window), save,
 * save as, export. Main overwrites only paths the user chose this session, and reads return text
 * only when it is a scenario the model accepts, so a compromised page can neither clobber nor read
 * arbitrary files.
 */
import { dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { MAX_RECENT_FILES, type HostHandlers, type OpenResult, type SaveResult } from '../../src/host/contract';
import { checkScenarioText, hostError } from '../../src/host/scenario-check';
import type { DropGrants } from './drop-grants';
import type { Dialogs, HandlerDeps } from './handlers';
import { openScenarioAt, refuseOverwrite, writeFileSafely, type WriteFile } from './scenario-files';

type FileChannel = 'scenario-file:open-dialog' | 'scenario-file:open-recent' | 'scenario-file:open-dropped'
  | 'scenario-file:save' | 'scenario-file:save-as-dialog' | 'export:save-file';

export interface FileHandlerDeps extends Pick<HandlerDeps, 'settings' | 'documentsFolder' | 'log'> {
  dialogs: Dialogs;
  /** Paths of real drops, reported by the preload (drop-grants.ts). */
  dropGrants: DropGrants;
  /** Replaced only by tests. */
  writeFile?: WriteFile;
}

/** The file channels: open (dialog, recent, dropped), save, save as and export. */
export function createFileHandlers(deps: FileHandlerDeps): Pick<HostHandlers, FileChannel> {
  const { settings, dialogs, log } = deps;
  // Paths the user chose in a dialog this session (or reopened from the recent list, or dropped). The
  // renderer may only overwrite these, so a compromised page cannot name an arbitrary file to clobber.
  const granted = new Set<string>();
  const folder = () => settings.get().scenarioFolder ?? deps.documentsFolder;

  const remember = async (path: string) => {
    granted.add(resolve(path));
    const recentFiles = [path, ...settings.get().recentFiles.filter((p) => p !== path)].slice(0, MAX_RECENT_FILES);
    await settings.update({ recentFiles, scenarioFolder: dirname(path) })
      .catch((error: unknown) => log(`settings: cannot record recent file: ${String(error)}`));
  };
  const open = async (path: string): Promise<OpenResult> => {
    const result = await openScenarioAt(path);
    if (result.status === 'opened') await remember(path);
    return result;
  };
  /** Writes only what the model can open again, and never over a file it cannot read. */
  const save = async (path: string, text: string): Promise<SaveResult> => {
    const checked = checkScenarioText(text, 'The scenario');
    if (!checked.ok) return checked.error;
    const refused = await refuseOverwrite(path, checkScenarioText);
    if (refused) return refused;
    const result = await writeFileSafely(path, text, deps.writeFile);
    if (result.status === 'saved') await remember(path);
    return result;
  };

  return {
    'scenario-file:open-dialog': async () => {
      const path = await dialogs.chooseScenarioToOpen(folder());
      return path === null ? { status: 'canceled' } : open(path);
    },
    'scenario-file:open-recent': async (path) => {
      if (!settings.get().recentFiles.includes(path)) return hostError('not-allowed', `${path} is not in the recent files list.`);
      return open(path);
    },
    // Only a path the preload saw in a real drop moments ago; anything else is refused without reading it.
    'scenario-file:open-dropped': async (path) => {
      if (!isAbsolute(path) || !deps.dropGrants.take(path)) return hostError('not-allowed', 'Only a file just dropped on the window can be opened this way.');
      return open(path);
    },
    'scenario-file:save': async (path, text) => {
      if (!granted.has(resolve(path))) return hostError('not-allowed', `${path} was not opened or saved in this session; use Save As.`);
      return save(path, text);
    },
    'scenario-file:save-as-dialog': async (suggestedName, text) => {
      const name = extname(suggestedName).toLowerCase() === '.json' ? suggestedName : `${suggestedName}.json`;
      const chosen = await dialogs.chooseScenarioSavePath(join(folder(), name));
      if (chosen === null) return { status: 'canceled' };
      // The user confirmed replacing the file in the dialog, so only the content is checked here.
      const checked = checkScenarioText(text, 'The scenario');
      if (!checked.ok) return checked.error;
      const path = extname(chosen) === '' ? `${chosen}.json` : chosen;
      const result = await writeFileSafely(path, text, deps.writeFile);
      if (result.status === 'saved') await remember(path);
      return result;
    },
    'export:save-file': async ({ suggestedName, content, filters }) => {
      const chosen = await dialogs.chooseExportPath(join(folder(), suggestedName), filters);
      return chosen === null ? { status: 'canceled' } : writeFileSafely(chosen, content, deps.writeFile);
    },
  };
}

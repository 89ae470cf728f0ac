/**
 * The walkthrough channels in main: walkthrough files (open, save, save as) and the presenter window.
 * Like the scenario files (file-handlers.ts): main reads a file back to the page only when the model's
 * walkthrough loader accepts it, writes only text the loader accepts, and overwrites only files the user
 * chose in a dialog this session (and never one that has since stopped being a walkthrough). Writes are
 * atomic. Electron itself stays outside: the dialogs and the presenter window come in as dependencies.
 */
import { extname, join, resolve } from 'node:path';
import { MAX_SCENARIO_BYTES, type HostError, type HostHandlers, type OpenResult, type PresenterCommand, type PresenterOpenResult, type PresenterState, type SaveResult } from '../../src/host/contract';
import { hostError } from '../../src/host/scenario-check';
import { checkWalkthroughText } from '../../src/host/walkthrough-check';
import type { WalkthroughChannel } from '../../src/host/walkthrough-schemas';
import type { SettingsStore } from './settings-store';
import { openCheckedFileAt, refuseOverwrite, writeFileSafely, type WriteFile } from './scenario-files';

/** Native dialogs for walkthrough files, each resolving to the chosen path or null when cancelled. */
export interface WalkthroughDialogs {
  chooseWalkthroughToOpen(defaultFolder: string): Promise<string | null>;
  chooseWalkthroughSavePath(defaultPath: string): Promise<string | null>;
}

/** The presenter window, as main's handlers need it (electron/main/presenter-window.ts). */
export interface PresenterControl {
  /** Opens the presenter window, or brings it forward when it is open. */
  open(): Promise<PresenterOpenResult>;
  /** Forwards the presenting window's state to the presenter window (nothing when it is closed). */
  show(state: PresenterState): void;
  /** Forwards a command from the presenter window to the main window. */
  command(command: PresenterCommand): void;
}

export interface WalkthroughHandlerDeps {
  settings: SettingsStore;
  dialogs: WalkthroughDialogs;
  presenter: PresenterControl;
  /** Where dialogs start when no folder has been used yet. */
  documentsFolder: string;
  log(message: string): void;
  /** Replaced only by tests. */
  writeFile?: WriteFile;
}

/** Reads a walkthrough file from anywhere; its text comes back only if the model accepts it. */
export function openWalkthroughAt(path: string, maxBytes = MAX_SCENARIO_BYTES): Promise<OpenResult> {
  return openCheckedFileAt(path, checkWalkthroughText, maxBytes);
}

/** The walkthrough channels, for a host without Electron's presenter window or dialogs (tests) too. */
export function createWalkthroughHandlers(deps: WalkthroughHandlerDeps): Pick<HostHandlers, WalkthroughChannel> {
  const { settings, dialogs, presenter } = deps;
  // Walkthrough files the user chose this session: the only ones Save may overwrite.
  const granted = new Set<string>();
  const folder = () => settings.get().scenarioFolder ?? deps.documentsFolder;
  const withJson = (path: string) => (extname(path) === '' ? `${path}.json` : path);

  /** Writes only a valid walkthrough; `guard` can refuse the path first (Save's overwrite rules). */
  const write = async (path: string, text: string, guard?: () => Promise<HostError | null>): Promise<SaveResult> => {
    const checked = checkWalkthroughText(text, 'The walkthrough');
    if (!checked.ok) return checked.error;
    const refused = guard ? await guard() : null;
    if (refused) return refused;
    const result = await writeFileSafely(path, text, deps.writeFile);
    if (result.status === 'saved') granted.add(resolve(path));
    return result;
  };

  return {
    'walkthrough-file:open-dialog': async () => {
      const path = await dialogs.chooseWalkthroughToOpen(folder());
      if (path === null) return { status: 'canceled' };
      const result = await openWalkthroughAt(path);
      if (result.status === 'opened') granted.add(resolve(path));
      return result;
    },
    'walkthrough-file:save': async (path, text) => {
      if (!granted.has(resolve(path))) return hostError('not-allowed', `${path} was not opened or saved in this session; use Save As.`);
      // Never over a file that is no longer a walkthrough this app reads (a newer version, another program's).
      return write(path, text, () => refuseOverwrite(path, checkWalkthroughText));
    },
    'walkthrough-file:save-as-dialog': async (suggestedName, text) => {
      const name = extname(suggestedName).toLowerCase() === '.json' ? suggestedName : `${suggestedName}.json`;
      const chosen = await dialogs.chooseWalkthroughSavePath(join(folder(), name));
      if (chosen === null) return { status: 'canceled' };
      // The user confirmed replacing an existing file in the dialog, so only the content is checked.
      return write(withJson(chosen), text);
    },
    'walkthrough:open-presenter': () => presenter.open(),
    'walkthrough:sync-presenter': async (state) => presenter.show(state),
    'walkthrough:presenter-command': async (command) => presenter.command(command),
  };
}

/** Stand-ins where the host has no presenter window or walkthrough dialogs (handler tests without them). */
export const NO_PRESENTER: PresenterControl = {
  open: async () => hostError('not-allowed', 'This host has no presenter window.'),
  show: () => undefined,
  command: () => undefined,
};
export const NO_WALKTHROUGH_DIALOGS: WalkthroughDialogs = {
  chooseWalkthroughToOpen: async () => null,
  chooseWalkthroughSavePath: async () => null,
};

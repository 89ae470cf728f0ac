/**
 * The trainer's presenter window: the same app page at `#presenter`, locked down exactly like the main
 * window (both are made by locked-down-window.ts, and the session, navigation and window-open guards of
 * security.ts apply to every web contents), showing the notes and the next step. Main only relays: the presenting window's state to this window,
 * and this window's commands (next, reveal, …) to the main window. Both arrive through the validated IPC
 * channels of the contract, so this module holds no logic worth testing beyond what handlers test.
 */
import type { BrowserWindow } from 'electron';
import type { HostEvent, HostEvents } from '../../src/host/contract';
import { ioError } from '../../src/host/scenario-check';
import { createLockedDownWindow } from './locked-down-window';
import type { PresenterControl } from './walkthrough-handlers';

export interface PresenterWindowOptions {
  entryUrl: string;
  preloadPath: string;
  developer: boolean;
  title(): string;
  /** The main window, which receives the presenter's commands and whose closing closes the presenter. */
  mainWindow(): BrowserWindow | null;
}

/** The route of the page that renders the presenter view (renderer/src/walkthrough/presenter-route.ts). */
export const PRESENTER_HASH = 'presenter';

export function createPresenterControl(options: PresenterWindowOptions): PresenterControl {
  let presenter: BrowserWindow | null = null;

  const sendTo = <E extends HostEvent>(window: BrowserWindow | null, event: E, ...args: HostEvents[E]) => {
    if (window && !window.isDestroyed()) window.webContents.send(event, ...args);
  };

  return {
    async open() {
      if (presenter && !presenter.isDestroyed()) {
        presenter.show();
        presenter.focus();
        return { status: 'opened' };
      }
      const window = createLockedDownWindow({
        frame: { width: 960, height: 720, minWidth: 480, minHeight: 360, title: options.title() },
        preloadPath: options.preloadPath,
        developer: options.developer,
      });
      presenter = window;
      window.on('closed', () => {
        if (presenter === window) presenter = null;
      });
      // The presenter belongs to the presentation: it closes with the main window, so the app can quit.
      options.mainWindow()?.once('closed', () => {
        if (!window.isDestroyed()) window.close();
      });
      const url = new URL(options.entryUrl);
      url.hash = PRESENTER_HASH;
      try {
        await window.loadURL(url.toString());
      } catch (error) {
        if (!window.isDestroyed()) window.close();
        return ioError('Cannot open the presenter window', error);
      }
      return { status: 'opened' };
    },
    show(state) {
      sendTo(presenter, 'walkthrough:presenter-state', state);
    },
    command(command) {
      sendTo(options.mainWindow(), 'walkthrough:command', command);
    },
  };
}

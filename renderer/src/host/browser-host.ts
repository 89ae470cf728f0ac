/**
 * The host in a plain browser (web preview, end-to-end tests). It implements the same handler map
 * as Electron's main process and validates arguments with the same schemas, so a page that works
 * here sends main nothing it would refuse. Settings live in localStorage; the library and the
 * recovery area in IndexedDB (the same library code as main, over another backend); files go
 * through an <input type=file> and downloads.
 */
import { createHostMethods, type AppInfo, type Host, type HostChannel, type HostHandlers, type Settings } from '../../../src/host/contract';
import type { LibraryBackend } from '../../../src/host/library/backend';
import { createLibraryHandlers } from '../../../src/host/library/library-handlers';
import { createMemoryBackend } from '../../../src/host/library/memory-backend';
import { checkScenarioText, hostError } from '../../../src/host/scenario-check';
import { DEFAULT_SETTINGS, parseArgs, settingsSchema } from '../../../src/host/schemas';
import { download, pickFile, readScenario } from './browser-files';
import { createBrowserWalkthroughHandlers } from './browser-walkthrough';
import { createEventHub } from './event-hub';
import { createIndexedDbBackend } from './idb-backend';
import { createLeavePrompt } from './leave-prompt';

export const SETTINGS_KEY = 'xiqing-population-simulator/settings';

export interface BrowserHostOptions {
  /** Defaults to window.localStorage; tests pass their own. */
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  /** Where the library lives; defaults to IndexedDB (or memory, where a browser has no IndexedDB). Tests pass a memory backend. */
  libraryBackend?: LibraryBackend;
  appInfo?: Partial<AppInfo>;
}

/** Set by the bundler (electron.vite.config.ts `define`); absent in other builds. */
declare const __APP_VERSION__: string | undefined;

function loadSettings(storage: BrowserHostOptions['storage']): Settings {
  try {
    const text = storage?.getItem(SETTINGS_KEY);
    return text ? settingsSchema.parse(JSON.parse(text)) : { ...DEFAULT_SETTINGS };
  } catch {
    // Damaged or unreadable storage must never stop the page from starting.
    return { ...DEFAULT_SETTINGS };
  }
}

export function createBrowserHost(options: BrowserHostOptions = {}): Host {
  const storage = options.storage ?? globalThis.localStorage;
  let settings = loadSettings(storage);
  const withJson = (name: string) => (/\.json$/i.test(name) ? name : `${name}.json`);
  const saved = (name: string) => ({ status: 'saved', path: name, name }) as const;
  const libraryBackend = options.libraryBackend
    ?? (typeof indexedDB === 'undefined' ? createMemoryBackend() : createIndexedDbBackend(indexedDB));
  /** Like main: only text the model can open again is offered as a scenario file. */
  const downloadScenario = (name: string, text: string) => {
    const checked = checkScenarioText(text, 'The scenario');
    if (!checked.ok) return checked.error;
    download(name, text);
    return saved(name);
  };

  const hub = createEventHub();
  const leavePrompt = createLeavePrompt();
  const handlers: HostHandlers = {
    'settings:get': async () => settings,
    'settings:set': async (patch) => {
      settings = settingsSchema.parse({ ...settings, ...patch });
      try {
        storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
      } catch {
        // Private browsing or a full quota: the choice still holds for this page's lifetime.
      }
      return settings;
    },
    'app:info': async () => ({
      productName: document.title,
      version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev',
      host: 'browser',
      runtime: navigator.userAgent,
      platform: navigator.platform,
      ...options.appInfo,
    }),
    'scenario-file:open-dialog': async () => {
      const file = await pickFile('.json,application/json');
      return file ? readScenario(file) : { status: 'canceled' };
    },
    // A page cannot reopen a file by name; the browser host keeps no recent list.
    'scenario-file:open-recent': async (path) => hostError('not-allowed', `A browser cannot reopen ${path}; use Open….`),
    // A browser has no paths: dropped files are read from the File itself (openDroppedScenario below).
    'scenario-file:open-dropped': async (path) => hostError('not-allowed', `A browser cannot open ${path} by path.`),
    'scenario-file:save': async (path, text) => downloadScenario(withJson(path.split(/[\\/]/).pop() ?? path), text),
    'scenario-file:save-as-dialog': async (suggestedName, text) => downloadScenario(withJson(suggestedName), text),
    'export:save-file': async ({ suggestedName, content }) => {
      download(suggestedName, content);
      return saved(suggestedName);
    },
    // The page shows its print view under print media; the browser's dialog prints it or saves a PDF.
    'export:print-pdf': async () => {
      window.print();
      return { status: 'printed' };
    },
    ...createLibraryHandlers(libraryBackend),
    ...createBrowserWalkthroughHandlers(hub),
    'library:choose-folder': async () => hostError('not-allowed', 'In a browser the library is kept in the browser\'s own storage; there is no folder to choose.'),
    // The browser asks with its own prompt before the page goes; it never sends 'window:close-requested'.
    'window:set-unsaved': async (unsaved) => leavePrompt.set(unsaved),
    'window:close-reply': async () => undefined,
  };

  const invoke = async (channel: HostChannel, ...raw: unknown[]) => {
    const handler = handlers[channel] as (...args: unknown[]) => Promise<unknown>;
    return handler(...parseArgs(channel, raw));
  };
  return {
    ...createHostMethods(invoke),
    openDroppedScenario: (file) => readScenario(file),
    kind: 'browser',
    on: hub.on,
    emit: hub.emit,
  };
}

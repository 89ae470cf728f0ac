/**
 * The host in a plain browser (web preview, end-to-end tests). It implements the same handler map
 * as Electron's main process and validates arguments with the same schemas, so a page that works
 * here sends main nothing it would refuse. Settings live in localStorage; files go through an
 * <input type=file> and downloads.
 */
import { createHostMethods, type AppInfo, type Host, type HostChannel, type HostHandlers, type Settings } from '../../../src/host/contract';
import { DEFAULT_SETTINGS, parseArgs, settingsSchema } from '../../../src/host/schemas';
import { download, pickFile, readScenario } from './browser-files';
import { createEventHub } from './event-hub';

export const SETTINGS_KEY = 'xiqing-population-simulator/settings';

export interface BrowserHostOptions {
  /** Defaults to window.localStorage; tests pass their own. */
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
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
    'scenario-file:open-recent': async (path) => ({ status: 'error', code: 'not-allowed', message: `A browser cannot reopen ${path}; use Open….` }),
    'scenario-file:save': async (path, text) => {
      const name = withJson(path.split(/[\\/]/).pop() ?? path);
      download(name, text);
      return saved(name);
    },
    'scenario-file:save-as-dialog': async (suggestedName, text) => {
      download(withJson(suggestedName), text);
      return saved(withJson(suggestedName));
    },
    'export:save-file': async ({ suggestedName, content }) => {
      download(suggestedName, content);
      return saved(suggestedName);
    },
  };

  const hub = createEventHub();
  const invoke = async (channel: HostChannel, ...raw: unknown[]) => {
    const handler = handlers[channel] as (...args: unknown[]) => Promise<unknown>;
    return handler(...parseArgs(channel, raw));
  };
  return { ...createHostMethods(invoke), kind: 'browser', on: hub.on, emit: hub.emit };
}

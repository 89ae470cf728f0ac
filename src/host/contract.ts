/**
 * The one contract between the renderer and whatever hosts it (Electron main via the preload bridge,
 * or a plain browser). Every channel name and payload is written here once; main, preload, the
 * Electron host and the browser host are all typed from these maps.
 *
 * This file is imported by the renderer and by the sandboxed preload, so it may import nothing:
 * no Electron, no Node, no libraries (a sandboxed preload cannot `require` them).
 */

/** Interface languages; zh-CN is the default. */
export type Language = 'zh-CN' | 'en';
export const LANGUAGES = ['zh-CN', 'en'] as const satisfies readonly Language[];

/** The app's screens that the menu can switch to. */
export type View = 'editor' | 'compare' | 'walkthrough' | 'method';
export const VIEWS = ['editor', 'compare', 'walkthrough', 'method'] as const satisfies readonly View[];

/** A window rectangle in screen pixels (DIP), plus whether it was maximized. */
export interface WindowBounds { x: number; y: number; width: number; height: number; maximized: boolean }

/** What the host remembers between runs. Window bounds and folders are null where a host has none. */
export interface Settings {
  language: Language;
  /** Main window rectangle; Electron only. */
  windowBounds: WindowBounds | null;
  /** Folder the file dialogs start in; Electron only. */
  scenarioFolder: string | null;
  /** Most recent first; at most {@link MAX_RECENT_FILES}. Paths in Electron, names in the browser. */
  recentFiles: string[];
}
export const MAX_RECENT_FILES = 10;

/** What the renderer may change; the rest is maintained by the host itself. */
export interface SettingsPatch { language?: Language }

/** About-box facts. */
export interface AppInfo {
  productName: string;
  version: string;
  host: 'electron' | 'browser';
  /** e.g. "Electron 45.5.0 · Chromium 142 · Node 22" or the browser's user agent. */
  runtime: string;
  platform: string;
}

/**
 * A scenario file as text. The host does not parse it: the model validates and restores content.
 * `path` identifies the file for later saves: a full path in Electron, just the file name in a browser.
 */
export interface ScenarioFile { path: string; name: string; text: string }

/** A file-type filter for save dialogs, e.g. `{ name: 'PNG', extensions: ['png'] }` (no dots). */
export interface FileFilter { name: string; extensions: string[] }

/** Why a file operation failed; the renderer localizes by code, `message` has English detail. */
export type FileErrorCode = 'too-large' | 'not-utf8' | 'not-found' | 'not-allowed' | 'io';
export interface FileError { status: 'error'; code: FileErrorCode; message: string }
export interface Canceled { status: 'canceled' }

export type OpenResult = { status: 'opened'; file: ScenarioFile } | Canceled | FileError;
/** `path`/`name` are where it was saved (in a browser: the download's file name). */
export type SaveResult = { status: 'saved'; path: string; name: string } | Canceled | FileError;

/** Export content: text is written as UTF-8, bytes as they are (PNG, XLSX, PDF, PPTX). */
export type ExportContent = string | Uint8Array;
export interface ExportRequest { suggestedName: string; content: ExportContent; filters: FileFilter[] }

/** Largest scenario file the host reads or writes, in bytes. */
export const MAX_SCENARIO_BYTES = 5 * 1024 * 1024;
/** Largest export the host writes, in bytes (a PPTX with high-resolution images stays well under). */
export const MAX_EXPORT_BYTES = 200 * 1024 * 1024;

/** "x.json is 7.3 MB; a scenario file can be at most 5 MB." Sizes round up, so an oversize file never reads as the limit. */
export function describeTooLarge(name: string, bytes: number, maxBytes: number): string {
  const mb = (b: number, round: (x: number) => number) => `${round((b / 1024 / 1024) * 10) / 10} MB`;
  return `${name} is ${mb(bytes, Math.ceil)}; a scenario file can be at most ${mb(maxBytes, Math.floor)}.`;
}

/** The typed handler map: renderer → host requests, each answered asynchronously. */
export type HostHandlers = {
  'settings:get': () => Promise<Settings>;
  'settings:set': (patch: SettingsPatch) => Promise<Settings>;
  'app:info': () => Promise<AppInfo>;
  'scenario-file:open-dialog': () => Promise<OpenResult>;
  /** Reopen an entry of `Settings.recentFiles`; any other path is refused. */
  'scenario-file:open-recent': (path: string) => Promise<OpenResult>;
  /** Overwrite a file this session opened or saved; any other path is refused. */
  'scenario-file:save': (path: string, text: string) => Promise<SaveResult>;
  'scenario-file:save-as-dialog': (suggestedName: string, text: string) => Promise<SaveResult>;
  'export:save-file': (request: ExportRequest) => Promise<SaveResult>;
};
export type HostChannel = keyof HostHandlers;

/** Host → renderer events (menu commands), as argument tuples. */
export type HostEvents = {
  'menu:new-from-preset': [];
  'menu:open': [];
  'menu:save': [];
  'menu:save-as': [];
  'menu:export': [];
  /** The renderer decides: native undo inside a focused text box, else lever history. */
  'menu:undo': [];
  'menu:redo': [];
  'menu:view': [view: View];
  /** The host has already stored the choice; the renderer relabels. */
  'menu:language': [language: Language];
  'menu:about': [];
};
export type HostEvent = keyof HostEvents;
export type HostEventListener<E extends HostEvent> = (...args: HostEvents[E]) => void;
export type Unsubscribe = () => void;

/** Runtime list of events, so the preload can refuse unknown names (complete: checked below). */
export const HOST_EVENTS = [
  'menu:new-from-preset', 'menu:open', 'menu:save', 'menu:save-as', 'menu:export',
  'menu:undo', 'menu:redo', 'menu:view', 'menu:language', 'menu:about',
] as const satisfies readonly HostEvent[];

/** One named method per channel: the only names the renderer sees. */
export const HOST_METHODS = {
  getSettings: 'settings:get',
  setSettings: 'settings:set',
  getAppInfo: 'app:info',
  openScenarioDialog: 'scenario-file:open-dialog',
  openRecentScenario: 'scenario-file:open-recent',
  saveScenario: 'scenario-file:save',
  saveScenarioAsDialog: 'scenario-file:save-as-dialog',
  saveExport: 'export:save-file',
} as const satisfies Record<string, HostChannel>;
export type HostMethodName = keyof typeof HOST_METHODS;
export type HostMethods = { [M in HostMethodName]: HostHandlers[(typeof HOST_METHODS)[M]] };

/** Compile-time checks: every channel has a method and every event is listed (these fail to typecheck otherwise). */
type AssertNever<T extends never> = T;
export type _EveryChannelHasAMethod = AssertNever<Exclude<HostChannel, (typeof HOST_METHODS)[HostMethodName]>>;
export type _EveryEventIsListed = AssertNever<Exclude<HostEvent, (typeof HOST_EVENTS)[number]>>;

/** What the preload exposes as `window.xiqingHost`. */
export interface XiqingBridge extends HostMethods {
  on<E extends HostEvent>(event: E, listener: HostEventListener<E>): Unsubscribe;
}

/** What the renderer uses, whichever host it runs in. */
export interface Host extends XiqingBridge {
  readonly kind: 'electron' | 'browser';
  /** Raise a menu event from inside the page (the app's own in-page menu, keyboard shortcuts, tests). */
  emit<E extends HostEvent>(event: E, ...args: HostEvents[E]): void;
}

declare global {
  interface Window { xiqingHost?: XiqingBridge }
}

/** Builds the named methods from one generic `invoke`, so no channel name is written twice. */
export function createHostMethods(invoke: (channel: HostChannel, ...args: unknown[]) => Promise<unknown>): HostMethods {
  const methods: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const [method, channel] of Object.entries(HOST_METHODS)) methods[method] = (...args) => invoke(channel, ...args);
  return methods as HostMethods;
}

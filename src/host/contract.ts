/**
 * The one contract between the renderer and whatever hosts it (Electron main via the preload bridge,
 * or a plain browser). Every channel name and payload is written here once; main, preload, the
 * Electron host and the browser host are all typed from these maps.
 *
 * This file is imported by the renderer and by the sandboxed preload, so it may import nothing:
 * no Electron, no Node, no libraries (a sandboxed preload cannot `require` them). The only imports are
 * the type-only library-types.ts and walkthrough-types.ts, which are erased at build time.
 */
import type {
  DeletedEntry, FolderResult, LibraryChanges, LibraryDeleteResult, LibraryListing, LibraryReadResult,
  LibraryRestoreResult, LibrarySaveRequest, LibrarySaveResult, PlanDataKind, PlanDataListing, PlanDataReadResult,
  PlanDataSaveRequest, PlanDataSaveResult, RecoveryEntry, RecoveryWriteResult,
} from './library-types';
import type { PresenterCommand, PresenterOpenResult, PresenterState } from './walkthrough-types';
export type * from './library-types';
export type * from './walkthrough-types';

/** Interface languages; zh-CN is the default. */
export type Language = 'zh-CN' | 'en';
export const LANGUAGES = ['zh-CN', 'en'] as const satisfies readonly Language[];

/** The app's screens that the menu can switch to. */
export type View = 'editor' | 'library' | 'compare' | 'areas' | 'walkthrough' | 'method';
export const VIEWS = ['editor', 'library', 'compare', 'areas', 'walkthrough', 'method'] as const satisfies readonly View[];

/** A window rectangle in screen pixels (DIP), plus whether it was maximized. */
export interface WindowBounds { x: number; y: number; width: number; height: number; maximized: boolean }

/** What the host remembers between runs. Window bounds and folders are null where a host has none. */
export interface Settings {
  language: Language;
  /** Main window rectangle; Electron only. */
  windowBounds: WindowBounds | null;
  /** Folder the file dialogs start in; Electron only. */
  scenarioFolder: string | null;
  /**
   * The library folder the user chose (Electron only); null means the default folder under the user's
   * Documents. {@link LibraryListing.folder} is the folder in use either way.
   */
  libraryFolder: string | null;
  /** Most recent first; at most {@link MAX_RECENT_FILES}. Paths in Electron, names in the browser. */
  recentFiles: string[];
}
export const MAX_RECENT_FILES = 10;

/**
 * What the renderer may change; the rest is maintained by the host itself. The library folder can only
 * be reset to the default here (`libraryFolder: null`): a new folder is set by the user in the picker
 * (`chooseLibraryFolder`), so a compromised page cannot point the library at another program's files.
 */
export interface SettingsPatch { language?: Language; libraryFolder?: null }

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
 * A scenario file as text, already validated by the host with the model's loader (so it parses; the
 * renderer parses it again to get the scenario). `path` identifies the file for later saves: a full
 * path in Electron, just the file name in a browser.
 */
export interface ScenarioFile { path: string; name: string; text: string }

/** A file-type filter for save dialogs, e.g. `{ name: 'PNG', extensions: ['png'] }` (no dots). */
export interface FileFilter { name: string; extensions: string[] }

/**
 * Why a file operation failed. The renderer localizes by `kind`; `message` is English detail that
 * names the file. Reading never changes anything on disk, whatever the kind.
 * - `not-json`: damaged — not JSON, or not UTF-8 text at all
 * - `foreign`: JSON, but not a scenario file (another program's file)
 * - `future-version`: a scenario saved by a newer version of the app (`version` is the file's)
 * - `invalid`: a scenario file whose content breaks the format (unknown field, lever out of range…)
 * - `too-large`: over {@link MAX_SCENARIO_BYTES}
 * - `not-found`: gone (deleted or moved since it was listed)
 * - `not-allowed`: refused by the host (e.g. a path the user never chose)
 * - `io`: the disk or the browser's storage failed (full, permission denied, …)
 */
export type HostErrorKind = 'not-json' | 'foreign' | 'future-version' | 'invalid' | 'too-large' | 'not-found' | 'not-allowed' | 'io';
export interface HostError {
  status: 'error';
  kind: HostErrorKind;
  message: string;
  /** For `future-version`: the version number in the file. */
  version?: number;
  /** For `invalid`: the field that broke, as a path in the file (e.g. "levers.centralCityInflow"). */
  field?: string;
}
export interface Canceled { status: 'canceled' }

/** `migratedFrom` is set when the file was an older version, upgraded in memory (saving writes the current version). */
export type OpenResult = { status: 'opened'; file: ScenarioFile; migratedFrom?: number } | Canceled | HostError;
/** `path`/`name` are where it was saved (in a browser: the download's file name). */
export type SaveResult = { status: 'saved'; path: string; name: string } | Canceled | HostError;

/** Export content: text is written as UTF-8, bytes as they are (PNG, XLSX, PDF, PPTX). */
export type ExportContent = string | Uint8Array;
export interface ExportRequest { suggestedName: string; content: ExportContent; filters: FileFilter[] }
/**
 * A PDF of what the page's print stylesheet shows (the brief's print view): Electron prints the window
 * to PDF (A4, the page's @page size) and saves it where the user chooses; a browser opens its print
 * dialog, where the user prints or saves as PDF.
 */
export interface PrintPdfRequest { suggestedName: string; filters: FileFilter[] }
/** `printed`: a browser handed the page to its own print dialog (the outcome is the browser's). */
export type PrintPdfResult = SaveResult | { status: 'printed' };

/** Largest scenario file the host reads or writes, in bytes. */
export const MAX_SCENARIO_BYTES = 5 * 1024 * 1024;
/** Largest export the host writes, in bytes (a PPTX with high-resolution images stays well under). */
export const MAX_EXPORT_BYTES = 200 * 1024 * 1024;

/** "x.json is 7.3 MB; a scenario file can be at most 5 MB." Sizes round up, so an oversize file never reads as the limit. */
export function describeTooLarge(name: string, bytes: number, maxBytes: number): string {
  const mb = (b: number, round: (x: number) => number) => `${round((b / 1024 / 1024) * 10) / 10} MB`;
  return `${name} is ${mb(bytes, Math.ceil)}; a scenario file can be at most ${mb(maxBytes, Math.floor)}.`;
}

/**
 * The page's answer when its window is about to close with unsaved work: `close` once the user saved
 * everything or chose not to save, `stay` when the user cancelled (or a save did not happen).
 */
export type CloseAnswer = 'close' | 'stay';
export const CLOSE_ANSWERS = ['close', 'stay'] as const satisfies readonly CloseAnswer[];

/** The typed handler map: renderer → host requests, each answered asynchronously. */
export type HostHandlers = {
  'settings:get': () => Promise<Settings>;
  'settings:set': (patch: SettingsPatch) => Promise<Settings>;
  'app:info': () => Promise<AppInfo>;
  /** Open dialog; the chosen file is validated (never returned unless it is a scenario) and granted for Save. */
  'scenario-file:open-dialog': () => Promise<OpenResult>;
  /** Reopen an entry of `Settings.recentFiles`; any other path is refused. */
  'scenario-file:open-recent': (path: string) => Promise<OpenResult>;
  /** A file dropped on the window. The path comes from the preload (`webUtils.getPathForFile`), see {@link DROPPED_FILE_CHANNEL}. */
  'scenario-file:open-dropped': (path: string) => Promise<OpenResult>;
  /** Overwrite a file this session opened or saved; any other path, or a file that is no longer a scenario this app reads, is refused. */
  'scenario-file:save': (path: string, text: string) => Promise<SaveResult>;
  'scenario-file:save-as-dialog': (suggestedName: string, text: string) => Promise<SaveResult>;
  'export:save-file': (request: ExportRequest) => Promise<SaveResult>;
  'export:print-pdf': (request: PrintPdfRequest) => Promise<PrintPdfResult>;
  'library:list': () => Promise<LibraryListing>;
  'library:read': (id: string) => Promise<LibraryReadResult>;
  'library:save': (request: LibrarySaveRequest) => Promise<LibrarySaveResult>;
  'library:update': (id: string, changes: LibraryChanges, expectedModified?: string) => Promise<LibrarySaveResult>;
  'library:duplicate': (id: string, name: string) => Promise<LibrarySaveResult>;
  'library:delete': (id: string) => Promise<LibraryDeleteResult>;
  'library:list-deleted': () => Promise<DeletedEntry[]>;
  'library:restore-deleted': (trashId: string) => Promise<LibraryRestoreResult>;
  'library:choose-folder': () => Promise<FolderResult>;
  /** Target sets or observations files of the library (deleted and restored like scenarios, with `library:delete`). */
  'plan-data:list': (kind: PlanDataKind) => Promise<PlanDataListing>;
  'plan-data:read': (id: string) => Promise<PlanDataReadResult>;
  'plan-data:save': (request: PlanDataSaveRequest) => Promise<PlanDataSaveResult>;
  'recovery:write': (id: string, text: string) => Promise<RecoveryWriteResult>;
  'recovery:list': () => Promise<RecoveryEntry[]>;
  'recovery:clear': (id: string) => Promise<void>;
  /** Open dialog for a walkthrough file; validated with the model's walkthrough loader and granted for Save. */
  'walkthrough-file:open-dialog': () => Promise<OpenResult>;
  /** Overwrite a walkthrough file this session opened or saved; the text must be a valid walkthrough. */
  'walkthrough-file:save': (path: string, text: string) => Promise<SaveResult>;
  'walkthrough-file:save-as-dialog': (suggestedName: string, text: string) => Promise<SaveResult>;
  /** Opens (or brings forward) the presenter window: notes and the next step, for the trainer's screen. */
  'walkthrough:open-presenter': () => Promise<PresenterOpenResult>;
  /** The presenting window's current step, forwarded to the presenter window as 'walkthrough:presenter-state'. */
  'walkthrough:sync-presenter': (state: PresenterState) => Promise<void>;
  /** A command from the presenter window, forwarded to the presenting window as 'walkthrough:command'. */
  'walkthrough:presenter-command': (command: PresenterCommand) => Promise<void>;
  /**
   * Whether the page has unsaved work now. Electron then asks the page before its window closes
   * ('window:close-requested'); a browser asks with its own leave-page prompt (`beforeunload`).
   */
  'window:set-unsaved': (unsaved: boolean) => Promise<void>;
  /** The answer to 'window:close-requested' number `requestId` (Electron; a browser never asks). */
  'window:close-reply': (requestId: number, answer: CloseAnswer) => Promise<void>;
};
export type HostChannel = keyof HostHandlers;

/** Host → renderer events (menu commands), as argument tuples. */
export type HostEvents = {
  'menu:new-from-preset': [];
  'menu:open': [];
  'menu:save': [];
  'menu:save-as': [];
  /** Rename… of the active scenario (the top bar's Rename dialog). */
  'menu:rename': [];
  /** Close of the active scenario (asks first when it has unsaved changes). */
  'menu:close-scenario': [];
  'menu:export': [];
  /** The renderer decides: native undo inside a focused text box, else lever history. */
  'menu:undo': [];
  'menu:redo': [];
  'menu:view': [view: View];
  /** The host has already stored the choice; the renderer relabels. */
  'menu:language': [language: Language];
  'menu:about': [];
  /**
   * The window is about to close (or the app to quit) with unsaved work: ask the user, save if asked,
   * then answer with `answerCloseRequest(requestId, …)`. The window stays open until the answer.
   */
  'window:close-requested': [requestId: number];
  /** To the presenter window: what to show. */
  'walkthrough:presenter-state': [state: PresenterState];
  /** To the presenting window: a command from the presenter window. */
  'walkthrough:command': [command: PresenterCommand];
};
export type HostEvent = keyof HostEvents;
export type HostEventListener<E extends HostEvent> = (...args: HostEvents[E]) => void;
export type Unsubscribe = () => void;

/** Runtime list of events, so the preload can refuse unknown names (complete: checked below). */
export const HOST_EVENTS = [
  'menu:new-from-preset', 'menu:open', 'menu:save', 'menu:save-as', 'menu:rename', 'menu:close-scenario', 'menu:export',
  'menu:undo', 'menu:redo', 'menu:view', 'menu:language', 'menu:about',
  'window:close-requested', 'walkthrough:presenter-state', 'walkthrough:command',
] as const satisfies readonly HostEvent[];

/**
 * The one channel whose renderer-facing method is written by hand: the page passes the dropped `File`
 * to `openDroppedScenario`, and only the preload turns it into a path (`webUtils.getPathForFile`). A
 * page cannot forge a File backed by a disk path, so main only ever reads files the user dropped.
 */
export const DROPPED_FILE_CHANNEL = 'scenario-file:open-dropped';
/**
 * Preload → main, outside the page's bridge: the paths of a drop the user really made (a trusted drop
 * event). Main opens a dropped path only if it came this way moments before (electron/main/drop-grants.ts).
 */
export const DROP_GRANT_CHANNEL = 'scenario-file:drop-granted';
type GeneratedChannel = Exclude<HostChannel, typeof DROPPED_FILE_CHANNEL>;

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
  printPdf: 'export:print-pdf',
  listLibrary: 'library:list',
  readLibraryScenario: 'library:read',
  saveLibraryScenario: 'library:save',
  updateLibraryScenario: 'library:update',
  duplicateLibraryScenario: 'library:duplicate',
  deleteLibraryScenario: 'library:delete',
  listDeletedScenarios: 'library:list-deleted',
  restoreDeletedScenario: 'library:restore-deleted',
  chooseLibraryFolder: 'library:choose-folder',
  listPlanData: 'plan-data:list',
  readPlanData: 'plan-data:read',
  savePlanData: 'plan-data:save',
  writeRecovery: 'recovery:write',
  listRecovery: 'recovery:list',
  clearRecovery: 'recovery:clear',
  openWalkthroughDialog: 'walkthrough-file:open-dialog',
  saveWalkthrough: 'walkthrough-file:save',
  saveWalkthroughAsDialog: 'walkthrough-file:save-as-dialog',
  openPresenter: 'walkthrough:open-presenter',
  syncPresenter: 'walkthrough:sync-presenter',
  sendPresenterCommand: 'walkthrough:presenter-command',
  setUnsavedChanges: 'window:set-unsaved',
  answerCloseRequest: 'window:close-reply',
} as const satisfies Record<string, GeneratedChannel>;
export type HostMethodName = keyof typeof HOST_METHODS;
export type HostMethods = { [M in HostMethodName]: HostHandlers[(typeof HOST_METHODS)[M]] };

/** Compile-time checks: every channel has a method and every event is listed (these fail to typecheck otherwise). */
type AssertNever<T extends never> = T;
export type _EveryChannelHasAMethod = AssertNever<Exclude<GeneratedChannel, (typeof HOST_METHODS)[HostMethodName]>>;
export type _EveryEventIsListed = AssertNever<Exclude<HostEvent, (typeof HOST_EVENTS)[number]>>;

/** What the preload exposes as `window.xiqingHost`. */
export interface XiqingBridge extends HostMethods {
  /**
   * Opens a scenario file dropped on the window (pass `event.dataTransfer.files[0]` from the page's
   * `drop` handler, after `preventDefault()` on `dragover` and `drop`). Validated like Open….
   */
  openDroppedScenario(file: File): Promise<OpenResult>;
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

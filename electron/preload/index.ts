/**
 * The bridge between the sandboxed page and main. It exposes one named method per operation of the
 * contract and an event subscription — never ipcRenderer itself, never an IPC event object (whose
 * `sender` would hand the page the raw IPC API). Built as CommonJS: sandboxed preloads cannot be ESM,
 * and can require nothing but `electron`, so the contract it imports is bundled in.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import {
  DROP_GRANT_CHANNEL, DROPPED_FILE_CHANNEL, HOST_EVENTS, createHostMethods,
  type HostEvent, type HostEventListener, type HostEvents, type OpenResult, type Unsubscribe,
} from '../../src/host/contract';

const knownEvents: ReadonlySet<string> = new Set(HOST_EVENTS);

function on<E extends HostEvent>(event: E, listener: HostEventListener<E>): Unsubscribe {
  if (!knownEvents.has(event)) throw new Error(`Unknown host event "${String(event)}"`);
  const forward = (_event: IpcRendererEvent, ...args: unknown[]) => listener(...(args as HostEvents[E]));
  ipcRenderer.on(event, forward);
  return () => { ipcRenderer.removeListener(event, forward); };
}

/** A File's path on disk, or '' for a File the page made itself (or anything that is not a File). */
function pathOf(file: unknown): string {
  try {
    return webUtils.getPathForFile(file as File);
  } catch {
    return '';
  }
}

/**
 * Real drops only: a drop event the user made (`isTrusted`; page script cannot make one) reports its
 * files' paths to main before the page's own handler runs (capture phase), and main opens a dropped
 * path only if it came this way. Kept as a promise so an open waits for its drop's report.
 */
let lastDropReported: Promise<unknown> = Promise.resolve();
window.addEventListener('drop', (event) => {
  if (!event.isTrusted || !event.dataTransfer) return;
  const paths = Array.from(event.dataTransfer.files, pathOf).filter((path) => path !== '');
  if (paths.length > 0) lastDropReported = ipcRenderer.invoke(DROP_GRANT_CHANNEL, paths).catch(() => undefined);
}, true);

/**
 * The page hands over the dropped File; only here does it become a path. A File the page made itself
 * has no path (empty string), so main reads nothing but files the user dropped.
 */
async function openDroppedScenario(file: File): Promise<OpenResult> {
  const path = pathOf(file);
  if (!path) return { status: 'error', kind: 'not-allowed', message: 'Only a file dropped from the computer can be opened this way.' };
  await lastDropReported;
  return ipcRenderer.invoke(DROPPED_FILE_CHANNEL, path) as Promise<OpenResult>;
}

const bridge = {
  ...createHostMethods((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
  openDroppedScenario,
  on,
} satisfies NonNullable<Window['xiqingHost']>;

contextBridge.exposeInMainWorld('xiqingHost', bridge);

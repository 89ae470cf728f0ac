/**
 * The bridge between the sandboxed page and main. It exposes one named method per operation of the
 * contract and an event subscription — never ipcRenderer itself, never an IPC event object (whose
 * `sender` would hand the page the raw IPC API). Built as CommonJS: sandboxed preloads cannot be ESM,
 * and can require nothing but `electron`, so the contract it imports is bundled in.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import {
  DROPPED_FILE_CHANNEL, HOST_EVENTS, createHostMethods,
  type HostEvent, type HostEventListener, type HostEvents, type OpenResult, type Unsubscribe,
} from '../../src/host/contract';

const knownEvents: ReadonlySet<string> = new Set(HOST_EVENTS);

function on<E extends HostEvent>(event: E, listener: HostEventListener<E>): Unsubscribe {
  if (!knownEvents.has(event)) throw new Error(`Unknown host event "${String(event)}"`);
  const forward = (_event: IpcRendererEvent, ...args: unknown[]) => listener(...(args as HostEvents[E]));
  ipcRenderer.on(event, forward);
  return () => { ipcRenderer.removeListener(event, forward); };
}

/**
 * The page hands over the dropped File; only here does it become a path. A File the page made itself
 * has no path (empty string), so main reads nothing but files the user dropped.
 */
async function openDroppedScenario(file: File): Promise<OpenResult> {
  let path = '';
  try {
    path = webUtils.getPathForFile(file);
  } catch {
    // Not a File at all.
  }
  if (!path) return { status: 'error', kind: 'not-allowed', message: 'Only a file dropped from the computer can be opened this way.' };
  return ipcRenderer.invoke(DROPPED_FILE_CHANNEL, path) as Promise<OpenResult>;
}

const bridge = {
  ...createHostMethods((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
  openDroppedScenario,
  on,
} satisfies NonNullable<Window['xiqingHost']>;

contextBridge.exposeInMainWorld('xiqingHost', bridge);

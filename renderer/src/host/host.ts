/**
 * The renderer's only door to the outside: `getHost()` returns the Electron bridge when the preload
 * put one on the window, else the plain-browser host. Nothing else in the renderer may know which.
 */
import type { Host } from '../../../src/host/contract';
import { createBrowserHost } from './browser-host';
import { createElectronHost } from './electron-host';

export type { Host } from '../../../src/host/contract';

let host: Host | undefined;

export function getHost(): Host {
  host ??= window.xiqingHost ? createElectronHost(window.xiqingHost) : createBrowserHost();
  return host;
}

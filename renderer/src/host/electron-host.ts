/**
 * The host inside Electron: the preload's bridge (every operation goes to main over IPC), plus an
 * in-page hub so the page can raise the same menu events itself.
 */
import type { Host, XiqingBridge } from '../../../src/host/contract';
import { createEventHub } from './event-hub';

export function createElectronHost(bridge: XiqingBridge): Host {
  const hub = createEventHub();
  return {
    ...bridge,
    kind: 'electron',
    on(event, listener) {
      const fromMain = bridge.on(event, listener);
      const fromPage = hub.on(event, listener);
      return () => { fromMain(); fromPage(); };
    },
    emit: hub.emit,
  };
}

/**
 * One copy of the app at a time: two copies would both write the settings file and could both hold
 * the same scenario open. A second launch hands over to the first and exits.
 */
import type { App } from 'electron';

/** Returns false when another copy already runs (the caller quits); otherwise calls `onSecondInstance` on later launches. */
export function claimSingleInstance(app: App, onSecondInstance: () => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', onSecondInstance);
  return true;
}

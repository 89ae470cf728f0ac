/**
 * Whether the uncertainty switch is on, shared by the editor (which draws bands) and the export dialog
 * (which offers bands, percentile columns and the tornado, ticked when the switch is on). A tiny store
 * outside React, read with useSyncExternalStore.
 */
import { useSyncExternalStore } from 'react';

let on = false;
const listeners = new Set<() => void>();

export const bandsSetting = {
  get: (): boolean => on,
  set(value: boolean): void {
    if (value === on) return;
    on = value;
    for (const l of listeners) l();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** The switch's state and its setter, for a component. */
export function useBandsSetting(): [boolean, (on: boolean) => void] {
  return [useSyncExternalStore(bandsSetting.subscribe, bandsSetting.get, bandsSetting.get), bandsSetting.set];
}

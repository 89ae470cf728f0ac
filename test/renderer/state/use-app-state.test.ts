/**
 * The equal-value reader behind useAppStateEqual: the store's value read afresh on each change, and
 * the last one handed back while it is equal — so a lever move, which makes a new `entries`, leaves
 * a reader of the open scenarios' names with the same value (no re-render), and a rename does not.
 */
import { describe, expect, it } from 'vitest';
import { createAppStore, type AppState } from '../../../renderer/src/state/app-store';
import { presetList } from '../../../renderer/src/presets/preset-list';
import { equalReader } from '../../../renderer/src/state/use-app-state';
import { loadPresetModules } from '../support/preset-modules';

const { presets } = presetList(loadPresetModules());

const names = (state: AppState) => state.order.map((id) => state.entries[id].scenario.name);
const sameNames = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((n, i) => n === b[i]);

describe('equalReader', () => {
  it('hands back the same value after a lever move, a new one after a rename', () => {
    const store = createAppStore(presets.find((p) => p.id === 'trend')!);
    const read = equalReader(store, names, sameNames);
    const first = read();
    expect(read()).toBe(first);
    const entries = store.getState().entries;
    store.setValue('levers', 'centralCityInflow', 12_345);
    expect(store.getState().entries).not.toBe(entries);
    expect(read()).toBe(first);
    store.setDetails(store.getState().activeId, { name: { zh: '新名', en: 'New name' } });
    const renamed = read();
    expect(renamed).not.toBe(first);
    expect(renamed[0]).toEqual({ zh: '新名', en: 'New name' });
  });
});

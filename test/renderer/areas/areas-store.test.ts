/** The Areas view's store: edits make new files the model accepts; replace and reset. */
import { afterEach, describe, expect, it } from 'vitest';
import { checkAreasFile, defaultAreasFile } from '../../../src/model/areas';
import { areasStore } from '../../../renderer/src/areas/areas-store';

afterEach(() => areasStore.reset());

describe('areas store', () => {
  it('starts from the shipped file', () => {
    expect(areasStore.get().file).toBe(defaultAreasFile());
    expect(areasStore.get().origin).toEqual({ kind: 'shipped' });
  });

  it('edits the supply and additions tables immutably, and the result stays a valid file', () => {
    const before = areasStore.get().file;
    areasStore.updateSupply(0, { capacity: 999 });
    areasStore.addSupply({ area: '120111103', facility: 'careHome', capacity: 200, yearOpened: 2027, name: 'new home' });
    areasStore.addAddition({ year: 2026, area: '120111103', persons: 5000 });
    areasStore.updateAddition(0, { persons: 6000 });
    const after = areasStore.get().file;
    expect(before.supply[0].capacity).not.toBe(999);
    expect(after.supply[0].capacity).toBe(999);
    expect(after.supply).toHaveLength(before.supply.length + 1);
    expect(after.plannedAdditions).toEqual([{ year: 2026, area: '120111103', persons: 6000 }]);
    expect(checkAreasFile(after).ok).toBe(true);
    areasStore.removeSupply(after.supply.length - 1);
    areasStore.removeAddition(0);
    expect(areasStore.get().file.supply).toHaveLength(before.supply.length);
    expect(areasStore.get().file.plannedAdditions).toEqual([]);
  });

  it('replaces the file with the user’s and resets to the shipped one, telling listeners', () => {
    let calls = 0;
    const off = areasStore.subscribe(() => calls++);
    const mine = { ...defaultAreasFile(), method: { differentialDecayPerYear: 0.5 } };
    areasStore.replace(mine, 'mine.json', ['a warning']);
    expect(areasStore.get()).toEqual({ file: mine, origin: { kind: 'user', fileName: 'mine.json' }, warnings: ['a warning'] });
    areasStore.reset();
    expect(areasStore.get().file).toBe(defaultAreasFile());
    expect(calls).toBe(2);
    off();
  });
});

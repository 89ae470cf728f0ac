import { describe, expect, it } from 'vitest';
import { DEFAULT_LEVERS } from '../../../src/model/xiqing/levers/lever-values';
import { DEFAULT_NORMS } from '../../../src/model/service-demand/norm-specs';
import { createAppStore } from '../../../renderer/src/state/app-store';
import { presetList, type Preset } from '../../../renderer/src/presets/preset-list';
import { loadPresetModules } from '../support/preset-modules';

const { presets } = presetList(loadPresetModules());
const preset = (id: string): Preset => presets.find((p) => p.id === id)!;
const active = (store: ReturnType<typeof createAppStore>) => store.getState().entries[store.getState().activeId];

describe('editor store', () => {
  it('starts on the given preset with its levers and the default norms', () => {
    const store = createAppStore(preset('trend'));
    expect(active(store).scenario.levers).toEqual(DEFAULT_LEVERS);
    expect(active(store).scenario.norms).toEqual(DEFAULT_NORMS);
    expect(active(store).scenario.name.zh).toMatch(/近期趋势/);
    expect(active(store).scenario.name.en).toMatch(/Recent trend/);
  });

  it('a drag through the store is one undo step; a plain change is one more', () => {
    const store = createAppStore(preset('trend'));
    for (let v = 11_000; v <= 20_000; v += 100) store.setValue('levers', 'centralCityInflow', v, { gesture: true });
    expect(store.getState().dragging).toBe(true);
    store.endGesture();
    expect(store.getState().dragging).toBe(false);
    store.setValue('levers', 'talentInflow', 5_000);
    expect(active(store).history.past).toHaveLength(2);
    store.undo();
    expect(active(store).scenario.levers.talentInflow).toBe(DEFAULT_LEVERS.talentInflow);
    expect(active(store).scenario.levers.centralCityInflow).toBe(20_000);
    store.undo();
    expect(active(store).scenario.levers).toEqual(DEFAULT_LEVERS);
    store.redo();
    expect(active(store).scenario.levers.centralCityInflow).toBe(20_000);
  });

  it('keeps each scenario’s own history when switching', () => {
    const store = createAppStore(preset('trend'));
    const trendId = store.getState().activeId;
    store.setValue('levers', 'tfr2025', 0.9);
    store.newFromPreset(preset('talent-led'));
    const talentId = store.getState().activeId;
    expect(talentId).not.toBe(trendId);
    expect(active(store).scenario.levers.talentInflow).toBe(10_000);
    expect(active(store).history.past).toHaveLength(0);
    store.setValue('levers', 'talentInflow', 12_000);
    store.setValue('levers', 'talentInflow', 14_000);

    store.setActive(trendId);
    expect(active(store).scenario.levers.tfr2025).toBe(0.9);
    store.undo();
    expect(active(store).scenario.levers.tfr2025).toBe(DEFAULT_LEVERS.tfr2025);

    store.setActive(talentId);
    expect(active(store).history.past).toHaveLength(2);
    store.undo();
    expect(active(store).scenario.levers.talentInflow).toBe(12_000);
    // The trend scenario's undo did not touch this one's redo stack.
    expect(store.getState().entries[trendId].history.future).toHaveLength(1);
  });

  it('numbers further scenarios from the same preset', () => {
    const store = createAppStore(preset('trend'));
    store.newFromPreset(preset('trend'));
    expect(active(store).scenario.copy).toBe(2);
    expect(store.getState().order).toHaveLength(2);
  });

  it('resets a value and all values as undoable steps, and clamps to the range', () => {
    const store = createAppStore(preset('plan-targets'));
    const planValue = active(store).scenario.levers.southStationPopulation;
    expect(planValue).not.toBe(DEFAULT_LEVERS.southStationPopulation);
    store.resetValue('levers', 'southStationPopulation');
    expect(active(store).scenario.levers.southStationPopulation).toBe(DEFAULT_LEVERS.southStationPopulation);
    store.undo();
    expect(active(store).scenario.levers.southStationPopulation).toBe(planValue);
    store.resetAll();
    expect(active(store).scenario.levers).toEqual(DEFAULT_LEVERS);
    store.undo();
    expect(active(store).scenario.levers.southStationPopulation).toBe(planValue);
    store.setValue('levers', 'tfr2025', 99);
    expect(active(store).scenario.levers.tfr2025).toBe(2.5);
  });

  it('edits service norms through the same history', () => {
    const store = createAppStore(preset('trend'));
    store.setValue('norms', 'childcarePlacesPer1000', 6);
    expect(active(store).scenario.norms.childcarePlacesPer1000).toBe(6);
    store.undo();
    expect(active(store).scenario.norms).toEqual(DEFAULT_NORMS);
  });

  it('opens a file’s levers and norms, which are stored together', () => {
    const store = createAppStore(preset('trend'));
    store.openFile(
      { format: 'xiqing-population-scenario', version: 2, name: 'Mine', description: '', notes: '', levers: { tfr2025: 0.9, careBedsPer1000Elderly: 50 } },
      'mine.json',
    );
    expect(active(store).scenario.levers.tfr2025).toBe(0.9);
    expect(active(store).scenario.norms.careBedsPer1000Elderly).toBe(50);
    expect(active(store).scenario.filePath).toBe('mine.json');
    expect(active(store).scenario.name).toEqual({ zh: 'Mine', en: 'Mine' });
  });

  it('tells listeners about changes, and only then', () => {
    const store = createAppStore(preset('trend'));
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.setValue('levers', 'tfr2025', DEFAULT_LEVERS.tfr2025);
    expect(calls).toBe(0);
    store.setValue('levers', 'tfr2025', 0.7);
    expect(calls).toBe(1);
    off();
    store.undo();
    expect(calls).toBe(1);
  });
});

describe('per-year paths in the store', () => {
  it('each path edit is one undo step; going back to one value is one more', () => {
    const store = createAppStore(preset('trend'));
    store.setLeverPath('centralCityInflow', { byYear: { '2021': 12_000, '2025': 6_000 } });
    store.setLeverPath('centralCityInflow', { byYear: { '2021': 12_000, '2023': 9_000, '2025': 6_000 } });
    store.setLeverPath('centralCityInflow', 6_000);
    expect(active(store).history.past).toHaveLength(3);
    expect(active(store).scenario.levers.centralCityInflow).toBe(6_000);
    store.undo();
    expect(active(store).scenario.levers.centralCityInflow).toEqual({ byYear: { '2021': 12_000, '2023': 9_000, '2025': 6_000 } });
    store.undo();
    expect(active(store).scenario.levers.centralCityInflow).toEqual({ byYear: { '2021': 12_000, '2025': 6_000 } });
    store.undo();
    expect(active(store).scenario.levers.centralCityInflow).toBe(DEFAULT_LEVERS.centralCityInflow);
    store.redo();
    expect(active(store).scenario.levers.centralCityInflow).toEqual({ byYear: { '2021': 12_000, '2025': 6_000 } });
  });

  it('refuses a path on a lever without one, and values outside the range', () => {
    const store = createAppStore(preset('trend'));
    store.setLeverPath('familyShare' as never, { byYear: { '2021': 0.5 } });
    store.setLeverPath('centralCityInflow', { byYear: { '2021': 12_000, '2025': 99_000 } });
    store.setLeverPath('centralCityInflow', { byYear: {} });
    expect(active(store).history.past).toHaveLength(0);
    expect(active(store).scenario.levers).toEqual(DEFAULT_LEVERS);
  });
});

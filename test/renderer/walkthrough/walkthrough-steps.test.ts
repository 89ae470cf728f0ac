/** Building and reordering walkthrough steps (renderer/src/walkthrough/walkthrough-steps.ts, walkthrough-resolve.ts). */
import type { PathValue } from '../../../src/model/xiqing/levers/year-path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VALUES, type ScenarioValues } from '../../../src/model/scenario-values';
import { parseWalkthroughText, type WalkthroughFile, type WalkthroughStep } from '../../../src/model/walkthrough-file/walkthrough-file';
import { presetList } from '../../../renderer/src/presets/preset-list';
import { walkthroughText } from '../../../renderer/src/walkthrough/walkthrough-files';
import { fileRefs, loadFileRefs, resolveSteps } from '../../../renderer/src/walkthrough/walkthrough-resolve';
import {
  canMove, canRemove, changesBetween, insertSteps, matchingPreset, moveStep, nearestPreset, newWalkthrough, presetValuesList,
  removeStep, replacementScenario, stepsForScenario, updateStep, type NewStepInput,
} from '../../../renderer/src/walkthrough/walkthrough-steps';
import { loadPresetModules } from '../support/preset-modules';

const presets = presetValuesList(presetList(loadPresetModules()).presets);
const preset = (id: string) => presets.find((p) => p.id === id)!;
const withValue = (values: ScenarioValues, id: string, value: PathValue): ScenarioValues =>
  id in values.levers ? { ...values, levers: { ...values.levers, [id]: value } } : { ...values, norms: { ...values.norms, [id]: value } };
const titleFor: NewStepInput['titleFor'] = (origin) => (origin.kind === 'preset' ? origin.preset.name : { zh: `改${Object.keys(origin.changes).length}项`, en: `${Object.keys(origin.changes).length} changes` });
const input = (current: ScenarioValues, previous: ScenarioValues | null, preferredPreset?: string): NewStepInput =>
  ({ current, previous, presets, preferredPreset, titleFor, charts: ['residents', 'births-deaths'] });
const example = (): WalkthroughFile => {
  const parsed = parseWalkthroughText(readFileSync(new URL('../../../scenarios/walkthrough-2025-population.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.walkthrough;
};
const step = (scenario: WalkthroughStep['scenario'], title = 'x'): WalkthroughStep =>
  ({ title: { zh: title, en: title }, notes: { zh: '', en: '' }, scenario, charts: ['residents', 'hukou'] });

describe('a step from the current scenario', () => {
  it('is a preset reference when the scenario equals a shipped preset', () => {
    const steps = stepsForScenario(input(preset('central-city-surge').values, DEFAULT_VALUES));
    expect(steps).toHaveLength(1);
    expect(steps[0].scenario).toEqual({ preset: 'central-city-surge' });
    expect(steps[0].title).toEqual(preset('central-city-surge').name);
    expect(steps[0].charts).toEqual(['residents', 'births-deaths']);
    expect(steps[0].notes).toEqual({ zh: '', en: '' });
  });

  it('prefers the preset the scenario came from when several presets are equal', () => {
    const twin = { ...preset('talent-led'), id: 'talent-twin' };
    expect(matchingPreset(twin.values, [twin, preset('talent-led')], 'talent-led')?.id).toBe('talent-led');
    expect(matchingPreset(twin.values, [twin, preset('talent-led')])?.id).toBe('talent-twin');
  });

  it('is the changes from the previous step otherwise — every value that differs, defaults included', () => {
    const previous = withValue(preset('trend').values, 'centralCityInflow', 14_000);
    const current = withValue(withValue(previous, 'centralCityInflow', preset('trend').values.levers.centralCityInflow), 'careBedsPer1000Elderly', 50);
    const [made] = stepsForScenario(input(current, previous));
    // Back to its default, the inflow is still written: changes apply on top of the previous step.
    expect(made.scenario).toEqual({ changes: { centralCityInflow: preset('trend').values.levers.centralCityInflow, careBedsPer1000Elderly: 50 } });
    expect(made.title.en).toBe('2 changes');
  });

  it('as the first step, comes in as the nearest preset and the changes from it (the format forbids changes first)', () => {
    const current = withValue(preset('central-city-surge').values, 'tfr2025', 1.1);
    expect(nearestPreset(current, presets)?.id).toBe('central-city-surge');
    const steps = stepsForScenario(input(current, null));
    expect(steps.map((s) => s.scenario)).toEqual([{ preset: 'central-city-surge' }, { changes: { tfr2025: 1.1 } }]);
    expect(stepsForScenario({ ...input(current, null), presets: [] })).toEqual([]);
  });

  it('replacing a step uses the same rules, and refuses a first step that is no preset', () => {
    expect(replacementScenario({ current: preset('trend').values, previous: null, presets })).toEqual({ preset: 'trend' });
    expect(replacementScenario({ current: withValue(DEFAULT_VALUES, 'tfr2025', 1.1), previous: null, presets })).toBeNull();
    expect(replacementScenario({ current: withValue(DEFAULT_VALUES, 'tfr2025', 1.1), previous: DEFAULT_VALUES, presets })).toEqual({ changes: { tfr2025: 1.1 } });
    expect(changesBetween(DEFAULT_VALUES, DEFAULT_VALUES)).toEqual({});
  });

  it('makes walkthroughs the model accepts and resolves back to the scenario that was added', () => {
    let doc = newWalkthrough({ zh: '测试', en: 'Test' });
    const first = withValue(preset('trend').values, 'centralCityInflow', 20_000);
    doc = insertSteps(doc, -1, stepsForScenario(input(first, null)));
    let resolved = resolveSteps(doc, presets);
    if (!resolved.ok) throw new Error(resolved.errors.join());
    const second = withValue(first, 'thirdBirthUplift', 0.5);
    doc = insertSteps(doc, doc.steps.length - 1, stepsForScenario(input(second, resolved.steps[resolved.steps.length - 1].values)));
    doc = insertSteps(doc, doc.steps.length - 1, stepsForScenario(input(preset('plan-targets').values, second)));
    resolved = resolveSteps(doc, presets);
    if (!resolved.ok) throw new Error(resolved.errors.join());
    expect(resolved.steps.map((s) => s.values)).toEqual([preset('trend').values, first, second, preset('plan-targets').values]);
    expect(resolved.steps[2].changed).toEqual({ thirdBirthUplift: 0.5 });
    const reread = parseWalkthroughText(walkthroughText(doc));
    expect(reread.ok && reread.walkthrough).toEqual(doc);
  });
});

describe('reordering and removing steps', () => {
  const doc = (): WalkthroughFile => ({ ...newWalkthrough({ zh: 'a', en: 'a' }), steps: [step({ preset: 'trend' }, 'A'), step({ changes: { tfr2025: 1.1 } }, 'B'), step({ preset: 'plan-targets' }, 'C'), step({ changes: { endYear: 2030 } }, 'D')] });
  const titles = (d: WalkthroughFile) => d.steps.map((s) => s.title.en).join('');

  it('moves steps up and down, by one place, within the list', () => {
    expect(titles(moveStep(doc(), 2, -1))).toBe('ACBD');
    expect(titles(moveStep(doc(), 1, 1))).toBe('ACBD');
    expect(titles(moveStep(doc(), 3, -1))).toBe('ABDC');
    expect(moveStep(doc(), 3, 1).steps).toHaveLength(4);
    expect(canMove(doc(), 3, 1)).toBe(false);
    expect(canMove(doc(), 0, -1)).toBe(false);
    expect(canMove(doc(), 9, -1)).toBe(false);
  });

  it('never puts a changes step first', () => {
    expect(canMove(doc(), 1, -1)).toBe(false);
    expect(canMove(doc(), 0, 1)).toBe(false);
    const d = doc();
    expect(moveStep(d, 1, -1)).toBe(d);
    const presetSecond = moveStep(doc(), 2, -1);
    expect(canMove(presetSecond, 1, -1)).toBe(true);
    expect(titles(moveStep(presetSecond, 1, -1))).toBe('CABD');
    for (let i = 0; i < 4; i++) for (const delta of [-1, 1] as const) {
      const moved = moveStep(doc(), i, delta);
      expect('changes' in moved.steps[0].scenario, `${i} ${delta}`).toBe(false);
    }
  });

  it('removes any step but the last one left, and not a first step a changes step depends on', () => {
    expect(canRemove(doc(), 0)).toBe(false);
    expect(titles(removeStep(doc(), 0))).toBe('ABCD');
    expect(titles(removeStep(doc(), 1))).toBe('ACD');
    expect(titles(removeStep(doc(), 3))).toBe('ABC');
    const single = { ...doc(), steps: [step({ preset: 'trend' })] };
    expect(canRemove(single, 0)).toBe(false);
  });

  it('edits a step without touching the others', () => {
    const before = doc();
    const after = updateStep(before, 2, (s) => {
      s.title.zh = '新标题';
      s.predict = { indicator: 'careBeds', year: 2025, question: { zh: '床位？', en: 'Beds?' } };
    });
    expect(after.steps[2].title).toEqual({ zh: '新标题', en: 'C' });
    expect(after.steps[2].predict?.indicator).toBe('careBeds');
    expect(after.steps[1]).toBe(before.steps[1]);
    expect(before.steps[2].title.zh).toBe('C');
  });
});

describe('resolving with the library', () => {
  it('resolves the shipped example from the presets: trend to plan-targets in six steps', () => {
    const resolved = resolveSteps(example(), presets);
    if (!resolved.ok) throw new Error(resolved.errors.join());
    expect(resolved.steps).toHaveLength(6);
    expect(resolved.steps[0].values).toEqual(preset('trend').values);
    expect(resolved.steps[5].values).toEqual(preset('plan-targets').values);
    expect(resolved.steps[5].changed).toEqual({});
  });

  it('reads { file } steps from the library by file name, and names what is missing', async () => {
    const doc = { ...newWalkthrough({ zh: 'a', en: 'a' }), steps: [step({ file: '我的方案.json' }), step({ file: 'gone.json' })] };
    expect(fileRefs(doc)).toEqual(['我的方案.json', 'gone.json']);
    const text = JSON.stringify({ format: 'xiqing-population-scenario', version: 1, name: '我的方案', levers: { tfr2025: 1.2 } });
    const host = {
      listLibrary: async () => ({ folder: null, entries: [{ id: 'a', name: '我的方案', fileName: '我的方案.json', modified: '2025-01-01T00:00:00.000Z', description: '', notes: '' }], unreadable: [] }),
      readLibraryScenario: async () => ({ status: 'opened' as const, entry: { id: 'a', name: '我的方案', fileName: '我的方案.json', modified: '2025-01-01T00:00:00.000Z', description: '', notes: '' }, text }),
    };
    const files = await loadFileRefs(host, fileRefs(doc));
    expect(files.get('我的方案.json')).toEqual({ tfr2025: 1.2 });
    expect(files.get('gone.json')).toMatch(/no scenario "gone.json"/);
    const resolved = resolveSteps(doc, presets, files);
    expect(resolved.ok).toBe(false);
    expect(!resolved.ok && resolved.errors).toEqual([expect.stringMatching(/^steps\.1\.scenario: no scenario "gone.json"/)]);
    const ok = resolveSteps({ ...doc, steps: [doc.steps[0]] }, presets, files);
    expect(ok.ok && ok.steps[0].values.levers.tfr2025).toBe(1.2);
    expect(await loadFileRefs({ listLibrary: () => Promise.reject(new Error('x')), readLibraryScenario: () => Promise.reject(new Error('x')) }, [])).toEqual(new Map());
  });
});

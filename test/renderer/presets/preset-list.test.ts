import { describe, expect, it } from 'vitest';
import { uniqueBilingualName } from '../../../renderer/src/presets/bilingual';
import { joinBilingual, splitBilingual } from '@model';
import { presetList, START_PRESET } from '../../../renderer/src/presets/preset-list';
import { loadPresetModules } from '../support/preset-modules';

describe('presets', () => {
  it('loads every shipped preset, trend first', () => {
    const { presets, rejected } = presetList(loadPresetModules());
    expect(rejected).toEqual([]);
    expect(presets[0].id).toBe(START_PRESET);
    expect(presets.map((p) => p.id)).toEqual(
      expect.arrayContaining(['trend', 'plan-targets', 'low-fertility', 'three-child-uplift', 'central-city-surge', 'talent-led']),
    );
  });

  it('stands in the defaults for a missing trend file, skips other kinds of file and rejects a damaged one', () => {
    const { presets, rejected } = presetList({
      '/x/walkthrough.json': { format: 'xiqing-population-walkthrough' },
      '/x/bad.json': { format: 'xiqing-population-scenario', version: 1, name: 'Bad', levers: { tfr2025: 99 } },
    });
    expect(presets.map((p) => p.id)).toEqual(['trend']);
    expect(presets[0].file.levers).toEqual({});
    expect(rejected).toHaveLength(1);
    expect(rejected[0].id).toBe('bad');
  });

  it('splits bilingual preset text, Chinese first', () => {
    expect(splitBilingual('近期趋势 · Recent trend')).toEqual({ zh: '近期趋势', en: 'Recent trend' });
    expect(splitBilingual('Only one')).toEqual({ zh: 'Only one', en: 'Only one' });
    // A copy keeps both languages, numbered alike when the name is taken.
    const name = splitBilingual('近期趋势延续 · Recent trend continued');
    const numbered = (b: string, n: number) => `${b} (${n})`;
    expect(uniqueBilingualName(name, [], numbered)).toBe('近期趋势延续 · Recent trend continued');
    expect(uniqueBilingualName(name, ['近期趋势延续 · Recent trend continued'], numbered)).toBe('近期趋势延续 (2) · Recent trend continued (2)');
    expect(joinBilingual({ zh: 'Same', en: 'Same' })).toBe('Same');
  });
});

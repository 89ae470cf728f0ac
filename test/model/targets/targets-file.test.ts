/** The targets file: validation with located messages, v1 round trip, and its refusals. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import planFile from '../../../src/model/targets/data/xiqing-plan-2021-2025.targets.json';
import { PLAN_TARGET_SET } from '../../../src/model/service-demand/plan-targets';
import { parseTargets, parseTargetsText, serializeTargets, targetSetOf, targetsFileOf } from '../../../src/model/targets/targets-file';

const planText = readFileSync('src/model/targets/data/xiqing-plan-2021-2025.targets.json', 'utf8');
const draft = (targets: unknown[], extra: object = {}) => ({ format: 'xiqing-targets', version: 1, name: '2030 草案', targets, ...extra });
const errorOf = (data: unknown) => {
  const r = parseTargets(data);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
};

describe('targets file', () => {
  it('the shipped plan file holds the figures of data/plan/key-figures.md', () => {
    const keyFigures = readFileSync('data/plan/key-figures.md', 'utf8');
    const r = parseTargets(planFile);
    expect(r.ok).toBe(true);
    // Each target's wording is the plan's own sentence, found in the key-figures page.
    for (const [value, wording] of [[1_350_000, '135 万人左右'], [526_000, '52.6 万人左右'], [82.38, '82.38 岁'], [12.5, '12.5 年'], [0.95, '95%以上'], [4.5, '4.5 个'], [0.93, '93%以上'], [0.8, '80%以上']] as const) {
      expect(keyFigures).toContain(wording);
      expect(PLAN_TARGET_SET.targets.some((t) => t.target === value)).toBe(true);
    }
  });

  it('round-trips version 1 byte for byte', () => {
    const r = parseTargetsText(planText);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(serializeTargets(r.file)).toBe(planText);
    expect(serializeTargets(targetsFileOf(targetSetOf(r.file)))).toBe(planText);
  });

  it('a user set for 2030 with all three kinds loads, labels defaulting to the indicator', () => {
    const r = parseTargets(draft([
      { indicator: 'residents', year: 2030, value: 1_400_000, kind: 'about' },
      { indicator: 'residents', year: 2025, value: 1_350_000, kind: 'about', tolerance: 0.02 },
      { indicator: 'urbanisation', year: 2030, value: 0.96, kind: 'atLeast' },
      { indicator: 'age65plusShare', year: 2030, value: 0.15, kind: 'atMost' },
    ]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const set = targetSetOf(r.file);
    expect(set.targets.map((t) => t.id)).toEqual(['residents-2030', 'residents-2025', 'urbanisation', 'age65plusShare']);
    expect(set.targets[0].tolerance).toBe(0.01);
    expect(set.targets[1].tolerance).toBe(0.02);
    expect(set.targets[2].tolerance).toBeUndefined();
    expect(set.targets[3].label).toEqual({ zh: '65岁及以上人口比重', en: 'Share aged 65+' });
  });

  it('says where a file is wrong', () => {
    const e = errorOf(draft([
      { indicator: 'residents', year: 2030, value: 1_400_000, kind: 'about' },
      { indicator: 'urbanisation', year: 2030, value: 95, kind: 'atLeast' },
      { indicator: 'residents', year: 2030, value: 1, kind: 'atLeast' },
      { indicator: 'populationOfMars', year: 2030, value: 1, kind: 'atLeast' },
      { indicator: 'births', year: 2030, value: 9000, kind: 'atLeast', tolerance: 0.1 },
      { indicator: 'deaths', year: 2019, value: 9000, kind: 'roughly' },
    ]));
    expect(e.kind).toBe('invalid');
    if (e.kind !== 'invalid') return;
    expect(e.issues).toEqual(expect.arrayContaining([
      expect.stringMatching(/^targets\.5\.year: /),
      expect.stringMatching(/^targets\.5\.kind: must be "about", "atLeast" or "atMost"/),
    ]));
    const e2 = errorOf(draft([
      { indicator: 'residents', year: 2030, value: 1_400_000, kind: 'about' },
      { indicator: 'urbanisation', year: 2030, value: 95, kind: 'atLeast' },
      { indicator: 'residents', year: 2030, value: 1, kind: 'atLeast' },
      { indicator: 'populationOfMars', year: 2030, value: 1, kind: 'atLeast' },
      { indicator: 'births', year: 2030, value: 9000, kind: 'atLeast', tolerance: 0.1 },
    ]));
    if (e2.kind !== 'invalid') throw new Error(e2.kind);
    expect(e2.issues).toEqual([
      'targets.1.value: Urbanisation of residents is a share, written as a fraction 0..1 (95% is 0.95), got 95',
      'targets.2: a second target for residents in 2030 (the first is targets.0)',
      'targets.2.id: "residents-2030" is used twice (also targets.0)',
      expect.stringMatching(/^targets\.3\.indicator: unknown indicator "populationOfMars" \(known: residents, hukouPopulation/),
      'targets.4.tolerance: only an "about" target has a tolerance band',
    ]);
  });

  it('damaged, foreign and future files get their own kind and message', () => {
    expect(parseTargetsText('{"format": "xiqing-targets", "vers').ok).toBe(false);
    const damaged = parseTargetsText(planText.slice(0, 100));
    expect(!damaged.ok && damaged.error.kind).toBe('not-json');
    const foreign = parseTargetsText(readFileSync('scenarios/trend.json', 'utf8'));
    expect(!foreign.ok && foreign.error).toMatchObject({ kind: 'foreign', message: expect.stringContaining('not a targets file: format is "xiqing-population-scenario"') });
    const future = parseTargets({ ...planFile, version: 2 });
    expect(!future.ok && future.error).toMatchObject({ kind: 'future-version', version: 2, message: expect.stringContaining('newer version') });
    const noVersion = parseTargets({ ...planFile, version: '1' });
    expect(!noVersion.ok && noVersion.error.kind).toBe('invalid');
    const extra = parseTargets({ ...planFile, colour: 'red' });
    expect(!extra.ok && extra.error.kind === 'invalid' && extra.error.issues[0]).toMatch(/colour/);
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../../src/model/scenario-file/scenario-file';
import { valueOverrides } from '../../../src/model/scenario-values';
import {
  parseWalkthrough,
  parseWalkthroughText,
  resolveWalkthrough,
  serializeWalkthrough,
  WALKTHROUGH_FORMAT,
} from '../../../src/model/walkthrough-file/walkthrough-file';
import { xiqingIndicators } from '../../../src/model/xiqing/model';

const scenarios = resolve(import.meta.dirname, '../../../scenarios');
const exampleText = readFileSync(resolve(scenarios, 'walkthrough-2025-population.json'), 'utf8');
const presetFor = (ref: { preset: string } | { file: string }) => {
  const name = 'preset' in ref ? ref.preset : ref.file.replace(/\.json$/, '');
  try {
    const r = parseScenarioText(readFileSync(resolve(scenarios, `${name}.json`), 'utf8'));
    return r.ok ? r.scenario.levers : r.error.message;
  } catch {
    return `no scenario "${name}"`;
  }
};

describe('walkthrough file', () => {
  it('the example walkthrough is valid, round-trips exactly, and has about six steps from trend to plan-targets', () => {
    const r = parseWalkthroughText(exampleText);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(serializeWalkthrough(r.walkthrough)).toBe(exampleText);
    expect(r.walkthrough.steps).toHaveLength(6);
    expect(r.walkthrough.steps[0].scenario).toEqual({ preset: 'trend' });
    expect(r.walkthrough.steps[5].scenario).toEqual({ preset: 'plan-targets' });
  });

  it('resolves changes cumulatively: step 5 arrives exactly at the plan-targets preset', () => {
    const r = parseWalkthroughText(exampleText);
    if (!r.ok) throw new Error(r.error.message);
    const resolved = resolveWalkthrough(r.walkthrough, presetFor);
    if (!resolved.ok) throw new Error(resolved.errors.join('; '));
    const steps = resolved.steps;
    expect(valueOverrides(steps[4].values)).toEqual(valueOverrides(steps[5].values));
    expect(steps[2].changed).toEqual({ centralCityInflow: 26200 });
    expect(steps[0].changed).toEqual({});
    // The story holds: fertility adds births but few residents; migration adds many residents.
    const r2025 = (i: number) => xiqingIndicators(steps[i].values.levers).find((x) => x.year === 2025)!;
    expect(r2025(1).births).toBeGreaterThan(r2025(0).births);
    expect(r2025(2).residents - r2025(1).residents).toBeGreaterThan(5 * (r2025(1).residents - r2025(0).residents));
  });

  it('gives located messages for bad steps and refuses foreign and future files', () => {
    const good = JSON.parse(exampleText);
    const bad = structuredClone(good);
    bad.steps[1].scenario = { changes: { centralCityInflow: -1 } };
    bad.steps[2].charts = ['residents', 'pie'];
    const r = parseWalkthrough(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toMatch(/steps\.2\.charts\.1/);
    }
    const bad2 = structuredClone(good);
    bad2.steps[1].scenario = { changes: { centralCityInflow: -1 } };
    const r2 = parseWalkthrough(bad2);
    expect(!r2.ok && r2.error.message).toContain('steps.1.scenario.changes.centralCityInflow');
    const first = structuredClone(good);
    first.steps[0].scenario = { changes: { srb: 1.1 } };
    expect(!parseWalkthrough(first).ok).toBe(true);
    expect(parseWalkthrough({ format: 'xiqing-population-scenario' })).toMatchObject({ ok: false, error: { kind: 'foreign' } });
    expect(parseWalkthrough({ ...good, version: 3 })).toMatchObject({ ok: false, error: { kind: 'future-version' } });
    expect(parseWalkthroughText('{"format":')).toMatchObject({ ok: false, error: { kind: 'not-json' } });
  });

  it('reports a step whose preset does not exist', () => {
    const w = JSON.parse(exampleText);
    w.steps[0].scenario = { preset: 'no-such-preset' };
    const parsed = parseWalkthrough(w);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const r = resolveWalkthrough(parsed.walkthrough, presetFor);
    expect(!r.ok && r.errors[0]).toContain('steps.0.scenario: no scenario "no-such-preset"');
    expect(WALKTHROUGH_FORMAT).toBe('xiqing-population-walkthrough');
  });
});

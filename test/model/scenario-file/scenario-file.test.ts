import { describe, expect, it } from 'vitest';
import {
  parseScenario,
  parseScenarioText,
  scenarioLevers,
  serializeScenario,
  SCENARIO_FORMAT,
} from '../../../src/model/scenario-file/scenario-file';
import { DEFAULT_LEVERS } from '../../../src/model/xiqing/levers/lever-values';

const valid = {
  format: SCENARIO_FORMAT,
  version: 1,
  name: '中心城区疏解加快',
  description: 'More relocation from the central city.',
  levers: { centralCityInflow: 30000, familyShare: 0.5 },
  notes: '',
};

describe('scenario file', () => {
  it('accepts a valid v1 file and resolves its levers onto the defaults', () => {
    const r = parseScenario(valid);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.name).toBe('中心城区疏解加快');
    const levers = scenarioLevers(r.scenario);
    expect(levers.centralCityInflow).toBe(30000);
    expect(levers.tfr2025).toBe(DEFAULT_LEVERS.tfr2025);
  });

  it('round-trips a v1 file exactly through serialise and parse', () => {
    const text = serializeScenario(valid);
    const r = parseScenarioText(text);
    expect(r.ok).toBe(true);
    if (r.ok) expect(serializeScenario(r.scenario)).toBe(text);
  });

  it('fills optional fields with defaults', () => {
    const r = parseScenario({ format: SCENARIO_FORMAT, version: 1, name: 'x' });
    expect(r.ok && r.scenario.levers).toEqual({});
  });

  it('says which lever is out of range and what its range is', () => {
    const r = parseScenario({ ...valid, levers: { centralCityInflow: -5 } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.kind).toBe('invalid');
    expect(r.error.message).toContain('levers.centralCityInflow');
    expect(r.error.message).toContain('outside its range 0 to 60000');
  });

  it('names an unknown lever', () => {
    const r = parseScenario({ ...valid, levers: { fertilityBoost: 2 } });
    expect(!r.ok && r.error.message).toContain('unknown lever or norm "fertilityBoost"');
  });

  it('rejects a non-integer year lever', () => {
    const r = parseScenario({ ...valid, levers: { endYear: 2030.5 } });
    expect(!r.ok && r.error.message).toContain('whole number');
  });

  it('tells damaged, foreign and future-version files apart', () => {
    const damaged = parseScenarioText('{"format": "xiqing-population-scenario", ');
    expect(!damaged.ok && damaged.error.kind).toBe('not-json');
    const foreign = parseScenarioText('{"format": "population-projection-inputs", "version": 1}');
    expect(!foreign.ok && foreign.error.kind).toBe('foreign');
    const future = parseScenario({ ...valid, version: 7 });
    expect(!future.ok && future.error.kind).toBe('future-version');
    expect(!future.ok && future.error.message).toContain('newer version');
  });

  it('names missing and extra fields', () => {
    const r = parseScenario({ format: SCENARIO_FORMAT, version: 1, levers: {}, colour: 'red' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toContain('name');
    expect(r.error.message).toMatch(/colour/);
  });
});

describe('scenario values: levers and norms in one map', () => {
  it('accepts a norm next to levers and resolves both', async () => {
    const { scenarioValues } = await import('../../../src/model/scenario-file/scenario-file');
    const r = parseScenario({ ...valid, levers: { centralCityInflow: 30000, careBedsPer1000Elderly: 50 } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = scenarioValues(r.scenario);
    expect(v.levers.centralCityInflow).toBe(30000);
    expect(v.norms.careBedsPer1000Elderly).toBe(50);
  });

  it('names a norm that is out of range', () => {
    const r = parseScenario({ ...valid, levers: { nursingBedShare: 2 } });
    expect(!r.ok && r.error.message).toContain('levers.nursingBedShare: norm nursingBedShare is 2, outside its range');
  });
});

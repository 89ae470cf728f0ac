/**
 * Scenario format version 2: per-year lever paths, and the migration of version-1 files (every preset as
 * shipped in version 1, and a hand-written version-1 file) to version 2 without a change of meaning.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioText, scenarioLevers, serializeScenario, SCENARIO_FORMAT, SCENARIO_VERSION } from '../../../src/model/scenario-file/scenario-file';
import { LEVER_IDS, LEVER_SPECS, PATH_LEVER_IDS } from '../../../src/model/xiqing/levers/lever-specs';
import { DEFAULT_LEVERS, type LeverValues } from '../../../src/model/xiqing/levers/lever-values';
import { samePathValue, valueInYear } from '../../../src/model/xiqing/levers/year-path';
import { runXiqing } from '../../../src/model/xiqing/model';
import { indicatorRows } from '../../../src/model/xiqing/scenario/indicators';

const v1Dir = resolve(import.meta.dirname, 'fixtures/v1-presets');
const v1Presets = readdirSync(v1Dir).filter((f) => f.endsWith('.json')).sort();
const handWritten = readFileSync(resolve(import.meta.dirname, '../../helpers/fixtures/scenario-v1.json'), 'utf8');

describe('year paths', () => {
  const path = { byYear: { '2021': 5000, '2023': 9000, '2025': 12000 } };
  it('a year takes the latest listed year at or before it; earlier years the first; later years the last', () => {
    expect(valueInYear(path, 2019)).toBe(5000);
    expect(valueInYear(path, 2021)).toBe(5000);
    expect(valueInYear(path, 2022)).toBe(5000);
    expect(valueInYear(path, 2023)).toBe(9000);
    expect(valueInYear(path, 2024)).toBe(9000);
    expect(valueInYear(path, 2040)).toBe(12000);
    expect(valueInYear(7, 2030)).toBe(7);
  });
  it('a path listing one value means that number; different paths differ', () => {
    expect(samePathValue({ byYear: { '2021': 7 } }, 7)).toBe(true);
    expect(samePathValue({ byYear: { '2021': 7, '2030': 7 } }, 7)).toBe(true);
    expect(samePathValue(path, { byYear: { '2025': 12000, '2021': 5000, '2023': 9000 } })).toBe(true);
    expect(samePathValue(path, { byYear: { '2021': 5000, '2024': 9000, '2025': 12000 } })).toBe(false);
  });
  it('the specs marked path: true are exactly the path levers', () => {
    expect(LEVER_IDS.filter((id) => LEVER_SPECS[id].path === true)).toEqual(LEVER_IDS.filter((id) => (PATH_LEVER_IDS as readonly string[]).includes(id)));
    for (const id of ['centralCityInflow', 'outsideMigrants', 'talentInflow', 'pointsSettlementRate', 'outflowRate']) {
      expect(PATH_LEVER_IDS as readonly string[]).toContain(id);
    }
  });
});

describe('scenario format version 2', () => {
  const v2 = {
    format: SCENARIO_FORMAT,
    version: 2,
    name: 'path',
    levers: { outsideMigrants: { byYear: { '2021': 2000, '2023': 15000 } }, tfr2025: 0.7 },
  };

  it('is the version this build writes', () => {
    expect(SCENARIO_VERSION).toBe(2);
    expect(JSON.parse(serializeScenario({ name: 'x', description: '', levers: {}, notes: '' })).version).toBe(2);
  });

  it('accepts a per-year path on a path lever and round-trips it exactly', () => {
    const r = parseScenario(v2);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBeUndefined();
    expect(scenarioLevers(r.scenario).outsideMigrants).toEqual({ byYear: { '2021': 2000, '2023': 15000 } });
    const text = serializeScenario(r.scenario);
    const again = parseScenarioText(text);
    expect(again.ok && serializeScenario(again.scenario)).toBe(text);
  });

  it('the model uses each year’s value: inflow from outside in 2022 is the 2021 value, in 2023 the 2023 value', () => {
    const r = parseScenario(v2);
    if (!r.ok) throw new Error(r.error.message);
    const rows = indicatorRows(runXiqing({ ...scenarioLevers(r.scenario), endYear: 2025 }));
    const row = (y: number) => rows.find((x) => x.year === y)!;
    expect(row(2022).inflowOutside).toBeCloseTo(2000, 9);
    expect(row(2023).inflowOutside).toBeCloseTo(15000, 9);
    expect(row(2025).inflowOutside).toBeCloseTo(15000, 9);
  });

  it('rejects a path on a lever that takes one number, and names a bad year or value with its place', () => {
    const scalar = parseScenario({ ...v2, levers: { tfr2025: { byYear: { '2021': 1 } } } });
    expect(!scalar.ok && scalar.error.message).toContain('levers.tfr2025: lever tfr2025 takes one number, not a per-year path');
    const badYear = parseScenario({ ...v2, levers: { outsideMigrants: { byYear: { '21': 1000 } } } });
    expect(!badYear.ok && badYear.error.message).toContain('byYear key "21" is not a year');
    const badValue = parseScenario({ ...v2, levers: { outsideMigrants: { byYear: { '2022': -5 } } } });
    expect(!badValue.ok && badValue.error.message).toMatch(/levers\.outsideMigrants: .*outside its range 0 to 100000.*\(in 2022\)/);
    const empty = parseScenario({ ...v2, levers: { outsideMigrants: { byYear: {} } } });
    expect(!empty.ok && empty.error.message).toContain('lists no year');
    const extra = parseScenario({ ...v2, levers: { outsideMigrants: { byYear: { '2022': 5 }, from: 2021 } } });
    expect(!extra.ok && extra.error.message).toContain('a path has only "byYear"');
  });
});

describe('version-1 files migrate to version 2 meaning what they meant', () => {
  const runOf = (levers: LeverValues) => indicatorRows(runXiqing({ ...levers, endYear: 2030 }));

  it.each(v1Presets)('shipped v1 preset %s opens, is marked as migrated, keeps every lever value, and runs as before', (file) => {
    const text = readFileSync(resolve(v1Dir, file), 'utf8');
    const raw = JSON.parse(text) as { version: number; levers: Record<string, number> };
    expect(raw.version).toBe(1);
    const r = parseScenarioText(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBe(1);
    expect(r.scenario.version).toBe(2);
    expect(r.scenario.levers).toEqual(raw.levers);
    const levers = scenarioLevers(r.scenario);
    // A v1 number is a constant path: the same value in every year, so the run equals one with that path.
    const asPaths: Record<string, unknown> = { ...levers };
    for (const id of PATH_LEVER_IDS) {
      const v = raw.levers[id] ?? (typeof DEFAULT_LEVERS[id] === 'number' ? DEFAULT_LEVERS[id] : undefined);
      if (typeof v === 'number') asPaths[id] = { byYear: { '2021': v } };
    }
    const a = runOf(levers);
    const b = runOf(asPaths as LeverValues);
    expect(a.map((x) => x.residents)).toEqual(b.map((x) => x.residents));
    expect(a.map((x) => x.hukouPopulation)).toEqual(b.map((x) => x.hukouPopulation));
  });

  it('the hand-written v1 file opens, its values unchanged, and is written back as version 2', () => {
    const r = parseScenarioText(handWritten);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBe(1);
    expect(r.scenario.levers).toEqual({ thirdBirthUplift: 0.3, talentInflow: 8000, centralCityInflow: 25000 });
    const levers = scenarioLevers(r.scenario);
    for (const y of [2020, 2021, 2025, 2035]) expect(valueInYear(levers.centralCityInflow, y)).toBe(25000);
    const written = JSON.parse(serializeScenario(r.scenario)) as { version: number; levers: unknown; notes: string };
    expect(written.version).toBe(2);
    expect(written.levers).toEqual({ thirdBirthUplift: 0.3, talentInflow: 8000, centralCityInflow: 25000 });
    expect(written.notes).toBe('备注：第一行\nSecond line with "quotes" and a tab\t.');
  });

  it('a v1 file carrying a path is not silently accepted as v1 meaning: it is validated as v2 (a path on a path lever is valid)', () => {
    const r = parseScenario({ format: SCENARIO_FORMAT, version: 1, name: 'x', levers: { tfr2025: { byYear: { '2021': 1 } } } });
    expect(!r.ok && r.error.message).toContain('takes one number');
  });
});

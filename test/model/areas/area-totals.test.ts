/**
 * The areas add up to the district: every year, every additive indicator, for every preset and for
 * every lever at its minimum and maximum (with a planned addition in the file so that placed
 * populations are exercised too).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADDITIVE_FIELDS, defaultAreasFile, xiqingAreas, type AreasFile } from '../../../src/model/areas';
import { scenarioValues, parseScenarioText } from '../../../src/model/scenario-file/scenario-file';
import { DEFAULT_NORMS } from '../../../src/model/service-demand/norm-specs';
import { LEVER_IDS, LEVER_SPECS } from '../../../src/model/xiqing/levers/lever-specs';
import { DEFAULT_LEVERS, type LeverValues } from '../../../src/model/xiqing/levers/lever-values';
import { runXiqing, xiqingIndicators } from '../../../src/model/xiqing/model';
import { populationByAge } from '../../../src/model/xiqing/scenario/indicators';
import type { NormValues } from '../../../src/model/service-demand/norm-specs';

const withAddition: AreasFile = {
  ...defaultAreasFile(),
  plannedAdditions: [
    { year: 2023, area: '120111102', persons: 8000 },
    { year: 2027, area: '120111105', persons: 12000 },
  ],
};

const RELATIVE = 1e-9;

/** Largest relative difference between the areas' sum and the district, over years and additive fields. */
function worstMismatch(file: AreasFile, levers: LeverValues, norms: NormValues): number {
  const r = xiqingAreas(file, levers, norms);
  let worst = 0;
  r.populations.years.forEach((_, t) => {
    for (const field of ADDITIVE_FIELDS) {
      const sum = r.rows.reduce((s, rows) => s + rows[t][field], 0);
      const district = r.district[t][field];
      const rel = Math.abs(sum - district) / Math.max(1, Math.abs(district));
      worst = Math.max(worst, rel);
    }
    // Single-age cells too: the distribution must add up cell by cell.
    for (const sex of ['male', 'female'] as const) {
      for (let x = 0; x <= 100; x++) {
        const sum = r.populations.byArea.reduce((s, a) => s + a[t][sex][x], 0);
        const d = r.populations.district[t][sex][x];
        worst = Math.max(worst, Math.abs(sum - d) / Math.max(1, d));
      }
    }
  });
  return worst;
}

const presetDir = resolve(__dirname, '../../../scenarios');
const presets = readdirSync(presetDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: f, parsed: parseScenarioText(readFileSync(resolve(presetDir, f), 'utf8')) }))
  .filter((p) => p.parsed.ok);

describe('area totals equal the district', () => {
  it('finds the shipped presets', () => {
    expect(presets.length).toBeGreaterThanOrEqual(5);
  });

  for (const p of presets) {
    it(`every year and additive indicator for the preset ${p.file}`, () => {
      if (!p.parsed.ok) throw new Error('unreachable');
      const values = scenarioValues(p.parsed.scenario);
      expect(worstMismatch(withAddition, values.levers, values.norms)).toBeLessThan(RELATIVE);
    });
  }

  for (const id of LEVER_IDS) {
    for (const end of ['min', 'max'] as const) {
      it(`with ${id} at its ${end}`, () => {
        const levers = { ...DEFAULT_LEVERS, [id]: LEVER_SPECS[id][end] };
        expect(worstMismatch(withAddition, levers, DEFAULT_NORMS)).toBeLessThan(RELATIVE);
      });
    }
  }

  it('the district total is the district model’s residents every year (no planned additions)', () => {
    const levers = { ...DEFAULT_LEVERS, southStationPopulation: 150000 };
    const areas = xiqingAreas(defaultAreasFile(), levers, DEFAULT_NORMS);
    const indicators = xiqingIndicators(levers);
    areas.populations.years.forEach((year, t) => {
      const sum = areas.rows.reduce((s, rows) => s + rows[t].residents, 0);
      expect(indicators[t].year).toBe(year);
      expect(Math.abs(sum - indicators[t].residents) / indicators[t].residents).toBeLessThan(RELATIVE);
    });
  });

  it('with planned additions the district total is the district model run with those arrivals', () => {
    const areas = xiqingAreas(withAddition, DEFAULT_LEVERS, DEFAULT_NORMS);
    const run = runXiqing(DEFAULT_LEVERS, { extraArrivals: { 2023: 8000, 2027: 12000 } });
    run.years.forEach((_, t) => {
      const p = populationByAge(run, t);
      let district = 0;
      for (let x = 0; x <= 100; x++) district += p.male[x] + p.female[x];
      const sum = areas.rows.reduce((s, rows) => s + rows[t].residents, 0);
      expect(Math.abs(sum - district) / district).toBeLessThan(RELATIVE);
    });
    // and it differs from the run without them (the additions are real people)
    expect(areas.district[10].residents - xiqingIndicators(DEFAULT_LEVERS)[10].residents).toBeGreaterThan(15000);
  });
});

/**
 * Model checks (SDEverywhere style): invariants asserted over the grid of every preset × every lever at
 * its minimum and at its maximum.
 */
import { describe, expect, it } from 'vitest';
import { LEVER_IDS, LEVER_SPECS } from '../../../src/model/xiqing/levers/lever-specs';
import type { LeverValues } from '../../../src/model/xiqing/levers/lever-values';
import { runXiqing } from '../../../src/model/xiqing/model';
import { censusIndicatorRow, indicatorRows, populationByAge } from '../../../src/model/xiqing/scenario/indicators';
import { loadPresets } from './presets';

const grid: [string, LeverValues][] = [];
for (const [preset, levers] of loadPresets()) {
  for (const id of LEVER_IDS) {
    for (const end of ['min', 'max'] as const) grid.push([`${preset} with ${id} at ${end}`, { ...levers, [id]: LEVER_SPECS[id][end] }]);
  }
}

describe(`model checks over ${grid.length} scenarios (every preset × every lever at min and max)`, () => {
  it('every population cell is finite and ≥ 0, age shares sum to 1, and the resident balance holds to 1e-6', () => {
    const failures: string[] = [];
    for (const [name, levers] of grid) {
      const run = runXiqing(levers);
      for (const pop of run.projection.population) {
        for (const v of pop) if (!(Number.isFinite(v) && v >= 0)) failures.push(`${name}: population cell ${v}`);
      }
      const rows = indicatorRows(run);
      expect(rows.at(-1)!.year).toBe(levers.endYear);
      rows.forEach((r, t) => {
        for (const [k, v] of Object.entries(r)) if (!Number.isFinite(v)) failures.push(`${name} ${r.year}: ${k} = ${v}`);
        for (const k of ['births', 'deaths', 'settlements', 'residents', 'hukouPopulation', 'local', 'tianjin', 'outside', 'tfr', 'medianAge'] as const) {
          if (r[k] < 0) failures.push(`${name} ${r.year}: ${k} = ${r[k]} < 0`);
        }
        const shares = r.age0to14Share + r.age15to64Share + (r.age65plus / r.residents);
        if (Math.abs(shares - 1) > 1e-12) failures.push(`${name} ${r.year}: age shares sum to ${shares}`);
        const p = populationByAge(run, t);
        let byAge = 0;
        for (let x = 0; x <= 100; x++) byAge += p.male[x] + p.female[x];
        if (Math.abs(byAge - r.residents) > 1e-6) failures.push(`${name} ${r.year}: ages sum to ${byAge}, residents ${r.residents}`);
        if (Math.abs(r.local + r.tianjin + r.outside - r.residents) > 1e-6) failures.push(`${name} ${r.year}: states do not add up`);
        // Each row's flows are its calendar year's (2020: from the census), so the row before plus them is the row.
        const before = t === 0 ? censusIndicatorRow(run) : rows[t - 1];
        const gap = r.residents - (before.residents + r.births - r.deaths + r.netMigration);
        if (Math.abs(gap) > 1e-6) failures.push(`${name} ${r.year}: balance off by ${gap}`);
      });
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });
});

/** The tornado: plausible ranges, bars reproduced by independent model runs, sorted by swing. */
import { describe, expect, it } from 'vitest';
import { scenarioReport } from '../../../src/model/scenario-report';
import { DEFAULT_VALUES } from '../../../src/model/scenario-values';
import { sensitivity } from '../../../src/model/uncertainty/sensitivity';
import { LEVER_IDS, LEVER_SPECS } from '../../../src/model/xiqing/levers/lever-specs';
import { PLAUSIBLE_RANGES } from '../../../src/model/xiqing/levers/plausible-ranges';

describe('plausible ranges', () => {
  it('cover every lever but the end year, inside the slider range and around the default, with a graded source', () => {
    for (const id of LEVER_IDS) {
      const range = PLAUSIBLE_RANGES[id];
      if (id === 'endYear') {
        expect(range).toBeUndefined();
        continue;
      }
      expect(range, id).toBeDefined();
      const spec = LEVER_SPECS[id];
      expect(range!.low, id).toBeGreaterThanOrEqual(spec.min);
      expect(range!.high, id).toBeLessThanOrEqual(spec.max);
      expect(range!.low, id).toBeLessThanOrEqual(spec.default);
      expect(range!.high, id).toBeGreaterThanOrEqual(spec.default);
      expect(range!.high, id).toBeGreaterThan(range!.low);
      expect(['A', 'B', 'C', 'D', 'U']).toContain(range!.source.grade);
      // Not the slider's extremes.
      expect(range!.high - range!.low, id).toBeLessThan(spec.max - spec.min);
    }
  });
});

describe('sensitivity', () => {
  const result = sensitivity(DEFAULT_VALUES, 'residents', 2025);

  it('reproduces every bar exactly when the model is run again at the reported low and high', () => {
    const at = (id: string, value: number) =>
      scenarioReport({ levers: { ...DEFAULT_VALUES.levers, [id]: value }, norms: DEFAULT_VALUES.norms }).rows[5].residents;
    for (const bar of result.levers) {
      expect(at(bar.id, bar.low), `${bar.id} low`).toBe(bar.atLow);
      expect(at(bar.id, bar.high), `${bar.id} high`).toBe(bar.atHigh);
      expect(bar.swing).toBe(Math.abs(bar.atHigh - bar.atLow));
    }
    expect(result.base).toBe(scenarioReport(DEFAULT_VALUES).rows[5].residents);
  });

  it('sorts by swing, largest first, and puts a migration lever on top for residents on the trend', () => {
    for (let i = 1; i < result.levers.length; i++) expect(result.levers[i].swing).toBeLessThanOrEqual(result.levers[i - 1].swing);
    expect(LEVER_SPECS[result.levers[0].id].chapter).toBe('migration');
    // Fertility and mortality move 2025 residents far less than migration does.
    const top = result.levers[0].swing;
    for (const bar of result.levers) if (['fertility', 'mortality'].includes(LEVER_SPECS[bar.id].chapter)) expect(bar.swing).toBeLessThan(top / 5);
  });

  it('works for a service indicator and refuses an unknown indicator or a year outside the run', () => {
    const beds = sensitivity(DEFAULT_VALUES, 'careBeds', 2035);
    expect(beds.base).toBeGreaterThan(0);
    expect(() => sensitivity(DEFAULT_VALUES, 'nonsense', 2025)).toThrow(/unknown indicator "nonsense"/);
    expect(() => sensitivity(DEFAULT_VALUES, 'residents', 2036)).toThrow(/outside the run/);
  });
});

/** The tornado: plausible ranges, bars reproduced by independent model runs, sorted by swing. */
import { describe, expect, it } from 'vitest';
import { scenarioReport } from '../../../src/model/scenario-report';
import { DEFAULT_VALUES } from '../../../src/model/scenario-values';
import { sensitivity } from '../../../src/model/uncertainty/sensitivity';
import { LEVER_IDS, LEVER_SPECS } from '../../../src/model/xiqing/levers/lever-specs';
import { PLAUSIBLE_RANGES } from '../../../src/model/xiqing/levers/plausible-ranges';
import { OUTSIDE_MIGRANTS_LEVEL } from '../../../src/model/xiqing/levers/default-paths';
import type { LeverValue } from '../../../src/model/xiqing/levers/lever-values';
import { isYearPath } from '../../../src/model/xiqing/levers/year-path';

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
      // A path lever names the level its range is centred on (a scenario's path is scaled from it).
      if (spec.path) {
        expect(range!.reference, id).toBeGreaterThan(range!.low);
        expect(range!.reference, id).toBeLessThan(range!.high);
        const value = DEFAULT_VALUES.levers[id];
        if (typeof value === 'number') expect(range!.reference, id).toBe(value);
      } else expect(range!.reference, id).toBeUndefined();
    }
  });
});

describe('sensitivity', () => {
  const result = sensitivity(DEFAULT_VALUES, 'residents', 2025);

  it('reproduces every bar exactly when the model is run again at the reported low and high', () => {
    const at = (id: string, value: LeverValue) =>
      scenarioReport({ levers: { ...DEFAULT_VALUES.levers, [id]: value }, norms: DEFAULT_VALUES.norms }).rows[5].residents;
    for (const bar of result.levers) {
      // A lever the scenario holds as one number is set to low and high themselves.
      if (!isYearPath(DEFAULT_VALUES.levers[bar.id])) expect([bar.lowValue, bar.highValue], bar.id).toEqual([bar.low, bar.high]);
      expect(at(bar.id, bar.lowValue), `${bar.id} low`).toBe(bar.atLow);
      expect(at(bar.id, bar.highValue), `${bar.id} high`).toBe(bar.atHigh);
      expect(bar.swing).toBe(Math.abs(bar.atHigh - bar.atLow));
    }
    expect(result.base).toBe(scenarioReport(DEFAULT_VALUES).rows[5].residents);
  });

  it('scales a per-year path to low and high, keeping its shape (the default outside-Tianjin path)', () => {
    const bar = result.levers.find((b) => b.id === 'outsideMigrants')!;
    const path = DEFAULT_VALUES.levers.outsideMigrants;
    if (!isYearPath(path) || !isYearPath(bar.lowValue) || !isYearPath(bar.highValue)) throw new Error('expected paths');
    const range = PLAUSIBLE_RANGES.outsideMigrants!;
    expect(range.reference).toBe(OUTSIDE_MIGRANTS_LEVEL);
    for (const [year, v] of Object.entries(path.byYear)) {
      expect(bar.lowValue.byYear[year], year).toBe(v * (range.low / range.reference!));
      expect(bar.highValue.byYear[year], year).toBe(v * (range.high / range.reference!));
    }
    // The post-census shock stays (no arrivals in 2021–2022) and the normal-year level goes to low and high.
    expect([bar.lowValue.byYear['2021'], bar.highValue.byYear['2022']]).toEqual([0, 0]);
    expect(bar.lowValue.byYear['2027']).toBeCloseTo(range.low, 6);
    expect(bar.highValue.byYear['2027']).toBeCloseTo(range.high, 6);
    // Low below the scenario's 2025 value, high above it: the bar straddles the scenario.
    expect(bar.atLow).toBeLessThan(result.base);
    expect(bar.atHigh).toBeGreaterThan(result.base);
  });

  it('scales a path the user gave a constant-default lever, each year within the lever range', () => {
    const levers = { ...DEFAULT_VALUES.levers, centralCityInflow: { byYear: { '2021': 30000, '2024': 5000 } } };
    const bars = sensitivity({ levers, norms: DEFAULT_VALUES.norms }, 'residents', 2030).levers;
    const bar = bars.find((b) => b.id === 'centralCityInflow')!;
    const range = PLAUSIBLE_RANGES.centralCityInflow!;
    expect(bar.lowValue).toEqual({ byYear: { '2021': 30000 * (range.low / range.reference!), '2024': 5000 * (range.low / range.reference!) } });
    const high = bar.highValue as { byYear: Record<string, number> };
    expect(high.byYear['2021']).toBeLessThanOrEqual(LEVER_SPECS.centralCityInflow.max);
    const rerun = scenarioReport({ levers: { ...levers, centralCityInflow: bar.highValue }, norms: DEFAULT_VALUES.norms }).rows[10].residents;
    expect(rerun).toBe(bar.atHigh);
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

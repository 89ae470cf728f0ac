/**
 * The comparison against the model's own numbers: three presets (trend as baseline, three-child
 * uplift, central-city surge) run separately through `xiqingIndicators` / `xiqingServiceRows`, and the
 * headline table, series and "what differs" checked against them.
 */
import { describe, expect, it } from 'vitest';
import {
  compareScenarios,
  headlineTable,
  HEADLINE_YEARS,
  indicatorSeries,
  whatDiffers,
  type Comparison,
  type NamedScenario,
} from '../../../src/model/compare';
import { DEFAULT_NORMS, xiqingServiceRows } from '../../../src/model/service-demand';
import { LEVER_SPECS } from '../../../src/model/xiqing/levers/lever-specs';
import { DEFAULT_LEVERS } from '../../../src/model/xiqing/levers/lever-values';
import { xiqingIndicators } from '../../../src/model/xiqing/model';
import { loadPreset, PRESETS } from '../../export/fixtures';

const scenarios = PRESETS.map(loadPreset);
const comparison: Comparison = compareScenarios(scenarios);
const model = scenarios.map((s) => ({ rows: xiqingIndicators(s.levers), services: xiqingServiceRows(s.levers) }));

/** The model's value of an indicator for scenario i in a year. */
function modelValue(i: number, indicator: string, year: number): number {
  const t = year - 2020;
  const row = model[i].rows[t] as unknown as Record<string, number>;
  if (indicator in row) return row[indicator];
  return (model[i].services[t] as unknown as Record<string, number>)[indicator];
}

describe('compareScenarios', () => {
  it('runs each scenario with the model: rows and service rows equal the model’s', () => {
    expect(comparison.scenarios.map((s) => s.name)).toEqual(scenarios.map((s) => s.name));
    expect(comparison.years).toEqual(Array.from({ length: 16 }, (_, i) => 2020 + i));
    expect(comparison.hasServices).toBe(true);
    comparison.scenarios.forEach((s, i) => {
      expect(s.rows).toEqual(model[i].rows);
      expect(s.services).toEqual(model[i].services);
      expect(s.norms).toEqual(DEFAULT_NORMS);
    });
  });

  it('takes 1 to 6 scenarios', () => {
    expect(compareScenarios([scenarios[0]]).scenarios).toHaveLength(1);
    expect(() => compareScenarios([])).toThrow(RangeError);
    expect(() => compareScenarios(Array(7).fill(scenarios[0]))).toThrow('a comparison holds 1 to 6 scenarios, got 7');
  });

  it('shows only the years every scenario reaches', () => {
    const short: NamedScenario = { name: 'to 2030', levers: { ...DEFAULT_LEVERS, endYear: 2030 } };
    const c = compareScenarios([scenarios[0], short]);
    expect(c.years.at(-1)).toBe(2030);
    expect(headlineTable(c).years).toEqual([2025, 2030]);
  });

  it('leaves service demand out when told to', () => {
    const c = compareScenarios(scenarios, { services: false });
    expect(c.hasServices).toBe(false);
    expect(headlineTable(c).indicators.map((i) => i.id)).not.toContain('careBeds');
    expect(indicatorSeries(c, 'careBeds')).toBeUndefined();
  });
});

describe('headlineTable', () => {
  const table = headlineTable(comparison);

  it('has every headline indicator in 2025, 2030 and 2035', () => {
    expect(HEADLINE_YEARS).toEqual([2025, 2030, 2035]);
    expect(table.years).toEqual([2025, 2030, 2035]);
    expect(table.indicators.map((i) => i.id)).toEqual([
      'residents', 'hukouPopulation', 'age60plusShare', 'age65plusShare', 'births', 'age0to2', 'age3to5',
      'childcarePlacesByNorm', 'preschoolPlaces', 'careBeds',
    ]);
    expect(table.rows).toHaveLength(10 * 3);
    expect(table.scenarios).toEqual(scenarios.map((s) => s.name));
  });

  it('gives values and differences from the baseline equal to the model’s numbers', () => {
    let checked = 0;
    for (const row of table.rows) {
      const base = modelValue(0, row.indicator, row.year);
      row.cells.forEach((cell, i) => {
        const value = modelValue(i, row.indicator, row.year);
        expect(cell.value).toBe(value);
        expect(cell.relDiff).toBeCloseTo((value - base) / base, 12);
        if (row.kind === 'share') expect(cell).toMatchObject({ diffPoints: expect.closeTo((value - base) * 100, 10) });
        else expect(cell).toMatchObject({ diff: expect.closeTo(value - base, 6) });
        checked++;
      });
    }
    expect(checked).toBe(30 * 3);
  });

  it('gives the baseline zero differences and marks shares as percentage points', () => {
    for (const row of table.rows) {
      expect(row.cells[0].relDiff).toBe(0);
      if (row.kind === 'share') {
        expect(row.unit).toBe('share');
        expect(row.cells[0].diffPoints).toBe(0);
      } else expect(row.cells[0].diff).toBe(0);
    }
    expect(table.rows.filter((r) => r.kind === 'share').map((r) => r.indicator)).toEqual([
      'age60plusShare', 'age60plusShare', 'age60plusShare', 'age65plusShare', 'age65plusShare', 'age65plusShare',
    ]);
  });

  it('shows the direction of each preset: more births with the uplift, more residents with the surge', () => {
    const births2030 = table.rows.find((r) => r.indicator === 'births' && r.year === 2030)!;
    const residents2035 = table.rows.find((r) => r.indicator === 'residents' && r.year === 2035)!;
    expect(births2030.kind === 'count' && births2030.cells[1].diff).toBeGreaterThan(0);
    expect(residents2035.kind === 'count' && residents2035.cells[2].diff).toBeGreaterThan(50_000);
  });
});

describe('indicatorSeries', () => {
  it('gives one line per scenario equal to the model’s numbers, for demographic and service indicators', () => {
    for (const indicator of ['residents', 'age65plusShare', 'careBeds', 'childcarePlacesByNorm'] as const) {
      const series = indicatorSeries(comparison, indicator)!;
      expect(series.years).toEqual(comparison.years);
      series.lines.forEach((line, i) => {
        expect(line.scenarioIndex).toBe(i);
        expect(line.values).toEqual(series.years.map((y) => modelValue(i, indicator, y)));
      });
    }
  });

  it('leaves a gap for a flow in 2020, whose row holds only the census-to-year-end months, and keeps stocks there', () => {
    for (const indicator of ['births', 'deaths', 'inflowCentralCity'] as const) {
      const series = indicatorSeries(comparison, indicator)!;
      series.lines.forEach((line, i) => {
        expect(line.values[0]).toBeNaN();
        // The row itself keeps the 61 days' figure, far below a year's worth.
        expect(modelValue(i, indicator, 2020)).toBeLessThan(modelValue(i, indicator, 2021) / 3);
        expect(line.values.slice(1)).toEqual(series.years.slice(1).map((y) => modelValue(i, indicator, y)));
      });
    }
    expect(indicatorSeries(comparison, 'residents')!.lines[0].values[0]).toBe(modelValue(0, 'residents', 2020));
  });
});

describe('whatDiffers', () => {
  it('lists every lever that differs between the scenarios, with each value and its spec', () => {
    const differs = whatDiffers(scenarios);
    expect(differs.map((d) => d.id)).toEqual(['tfr2035', 'secondBirthUplift', 'thirdBirthUplift', 'centralCityInflow', 'centralCityHukouShare']);
    const inflow = differs.find((d) => d.id === 'centralCityInflow')!;
    expect(inflow).toMatchObject({ kind: 'lever', values: [14800, 14800, 25000], defaultValue: 14800, differsBetweenScenarios: true });
    expect(inflow.spec).toBe(LEVER_SPECS.centralCityInflow);
    expect(differs.find((d) => d.id === 'secondBirthUplift')).toMatchObject({ values: [0, 0.15, 0], spec: { format: 'percent', unit: { zh: '%' } } });
  });

  it('lists nothing for identical scenarios unless asked for changes from the defaults', () => {
    const uplift = scenarios[1];
    expect(whatDiffers([uplift, uplift])).toEqual([]);
    const changed = whatDiffers([uplift, uplift], { includeChangedFromDefault: true });
    // upliftPhaseInYears is set to 3 in the file, which is also the default: not a change.
    expect(changed.map((d) => d.id)).toEqual(['tfr2035', 'secondBirthUplift', 'thirdBirthUplift']);
    expect(changed.every((d) => !d.differsBetweenScenarios)).toBe(true);
  });

  it('lists norms that differ when scenarios carry norms', () => {
    const norms = { ...DEFAULT_NORMS, careBedsPer1000Elderly: DEFAULT_NORMS.careBedsPer1000Elderly + 5 };
    const differs = whatDiffers([scenarios[0], { ...scenarios[0], norms }]);
    expect(differs).toEqual([expect.objectContaining({ kind: 'norm', id: 'careBedsPer1000Elderly', values: [DEFAULT_NORMS.careBedsPer1000Elderly, norms.careBedsPer1000Elderly] })]);
  });
});

import { describe, expect, it } from 'vitest';
import { runXiqing, xiqingBase, xiqingIndicators } from '../../../src/model/xiqing/model';
import { censusIndicatorRow } from '../../../src/model/xiqing/scenario/indicators';
import { loadPresets } from './presets';
import { valueInYear } from '../../../src/model/xiqing/levers/year-path';

const presets = loadPresets();
const base = xiqingBase();
const total = (v: Float64Array): number => v.reduce((a, b) => a + b, 0);
const stateTotal = (s: number): number => total(base.residents[s].male) + total(base.residents[s].female);

describe('preset scenarios', () => {
  it('ships the eight presets the plan discussion needs', () => {
    expect(presets.map(([name]) => name)).toEqual([
      'central-city-surge', 'low-fertility', 'plan-era-pace', 'plan-targets', 'talent-led', 'three-child-uplift', 'tianjin-contraction', 'trend',
    ]);
  });

  it.each(presets)('%s: the census point (1 November 2020) equals the census base', (_, levers) => {
    const r = censusIndicatorRow(runXiqing(levers));
    expect(r.year).toBe(2020);
    expect(r.births).toBeNaN();
    // Equal to the base arrays exactly (the model adds nothing in 2020), and to the census within ±1.
    expect(r.local).toBeCloseTo(stateTotal(0), 6);
    expect(r.tianjin).toBeCloseTo(stateTotal(1), 6);
    expect(r.outside).toBeCloseTo(stateTotal(2), 6);
    expect(Math.abs(r.residents - 1_195_124)).toBeLessThanOrEqual(1);
    expect(Math.abs(r.tianjin - 268_928)).toBeLessThanOrEqual(1);
    expect(Math.abs(r.outside - 446_228)).toBeLessThanOrEqual(1);
    expect(Math.abs(r.hukouPopulation - 465_900)).toBeLessThanOrEqual(100);
    expect(r.age60plusShare).toBeCloseTo(0.1647, 4);
    expect(r.age65plusShare).toBeCloseTo(0.1079, 4);
  });

  it('plan-targets meets the 2025 targets of about 1.35 M residents and 526 k hukou (±1%)', () => {
    const levers = presets.find(([n]) => n === 'plan-targets')![1];
    const r2025 = xiqingIndicators(levers).find((r) => r.year === 2025)!;
    expect(Math.abs(r2025.residents / 1_350_000 - 1)).toBeLessThan(0.01);
    expect(Math.abs(r2025.hukouPopulation / 526_000 - 1)).toBeLessThan(0.01);
  });

  it('trend misses the residents target: the plan needs more than the recent trend', () => {
    const levers = presets.find(([n]) => n === 'trend')![1];
    const r2025 = xiqingIndicators(levers).find((r) => r.year === 2025)!;
    expect(r2025.residents).toBeLessThan(1_350_000 * 0.99);
  });

  it('the downside is below the trend, and the trend below the 2015–2020 pace, in every year 2021–2025', () => {
    const of = (n: string) => xiqingIndicators(presets.find(([p]) => p === n)![1]);
    const [down, trend, pace] = [of('tianjin-contraction'), of('trend'), of('plan-era-pace')];
    for (const y of [2021, 2022, 2023, 2024, 2025]) {
      const at = (rows: typeof trend) => rows.find((r) => r.year === y)!.residents;
      expect(at(down)).toBeLessThan(at(trend));
      expect(at(trend)).toBeLessThan(at(pace));
    }
  });

  it('plan-era-pace is the 2015–2020 pace: 2021 grows residents by 21 k and the hukou population by 15.5 k (±2%)', async () => {
    const rows = xiqingIndicators(presets.find(([n]) => n === 'plan-era-pace')![1]);
    expect(Math.abs((rows[1].residents - rows[0].residents) / 21_000 - 1)).toBeLessThan(0.02);
    expect(Math.abs((rows[1].hukouPopulation - rows[0].hukouPopulation) / 15_480 - 1)).toBeLessThan(0.02);
    const { planEraPace } = await import('../../../scripts/presets/derive-presets');
    const derived = planEraPace();
    const levers = presets.find(([n]) => n === 'plan-era-pace')![1];
    expect(Math.abs((levers.outsideMigrants as number) - (derived.outsideMigrants as number))).toBeLessThanOrEqual(100);
    expect(Math.abs((levers.pointsSettlementRate as number) - (derived.pointsSettlementRate as number))).toBeLessThanOrEqual(0.001);
  });

  it('tianjin-contraction carries the derived paths (flow-share shock, no return, extra outflow where the shock exceeds the inflow)', async () => {
    const { tianjinContraction } = await import('../../../scripts/presets/derive-presets');
    const levers = presets.find(([n]) => n === 'tianjin-contraction')![1];
    const d = tianjinContraction();
    for (const y of [2020, 2021, 2022, 2023, 2024, 2025, 2030]) {
      expect(valueInYear(levers.outsideMigrants, y)).toBe(valueInYear(d.outsideMigrants, y));
      expect(valueInYear(levers.outflowRate, y)).toBe(valueInYear(d.outflowRate, y));
    }
  });
});

describe('the plan-targets description', () => {
  it('quotes the goal-seek answer for central-city relocation alone (to the nearest 100 a year)', async () => {
    const { goalSeek } = await import('../../../src/model/solve/goal-seek');
    const { DEFAULT_LEVERS } = await import('../../../src/model/xiqing/levers/lever-values');
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const r = goalSeek({ levers: DEFAULT_LEVERS, lever: 'centralCityInflow', indicator: 'residents', target: 1_350_000, year: 2025 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const quoted = (Math.round(r.value / 100) * 100).toLocaleString('en-US');
    const text = readFileSync(resolve(import.meta.dirname, '../../../scenarios/plan-targets.json'), 'utf8');
    expect(text).toContain(`about ${quoted} people a year`);
    expect(text).toContain(`约${quoted}人`);
  });
});

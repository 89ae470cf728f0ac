/** The per-year editor's rules (rows, cell-by-cell edits, cell checks) and how a path reads in the app. */
import { describe, expect, it } from 'vitest';
import { constantOf, pathRows, readCell, sparkline, withYear } from '../../../renderer/src/editor/path-editing';
import { pathChanges } from '@model';
import { LEVER_SPECS } from '../../../src/model/xiqing/levers/lever-specs';
import { valueInYear } from '../../../src/model/xiqing/levers/year-path';
import { formatSettingValue } from '../../../src/format';

const inflow = LEVER_SPECS.centralCityInflow;
const settlement = LEVER_SPECS.pointsSettlementRate;

describe('path editor rows', () => {
  it('a constant shows in every row, none listed; the 2026 row states the rule', () => {
    const rows = pathRows(10_900);
    expect(rows.map((r) => r.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    expect(rows.every((r) => r.value === 10_900 && !r.listed && r.heldFrom === null)).toBe(true);
    expect(rows.map((r) => r.kind)).toEqual(['year', 'year', 'year', 'year', 'year', 'from']);
  });

  it('a sparse path shows held-over values, and later listed years as their own rows', () => {
    const rows = pathRows({ byYear: { '2021': 12_000, '2023': 8_000, '2030': 5_000 } });
    expect(rows.map((r) => [r.year, r.value, r.listed, r.heldFrom])).toEqual([
      [2021, 12_000, true, null], [2022, 12_000, false, 2021], [2023, 8_000, true, null], [2024, 8_000, false, 2023],
      [2025, 8_000, false, 2023], [2026, 8_000, false, 2023], [2030, 5_000, true, null],
    ]);
    // A year before 2021 that a path lists (2020: the census to 31 December) has its own row.
    expect(pathRows({ byYear: { '2020': 18_100, '2021': 0 } }).slice(0, 2)).toMatchObject([
      { year: 2020, value: 18_100, listed: true, kind: 'year' }, { year: 2021, value: 0, listed: true },
    ]);
    // Before the first listed year, its value holds backwards.
    expect(pathRows({ byYear: { '2023': 7_000 } })[0]).toMatchObject({ year: 2021, value: 7_000, heldFrom: 2023 });
  });
});

describe('editing one cell', () => {
  it('changes only that year: every plan year is listed, with the value it had', () => {
    const next = withYear(10_900, 2023, 8_000);
    expect(next.byYear).toEqual({ '2021': 10_900, '2022': 10_900, '2023': 8_000, '2024': 10_900, '2025': 10_900 });
    expect(valueInYear(next, 2030)).toBe(10_900);
  });

  it('keeps the meaning of a sparse path in every other year', () => {
    const before = { byYear: { '2022': 12_000, '2025': 6_000 } };
    const next = withYear(before, 2024, 9_000);
    for (let y = 2015; y <= 2040; y++) if (y !== 2024) expect(valueInYear(next, y), String(y)).toBe(valueInYear(before, y));
    expect(valueInYear(next, 2024)).toBe(9_000);
  });

  it('setting 2026 changes every later year; clearing it lets 2025 hold again', () => {
    const set = withYear(10_900, 2026, 4_000);
    expect([valueInYear(set, 2025), valueInYear(set, 2026), valueInYear(set, 2035)]).toEqual([10_900, 4_000, 4_000]);
    const cleared = withYear(set, 2026, null);
    expect(cleared.byYear['2026']).toBeUndefined();
    expect(valueInYear(cleared, 2035)).toBe(10_900);
  });

  it('going back to one value takes the 2025 value', () => {
    expect(constantOf({ byYear: { '2021': 12_000, '2025': 6_000, '2030': 1_000 } })).toBe(6_000);
  });
});

describe('checking a cell', () => {
  it('reads display units (shares as %), with grouping and full-width digits', () => {
    expect(readCell(inflow, '12,500', 'year')).toEqual({ ok: true, stored: 12_500 });
    expect(readCell(inflow, '１２５００', 'year')).toEqual({ ok: true, stored: 12_500 });
    expect(readCell(settlement, '1.4', 'year')).toEqual({ ok: true, stored: 0.014 });
    // Rounded to the card's precision, as the number box does.
    expect(readCell(settlement, '1.46', 'year')).toEqual({ ok: true, stored: 0.015 });
  });
  it('says what is wrong instead of clamping, and an empty plan year is not allowed', () => {
    expect(readCell(inflow, '70000', 'year')).toEqual({ ok: false, problem: 'outOfRange', min: 0, max: 60_000 });
    expect(readCell(settlement, '12', 'year')).toEqual({ ok: false, problem: 'outOfRange', min: 0, max: 10 });
    expect(readCell(inflow, 'abc', 'year')).toEqual({ ok: false, problem: 'notANumber' });
    expect(readCell(inflow, ' ', 'year')).toEqual({ ok: false, problem: 'empty' });
    expect(readCell(inflow, '', 'from')).toEqual({ ok: true, stored: null });
  });
});

describe('a path in words', () => {
  it('lists the years where the value changes, the unit once at the end', () => {
    const path = { byYear: { '2021': 12_000, '2022': 12_000, '2023': 8_000, '2025': 10_000 } };
    expect(pathChanges(path)).toEqual([[2021, 12_000], [2023, 8_000], [2025, 10_000]]);
    expect(formatSettingValue(inflow, path, 'zh-CN')).toBe('2021\u00a012,000 → 2023\u00a08,000 → 2025\u00a010,000人/年');
    expect(formatSettingValue(inflow, path, 'en')).toBe('2021\u00a012,000 → 2023\u00a08,000 → 2025\u00a010,000 persons/year');
  });
  it('shares keep their % at every point; a path of one value reads as that value', () => {
    expect(formatSettingValue(settlement, { byYear: { '2021': 0.027, '2024': 0.014 } }, 'en')).toBe('2021\u00a02.7% → 2024\u00a01.4%/year');
    expect(formatSettingValue(inflow, { byYear: { '2021': 9_000, '2025': 9_000 } }, 'en')).toBe('9,000 persons/year');
  });
  it('writes a minus sign for a negative level', () => {
    expect(formatSettingValue(inflow, { byYear: { '2021': -8_000, '2025': 10_000 } }, 'zh-CN')).toBe('2021\u00a0−8,000 → 2025\u00a010,000人/年');
  });
});

describe('the mini chart', () => {
  it('steps through each year 2021–2030 and marks the listed years', () => {
    const path = { byYear: { '2021': 12_000, '2023': 6_000, '2026': 3_000 } };
    const spark = sparkline(path, inflow, 100, 20);
    // Ten years in 100 px: each year is 10 px wide; the plan period ends after 2025, at 50 px.
    expect(spark.planEndX).toBe(50);
    expect(spark.dots.map((d) => [d.year, d.x])).toEqual([[2021, 5], [2023, 25], [2026, 55]]);
    // Higher values sit higher (smaller y); the top leaves room above the largest value.
    const [y2021, y2023, y2026] = spark.dots.map((d) => d.y);
    expect(y2021).toBeLessThan(y2023);
    expect(y2023).toBeLessThan(y2026);
    expect(y2021).toBeGreaterThan(0);
    expect(spark.d.startsWith('M0,')).toBe(true);
    expect(spark.d.split('H')).toHaveLength(11);
  });
  it('a constant is one flat line with no dots', () => {
    const spark = sparkline(10_900, inflow, 100, 20);
    expect(spark.dots).toEqual([]);
    expect(new Set([...spark.d.matchAll(/,([\d.]+) H/g)].map((m) => m[1])).size).toBe(1);
  });
});

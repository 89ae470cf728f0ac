import { describe, expect, it } from 'vitest';
import {
  geometricGroupSplit,
  graduateFiveYear,
  graduateWithInfant,
  splitByReference,
  SPRAGUE_FIRST,
  SPRAGUE_LAST,
  SPRAGUE_MIDDLE,
  SPRAGUE_NEXT_TO_LAST,
  SPRAGUE_SECOND,
  spragueSplit,
  type SpragueBlock,
} from '../../../src/model/demography/graduation';

const PANELS: [string, SpragueBlock, number][] = [
  ['first', SPRAGUE_FIRST, 0],
  ['second', SPRAGUE_SECOND, 1],
  ['middle', SPRAGUE_MIDDLE, 2],
  ['next-to-last', SPRAGUE_NEXT_TO_LAST, 3],
  ['last', SPRAGUE_LAST, 4],
];

const groupSums = (single: ArrayLike<number>, n: number): number[] =>
  Array.from({ length: n }, (_, i) => {
    let s = 0;
    for (let k = 0; k < 5; k++) s += single[5 * i + k];
    return s;
  });

/** Tianjin 2020 census, men: 0, 1–4, 5–9 … 95–99, 100+ (reference CSV, grade A). */
const TIANJIN_MEN = [
  43247, 272661, 350320, 316570, 338953, 451443, 501735, 727170, 622573, 488901, 518140, 531414, 537786, 474335, 417479, 251367,
  140779, 88866, 49471, 17171, 3838, 730,
];

describe('Sprague multipliers (Siegel & Swanson 2004, p. 727)', () => {
  it.each(PANELS)('%s panel: every single-year row sums to 0.2 (a flat series stays flat)', (_name, block) => {
    for (const row of block) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(0.2, 12);
  });

  it.each(PANELS)('%s panel: columns sum to 1 on the group split and 0 on the others (group totals kept)', (_name, block, own) => {
    for (let j = 0; j < 5; j++) {
      const col = block.reduce((a, row) => a + row[j], 0);
      expect(col).toBeCloseTo(j === own ? 1 : 0, 12);
    }
  });

  it('the end panels are mirror images of the start panels', () => {
    for (let k = 0; k < 5; k++) {
      for (let j = 0; j < 5; j++) {
        expect(SPRAGUE_LAST[k][j]).toBe(SPRAGUE_FIRST[4 - k][4 - j]);
        expect(SPRAGUE_NEXT_TO_LAST[k][j]).toBe(SPRAGUE_SECOND[4 - k][4 - j]);
      }
    }
    // Middle panel is symmetric: age k of the group weighs group j as age 4−k weighs group 4−j.
    for (let k = 0; k < 5; k++) for (let j = 0; j < 5; j++) expect(SPRAGUE_MIDDLE[k][j]).toBe(SPRAGUE_MIDDLE[4 - k][4 - j]);
  });

  it('reproduces single-year counts that follow a cubic exactly, in every panel', () => {
    // Fifth-difference osculatory interpolation of the cumulative count is exact for polynomials of
    // degree ≤ 4 in the cumulative, i.e. cubic single-year counts.
    const f = (x: number) => 1000 + 3 * x + 0.7 * x * x - 0.01 * x ** 3;
    const single = Array.from({ length: 50 }, (_, x) => f(x));
    const groups = groupSums(single, 10);
    const out = spragueSplit(groups);
    out.forEach((v, x) => expect(v).toBeCloseTo(single[x], 8));
  });

  it('needs at least five groups', () => {
    expect(() => spragueSplit([1, 2, 3, 4])).toThrow(RangeError);
  });
});

describe('graduateFiveYear', () => {
  it('keeps every group total exactly and gives no negative value on a census series', () => {
    const closed = TIANJIN_MEN.slice(2, 21);
    const { values, fallbackGroups } = graduateFiveYear(closed, TIANJIN_MEN[21]);
    expect(values).toHaveLength(5 * closed.length + 1);
    groupSums(values, closed.length).forEach((s, i) => expect(s).toBeCloseTo(closed[i], 8));
    expect(values[values.length - 1]).toBe(TIANJIN_MEN[21]);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(fallbackGroups).toEqual([]);
  });

  it('is smooth on a known smooth schedule: recovers a Gompertz-like single-year series within 1%', () => {
    // Survivors of a Gompertz hazard (a life-table lx column), a smooth, strongly curved age profile.
    const lx = (x: number) => 100000 * Math.exp((-0.0001 / 0.08) * (Math.exp(0.08 * x) - 1));
    const single = Array.from({ length: 100 }, (_, x) => lx(x + 0.5));
    const groups = groupSums(single, 20);
    const { values, fallbackGroups } = graduateFiveYear(groups);
    expect(fallbackGroups).toEqual([]);
    for (let x = 0; x < 95; x++) expect(Math.abs(values[x] / single[x] - 1)).toBeLessThan(0.01);
    // No kinks at group boundaries: second differences stay as small as the true curve's.
    let worst = 0;
    for (let x = 1; x < 94; x++) worst = Math.max(worst, Math.abs(values[x + 1] - 2 * values[x] + values[x - 1]));
    let trueWorst = 0;
    for (let x = 1; x < 94; x++) trueWorst = Math.max(trueWorst, Math.abs(single[x + 1] - 2 * single[x] + single[x - 1]));
    expect(worst).toBeLessThan(1.5 * trueWorst + 1);
  });

  it('falls back to a geometric split where Sprague gives a negative year, keeping totals', () => {
    const groups = [5000, 4000, 3000, 400, 5, 0];
    const raw = spragueSplit(groups);
    expect(Math.min(...raw)).toBeLessThan(0); // the case the fallback exists for
    const { values, fallbackGroups } = graduateFiveYear(groups);
    expect(fallbackGroups.length).toBeGreaterThan(0);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    groupSums(values, groups.length).forEach((s, i) => expect(s).toBeCloseTo(groups[i], 9));
  });

  it("'open-as-closed' tail keeps a thin, falling tail falling (the standard end panel turns up at 97–99)", () => {
    const closed = TIANJIN_MEN.slice(2, 21);
    const open = TIANJIN_MEN[21];
    const standard = graduateFiveYear(closed, open).values;
    const tail = graduateFiveYear(closed, open, { tail: 'open-as-closed' }).values;
    const from85 = 85 - 5; // values start at age 5
    expect(standard[99 - 5]).toBeGreaterThan(standard[97 - 5]); // the artefact
    for (let x = from85; x < 99 - 5; x++) expect(tail[x + 1]).toBeLessThan(tail[x]);
    groupSums(tail, closed.length).forEach((s, i) => expect(s).toBeCloseTo(closed[i], 8));
    expect(tail[tail.length - 1]).toBe(open);
  });

  it('rejects negative or non-finite counts', () => {
    expect(() => graduateFiveYear([1, 2, -3, 4, 5])).toThrow(RangeError);
    expect(() => graduateFiveYear([1, 2, Number.NaN, 4, 5])).toThrow(RangeError);
  });
});

describe('graduateWithInfant (0 and 1–4 groups)', () => {
  it('keeps age 0 as published and ages 1–4 summing to the 1–4 group', () => {
    const { values } = graduateWithInfant(TIANJIN_MEN[0], TIANJIN_MEN[1], TIANJIN_MEN.slice(2, 21), TIANJIN_MEN[21]);
    expect(values).toHaveLength(101);
    expect(values[0]).toBe(TIANJIN_MEN[0]);
    expect(values[1] + values[2] + values[3] + values[4]).toBeCloseTo(TIANJIN_MEN[1], 8);
    const closedFrom5 = TIANJIN_MEN.slice(2, 21);
    groupSums(values.subarray(5), closedFrom5.length).forEach((s, i) => expect(s).toBeCloseTo(closedFrom5[i], 8));
    let total = 0;
    for (const v of values) total += v;
    expect(total).toBeCloseTo(
      TIANJIN_MEN.reduce((a, b) => a + b, 0),
      6,
    );
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
  });
});

describe('helpers', () => {
  it('geometricGroupSplit is non-negative, sums to the group, and follows the neighbours', () => {
    const groups = [1000, 500, 100];
    const s = geometricGroupSplit(groups, 1);
    expect(s.reduce((a, b) => a + b, 0)).toBeCloseTo(500, 10);
    for (let k = 0; k < 4; k++) expect(s[k + 1]).toBeLessThan(s[k]);
    expect(geometricGroupSplit([0, 0, 0], 1).every((v) => v === 0)).toBe(true);
  });

  it('splitByReference splits in the reference proportions', () => {
    // Tianjin 2020 both sexes 85–89, 90–94, 95–99, 100+ (reference README §1).
    const out = splitByReference(8757, [112326, 40898, 9685, 1932]);
    expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(8757, 9);
    expect(out[0] / out[1]).toBeCloseTo(112326 / 40898, 12);
    expect(() => splitByReference(10, [0, 0])).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { abridgedLifeTable } from '../../../src/model/engine/abridged-life-table';
import { andreevKingkadeA0 } from '../../../src/model/engine/infant-ax';
import { e0FromMx, lifeTable, survivalFromMx } from '../../../src/model/engine/life-table';

/** A plausible low-mortality schedule (Gompertz above infancy), ages 0..100. */
function schedule(level = 1): Float64Array {
  return Float64Array.from({ length: 101 }, (_, x) => level * (x === 0 ? 0.004 : 0.00005 * Math.exp(0.095 * x)));
}

describe('andreevKingkadeA0', () => {
  it('follows the published pieces and is continuous enough at the breaks', () => {
    expect(andreevKingkadeA0(0, 'male')).toBeCloseTo(0.14929, 12);
    expect(andreevKingkadeA0(0.01, 'male')).toBeCloseTo(0.14929 - 0.0199545, 12);
    expect(andreevKingkadeA0(0.05, 'male')).toBeCloseTo(0.02832 + 3.26201 * 0.05, 12);
    expect(andreevKingkadeA0(0.2, 'male')).toBe(0.29915);
    expect(andreevKingkadeA0(0, 'female')).toBeCloseTo(0.14903, 12);
    expect(andreevKingkadeA0(0.05, 'female')).toBeCloseTo(0.04667 + 3.88089 * 0.05, 12);
    expect(andreevKingkadeA0(0.2, 'female')).toBe(0.31411);
    expect(andreevKingkadeA0(0.01)).toBeCloseTo((andreevKingkadeA0(0.01, 'male') + andreevKingkadeA0(0.01, 'female')) / 2, 15);
  });
});

describe('lifeTable', () => {
  it('uses ax = 0.5 above age 0 and the a0 rule or option at age 0', () => {
    const mx = schedule();
    const male = lifeTable(mx, undefined, { sex: 'male' });
    expect(male.ax[0]).toBe(andreevKingkadeA0(mx[0], 'male'));
    expect(male.ax[1]).toBe(0.5);
    expect(male.ax[100]).toBeCloseTo(1 / mx[100], 12);
    expect(lifeTable(mx, undefined, { a0: 0.1 }).ax[0]).toBe(0.1);
    expect(lifeTable(mx).ax[0]).toBe(andreevKingkadeA0(mx[0], 'both'));
  });

  it('is internally consistent: l0 = 1, d sums to 1, T0 = e0, S from L', () => {
    const t = lifeTable(schedule());
    expect(t.lx[0]).toBe(1);
    expect(t.dx.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
    expect(t.ex[0]).toBeCloseTo(t.Tx[0], 14);
    expect(t.qx[100]).toBe(1);
    expect(t.Sx[0]).toBeCloseTo(t.Lx[0], 15);
    expect(t.Sx[50]).toBeCloseTo(t.Lx[50] / t.Lx[49], 15);
    expect(t.Sx[100]).toBeCloseTo(t.Tx[100] / t.Tx[99], 15);
    expect(e0FromMx(schedule())).toBeCloseTo(t.ex[0], 12);
  });

  it('gives e = 1/m at every age under constant mortality (open group) and rises as mortality falls', () => {
    const m = 0.02;
    const t = lifeTable(new Float64Array(101).fill(m), new Float64Array(101).fill(0.5));
    expect(t.ex[100]).toBeCloseTo(1 / m, 12);
    expect(e0FromMx(schedule(0.8))).toBeGreaterThan(e0FromMx(schedule(1)));
  });

  it('rejects rates that would make NaN or infinite tables', () => {
    const bad = schedule();
    bad[10] = -0.1;
    expect(() => lifeTable(bad)).toThrow(RangeError);
    const zeroOpen = schedule();
    zeroOpen[100] = 0;
    expect(() => survivalFromMx(zeroOpen)).toThrow(RangeError);
    expect(() => e0FromMx(schedule(), new Float64Array(101).fill(1.5))).toThrow(RangeError);
    expect(() => lifeTable(schedule(), new Float64Array(50))).toThrow(RangeError);
    expect(() => lifeTable(new Float64Array([0.1]))).toThrow(RangeError);
  });

  it.each([3, 50, 1e300])('stays finite and non-negative under extreme but valid rates (m = %d)', (m) => {
    const mx = schedule();
    mx.fill(m, 60);
    const t = lifeTable(mx);
    for (const column of [t.qx, t.lx, t.dx, t.Lx, t.Tx, t.ex, t.Sx]) {
      for (const v of column) expect(Number.isFinite(v) && v >= 0).toBe(true);
    }
    for (const v of t.qx) expect(v).toBeLessThanOrEqual(1);
    for (const v of survivalFromMx(mx)) expect(v >= 0 && v <= 1).toBe(true);
    expect(Number.isFinite(e0FromMx(mx))).toBe(true);
  });
});

describe('survivalFromMx', () => {
  it('equals the table column, writes into `out` and returns it', () => {
    const mx = schedule();
    const out = new Float64Array(101);
    expect(survivalFromMx(mx, undefined, out, { sex: 'female' })).toBe(out);
    const t = lifeTable(mx, undefined, { sex: 'female' });
    for (let x = 0; x <= 100; x++) expect(out[x]).toBeCloseTo(t.Sx[x], 15);
    expect(() => survivalFromMx(mx, undefined, new Float64Array(100))).toThrow(RangeError);
  });
});

describe('abridgedLifeTable', () => {
  it('closes the open group with L = l/M and rejects bad input', () => {
    const t = abridgedLifeTable([0, 1, 5, 10], [0.01, 0.001, 0.0005, 0.2], [0.1, 1.6, 2.5, null], 1);
    expect(t.nLx[3]).toBeCloseTo(t.lx[3] / 0.2, 14);
    expect(t.n).toEqual([1, 4, 5, Infinity]);
    expect(() => abridgedLifeTable([0, 5], [0.01, 0], [2.5, null])).toThrow(RangeError);
    expect(() => abridgedLifeTable([0, 5], [0.01], [2.5])).toThrow(RangeError);
    expect(() => abridgedLifeTable([0, 5, 5], [0.01, 0.01, 0.1], [2.5, 2.5, null])).toThrow(RangeError);
  });
});

/**
 * Life tables against published ones: the UN's complete table for Canada 1950 (from its mx, ax)
 * and Preston et al. (2001) Box 3.1, Austria 1992 males (abridged, given nax).
 */
import { describe, expect, it } from 'vitest';
import { abridgedLifeTable } from '../../src/model/engine/abridged-life-table';
import { e0FromMx, lifeTable, survivalFromMx } from '../../src/model/engine/life-table';
import { MaxRelErr } from '../helpers/compare';
import { austriaBox31, canada1x1, canadaLt1950, canadaMxAx } from '../helpers/reference-data';

describe('single-year life table, Canada 1950 (UN WPP 2019)', () => {
  // The UN table has radix 100,000; ours has radix 1, so l, d, L, T are scaled before comparing.
  const RADIX = 100_000;
  const columns = [
    ['qx', 'nqx', 1],
    ['lx', 'lx', RADIX],
    ['dx', 'ndx', RADIX],
    ['Lx', 'nLx', RADIX],
    ['Tx', 'Tx', RADIX],
    ['ex', 'ex', 1],
    ['Sx', 'Sx', 1],
  ] as const;

  it.each(['male', 'female'] as const)('%s: qx, lx, dx, Lx, Tx, ex (and Sx) to 1e-10 relative', (sex) => {
    const un = canadaLt1950().life_table[sex];
    const t = lifeTable(Float64Array.from(un.nMx), Float64Array.from(un.nAx));
    for (const [ours, theirs, scale] of columns) {
      const err = new MaxRelErr();
      err.addVector(t[ours].map((v) => v * scale), un[theirs], `${sex} ${ours}`);
      console.log(err.report(`Canada LT 1950 ${sex} ${ours}`));
      expect(err.value, `${sex} ${ours}`).toBeLessThan(1e-10);
    }
  });

  it('survivalFromMx and e0FromMx agree with the full table and with the mx/ax file for every year', () => {
    const file = canadaMxAx();
    const sxErr = new MaxRelErr();
    const e0Err = new MaxRelErr();
    const out = new Float64Array(101);
    for (const [year, bySex] of Object.entries(file.years)) {
      for (const sex of ['male', 'female'] as const) {
        const mx = Float64Array.from(bySex[sex].nMx);
        const ax = Float64Array.from(bySex[sex].nAx);
        expect(survivalFromMx(mx, ax, out)).toBe(out);
        sxErr.addVector(out, canada1x1().inputs[year].Sx[sex], `${year} ${sex}`);
        e0Err.add(e0FromMx(mx, ax), bySex[sex].e0, `${year} ${sex}`);
        const table = lifeTable(mx, ax);
        for (let x = 0; x < 101; x++) expect(Math.abs(out[x] - table.Sx[x])).toBeLessThan(1e-15);
      }
    }
    console.log(sxErr.report('Sx from mx/ax vs the UN run Sx, 1950-2019'));
    console.log(e0Err.report('e0 from mx/ax vs file e0, 1950-2019'));
    expect(sxErr.value).toBeLessThan(1e-13);
    expect(e0Err.value).toBeLessThan(1e-12);
  });
});

describe('abridged life table, Austria 1992 males (Preston et al. 2001, Box 3.1)', () => {
  it('reproduces lx, ndx, nLx, Tx after rounding and ex to 3 decimals', () => {
    const box = austriaBox31();
    const nMx = box.deaths.map((d, i) => d / box.population[i]);
    const t = abridgedLifeTable(box.age, nMx, box.nax, 100_000);
    const round = (v: Float64Array, digits = 0): number[] => Array.from(v, (x) => Number(x.toFixed(digits)));
    expect(round(t.lx)).toEqual(box.expected_lx);
    expect(round(t.ndx)).toEqual(box.expected_ndx);
    expect(round(t.nLx)).toEqual(box.expected_nLx);
    expect(round(t.Tx)).toEqual(box.expected_Tx);
    expect(round(t.ex, 3)).toEqual(box.expected_ex);
    expect(round(t.nqx, 6)).toEqual(box.expected_nqx);
  });
});

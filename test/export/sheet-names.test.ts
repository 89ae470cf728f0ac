import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SHEET_NAME, safeSheetName, SheetNamer } from '../../src/export';

const valid = (name: string) =>
  name.length >= 1 && name.length <= MAX_SHEET_NAME && !/[[\]:*?/\\]/.test(name) && !/^'|'$/.test(name) && name.toLowerCase() !== 'history';

describe('sheet names', () => {
  it('replaces forbidden characters, trims apostrophes and cuts to 31 characters', () => {
    expect(safeSheetName('a/b\\c[d]e:f*g?h')).toBe('a_b_c_d_e_f_g_h');
    expect(safeSheetName("'quoted'")).toBe('quoted');
    expect(safeSheetName('三孩政策见效 · Three-child policy uplift')).toBe('三孩政策见效 · Three-child policy upl');
    expect(safeSheetName('   ')).toBe('Sheet');
    expect(safeSheetName('History', 'Scenario 1')).toBe('Scenario 1');
  });

  it('makes repeated names unique within 31 characters, ignoring case', () => {
    const namer = new SheetNamer();
    expect(namer.next('Trend')).toBe('Trend');
    expect(namer.next('trend')).toBe('trend (2)');
    expect(namer.next('Trend')).toBe('Trend (3)');
    const long = 'x'.repeat(40);
    expect(namer.next(long)).toBe('x'.repeat(31));
    expect(namer.next(long)).toBe(`${'x'.repeat(27)} (2)`);
  });

  it('always gives Excel-valid, unique names (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 50 }), { minLength: 1, maxLength: 8 }), (names) => {
        const namer = new SheetNamer();
        const out = names.map((n) => namer.next(n));
        expect(out.every(valid)).toBe(true);
        expect(new Set(out.map((n) => n.toLowerCase())).size).toBe(out.length);
      }),
      { numRuns: 500 },
    );
  });
});

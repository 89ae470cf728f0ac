import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_STEM_BYTES, isPlainJsonName, libraryFileName, safeFileName, safeFileStem, uniqueName } from '../../src/host/safe-file-name';

const utf8 = (s: string) => new TextEncoder().encode(s).length;

describe('Windows-safe file names', () => {
  it.each([
    ['人口预测 2025', '人口预测 2025'],
    ['方案: A/B <比较> "高" | 低? *', '方案_ A_B _比较_ _高_ _ 低_ _'],
    ['trailing dots and spaces. . ', 'trailing dots and spaces'],
    ['...hidden', 'hidden'],
    ['line\nbreak\ttab', 'line break tab'],
    ['bell\u0007', 'bell_'],
    ['CON', '_CON'], ['con', '_con'], ['Nul.backup', '_Nul.backup'], ['COM1', '_COM1'], ['LPT9', '_LPT9'], ['com¹', '_com¹'],
    ['AUX ', '_AUX'], ['CONSOLE', 'CONSOLE'], ['COM10', 'COM10'],
    ['', 'scenario'], ['  ', 'scenario'], ['///', '___'],
  ])('%j → %j', (name, stem) => {
    expect(safeFileStem(name)).toBe(stem);
  });

  it('keeps names short enough for every file system, cutting whole characters', () => {
    const stem = safeFileStem('人'.repeat(300));
    expect(utf8(stem)).toBeLessThanOrEqual(MAX_STEM_BYTES);
    expect(stem).toBe('人'.repeat(60));
    expect(safeFileStem('😀'.repeat(100))).toBe('😀'.repeat(45));
    expect(safeFileStem(`${'a'.repeat(99)}. x`)).toBe('a'.repeat(99));
  });

  it('normalizes to NFC, so one name is one file on macOS too', () => {
    expect(safeFileStem('e\u0301')).toBe('\u00e9');
  });

  it('keeps a plain extension on whole file names', () => {
    expect(safeFileName('图表: 人口.png')).toBe('图表_ 人口.png');
    expect(safeFileName('prn.pptx')).toBe('_prn.pptx');
    expect(safeFileName('a.b/c')).toBe('a.b_c');
    expect(libraryFileName('近期趋势 · Trend')).toBe('近期趋势 · Trend.json');
  });

  it('gives every name a result that is safe, whatever the input (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (name) => {
      const stem = safeFileStem(name);
      expect(stem.length).toBeGreaterThan(0);
      // eslint-disable-next-line no-control-regex
      expect(stem).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
      expect(stem).not.toMatch(/[. ]$/);
      expect(stem).not.toMatch(/^\./);
      expect(utf8(stem)).toBeLessThanOrEqual(MAX_STEM_BYTES + 1);
      expect(stem.split('.')[0].trimEnd()).not.toMatch(/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i);
      expect(isPlainJsonName(`${stem}.json`)).toBe(true);
      // Idempotent: a safe name stays as it is.
      expect(safeFileStem(stem)).toBe(stem);
    }), { numRuns: 2000 });
  });

  it('numbers names that are taken, ignoring case', () => {
    expect(uniqueName('a.json', [])).toBe('a.json');
    expect(uniqueName('A.json', ['a.json', 'A (2).JSON'])).toBe('A (3).json');
  });

  it('accepts as ids only plain .json names', () => {
    for (const ok of ['a.json', '趋势 (2).JSON', 'x:y.json']) expect(isPlainJsonName(ok)).toBe(true);
    for (const bad of ['a.txt', '../a.json', 'a/b.json', 'a\\b.json', '.a.json', 'a\u0000.json', `${'人'.repeat(90)}.json`]) expect(isPlainJsonName(bad)).toBe(false);
  });
});

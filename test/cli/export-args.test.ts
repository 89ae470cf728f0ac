import { describe, expect, it } from 'vitest';
import { parseProjectArgs, usage } from '../../src/cli/args';
import { usageError } from './support/cli-harness';

describe('parseProjectArgs --export', () => {
  it('reads 1 to 6 files, the format from the extension, and the language (zh-CN by default)', () => {
    expect(parseProjectArgs(['a.json', 'b.json', '--export', 'out/cmp.xlsx'])).toEqual({
      help: false,
      export: { files: ['a.json', 'b.json'], path: 'out/cmp.xlsx', format: 'xlsx', lang: 'zh-CN' },
    });
    expect(parseProjectArgs(['--export=d.PPTX', 'a.json', '--lang', 'en'])).toEqual({
      help: false,
      export: { files: ['a.json'], path: 'd.PPTX', format: 'pptx', lang: 'en' },
    });
    const six = ['1', '2', '3', '4', '5', '6'].map((n) => `${n}.json`);
    expect(parseProjectArgs([...six, '--export', 't.csv'])).toMatchObject({ export: { files: six, format: 'csv' } });
  });

  it('rejects an unknown extension, too many files, a bad language and mixed options, clearly', () => {
    expect(usageError(['a.json', '--export', 'out.pdf'])).toBe('--export needs a file ending in .csv, .xlsx, .pptx; got "out.pdf"');
    expect(usageError(['a.json', '--export', 'out'])).toBe('--export needs a file ending in .csv, .xlsx, .pptx; got "out"');
    expect(usageError(['a.json', '--export='])).toBe('--export needs a file name');
    const seven = Array.from({ length: 7 }, (_, i) => `${i}.json`);
    expect(usageError([...seven, '--export', 'o.xlsx'])).toBe('--export compares at most 6 scenario files, got 7');
    expect(usageError(['a.json', '--export', 'o.xlsx', '--lang', 'fr'])).toBe('--lang must be zh-CN or en, got "fr"');
    expect(usageError(['a.json', '--export', 'o.xlsx', '--format', 'csv'])).toBe(
      '--format and --out do not apply to --export (the export file name gives the format)',
    );
    expect(usageError(['a.json', '--lang', 'en'])).toBe('--lang applies only to --export');
    expect(usageError(['--export', 'o.xlsx'])).toBe('no input file given');
  });

  it('keeps the single-file behaviour without --export', () => {
    expect(usageError(['a.json', 'b.json'])).toBe('expected one input file, got 2: a.json b.json');
    expect(parseProjectArgs(['in.json'])).toEqual({ help: false, file: 'in.json', format: 'json', formatGiven: false, out: undefined });
  });

  it('documents --export and --lang in the usage text', () => {
    const text = usage([]);
    expect(text).toContain('npm run project -- <scenario.json>... --export FILE.csv|xlsx|pptx [--lang zh-CN|en]');
    expect(text).toContain('--export FILE');
    expect(text).toContain('--lang zh-CN|en');
  });
});

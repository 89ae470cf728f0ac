import { describe, expect, it } from 'vitest';
import { parseProjectArgs, usage } from '../../src/cli/args';
import { usageError } from './support/cli-harness';

describe('parseProjectArgs', () => {
  it('reads the file with json output to stdout by default', () => {
    expect(parseProjectArgs(['in.json'])).toEqual({ help: false, file: 'in.json', format: 'json', formatGiven: false, out: undefined });
  });

  it('reads --format and --out in any order', () => {
    expect(parseProjectArgs(['--out', 'o/r.csv', 'in.json', '--format', 'csv'])).toEqual({
      help: false,
      file: 'in.json',
      format: 'csv',
      formatGiven: true,
      out: 'o/r.csv',
    });
    expect(parseProjectArgs(['in.json', '--format=json', '--out=r.json'])).toMatchObject({ format: 'json', out: 'r.json' });
  });

  it('recognises --help and -h, even with other arguments', () => {
    expect(parseProjectArgs(['--help'])).toEqual({ help: true });
    expect(parseProjectArgs(['-h'])).toEqual({ help: true });
    expect(parseProjectArgs(['in.json', '--help'])).toEqual({ help: true });
  });

  it('rejects bad usage with a clear message', () => {
    expect(usageError([])).toBe('no input file given');
    expect(usageError(['a.json', 'b.json'])).toBe('expected one input file, got 2: a.json b.json');
    expect(usageError(['in.json', '--format', 'xml'])).toBe('--format must be json or csv, got "xml"');
    expect(usageError(['in.json', '--frmat', 'csv'])).toBe("Unknown option '--frmat'");
    expect(usageError(['in.json', '--out'])).toBe("Option '--out <value>' argument missing");
    expect(usageError(['in.json', '--out='])).toBe('--out needs a file name');
  });

  it('lists the input formats in the usage text', () => {
    const text = usage([{ format: 'some-format', title: 'some files' }]);
    expect(text).toContain('Usage: npm run project -- <file.json> [--format json|csv] [--out FILE]');
    expect(text).toContain('some-format  some files');
  });
});

import { describe, expect, it } from 'vitest';
import { HOST_METHODS, MAX_SCENARIO_BYTES, type HostChannel } from '../../src/host/contract';
import { ARG_SCHEMAS, HostArgumentError, parseArgs, sanitizeFileName } from '../../src/host/schemas';

const goodExport = { suggestedName: 'chart.png', content: new Uint8Array([1, 2, 3]), filters: [{ name: 'PNG', extensions: ['png'] }] };

/** For each channel: arguments that must pass, and bad ones with the message they must produce. */
const cases: { [K in HostChannel]: { good: unknown[][]; bad: [unknown[], RegExp][] } } = {
  'settings:get': { good: [[]], bad: [[[{}], /expected at most 0 argument/]] },
  'settings:set': {
    good: [[{}], [{ language: 'en' }], [{ language: 'zh-CN' }]],
    bad: [
      [[], /expected at least 1 argument/],
      [[{ language: 'fr' }], /argument 1 \(language\): Invalid option/],
      [[{ recentFiles: ['/etc/passwd'] }], /Unrecognized key.*recentFiles/],
      [['en'], /argument 1: .*object/],
    ],
  },
  'app:info': { good: [[]], bad: [[['x'], /expected at most 0 argument/]] },
  'scenario-file:open-dialog': { good: [[]], bad: [[[{ path: '/x' }], /expected at most 0 argument/]] },
  'scenario-file:open-recent': {
    good: [['/home/u/a.json']],
    bad: [[[''], /path is empty/], [['a\u0000b'], /NUL/], [[42], /argument 1: .*string/], [['x'.repeat(5000)], /path is too long/]],
  },
  'scenario-file:save': {
    good: [['/home/u/a.json', '{}']],
    bad: [
      [['/home/u/a.json'], /expected at least 2 argument/],
      [['/home/u/a.json', { scenario: 1 }], /argument 2: .*string/],
      [['/home/u/a.json', 'x'.repeat(MAX_SCENARIO_BYTES + 1)], /larger than 5 MB/],
      // Multi-byte text: under the limit in characters, over it in UTF-8 bytes.
      [['/home/u/a.json', '人'.repeat(Math.ceil(MAX_SCENARIO_BYTES / 3) + 1)], /larger than 5 MB/],
    ],
  },
  'scenario-file:save-as-dialog': {
    good: [['趋势方案', '{}']],
    bad: [[['', '{}'], /file name is empty/], [['a'.repeat(300), '{}'], /file name is too long/], [[null, '{}'], /argument 1/]],
  },
  'export:save-file': {
    good: [[goodExport], [{ ...goodExport, content: 'a,b\n1,2\n', filters: [] }]],
    bad: [
      [[{ ...goodExport, content: 5 }], /content must be text or bytes/],
      [[{ ...goodExport, filters: [{ name: 'PNG', extensions: ['.png'] }] }], /without a dot/],
      [[{ ...goodExport, filters: 'png' }], /argument 1 \(filters\)/],
      [[{ ...goodExport, path: '/etc/passwd' }], /Unrecognized key.*path/],
      [[{ suggestedName: 'a.csv' }], /argument 1 \(content\)/],
    ],
  },
};

describe('argument validation', () => {
  it('has a schema for every channel the renderer can call', () => {
    expect(Object.keys(ARG_SCHEMAS).sort()).toEqual(Object.values(HOST_METHODS).sort());
  });

  for (const channel of Object.keys(cases) as HostChannel[]) {
    describe(channel, () => {
      it.each(cases[channel].good.map((args) => [JSON.stringify(args).slice(0, 60), args] as const))('accepts %s', (_label, args) => {
        expect(() => parseArgs(channel, args)).not.toThrow();
      });
      it.each(cases[channel].bad.map(([args, message]) => [JSON.stringify(args).slice(0, 60), args, message] as const))(
        'rejects %s with a clear message', (_label, args, message) => {
          let error: unknown;
          try {
            parseArgs(channel, args);
          } catch (caught) {
            error = caught;
          }
          expect(error).toBeInstanceOf(HostArgumentError);
          expect((error as Error).message).toMatch(new RegExp(`^Invalid arguments for "${channel}": `));
          expect((error as Error).message).toMatch(message);
        });
    });
  }

  it('refuses a channel that is not in the contract', () => {
    expect(() => parseArgs('shell:open-external' as HostChannel, ['https://example.com'])).toThrow(/Unknown channel/);
  });

  it('turns suggested names into plain file names, never paths', () => {
    expect(parseArgs('scenario-file:save-as-dialog', ['../../etc/passwd', '{}'])[0]).toBe('_.._etc_passwd');
    expect(sanitizeFileName('方案: 高/低*?')).toBe('方案_ 高_低__');
    expect(sanitizeFileName('...')).toBe('untitled');
    expect(sanitizeFileName('C:\\Windows\\x.json')).toBe('C__Windows_x.json');
  });
});

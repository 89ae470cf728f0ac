import { describe, expect, it } from 'vitest';
import { DROPPED_FILE_CHANNEL, HOST_METHODS, MAX_SCENARIO_BYTES, type HostChannel } from '../../src/host/contract';
import { ARG_SCHEMAS, HostArgumentError, parseArgs } from '../../src/host/schemas';
import { safeFileName as sanitizeFileName } from '../../src/host/safe-file-name';

const text = '{"format":"xiqing-population-scenario","version":1,"name":"x"}';
const when = '2025-01-02T03:04:05.678Z';
const trashId = '20250102T030405678Z~趋势.json';
const tooBig = 'x'.repeat(MAX_SCENARIO_BYTES + 1);

const presenterState = {
  language: 'zh-CN', walkthroughTitle: '西青区2025年的人口从哪里来？', index: 2, count: 6,
  step: { title: '中心城区继续疏解家庭', notes: '迁移的作用远大于生育。', question: '2025年常住人口是多少？', answer: '130.9万人', revealed: false, changes: ['中心城区人口疏解迁入：10,900 → 14,000人/年'] },
  next: { title: '南站科技商务区入住', notes: '' },
};
const goodExport = { suggestedName: 'chart.png', content: new Uint8Array([1, 2, 3]), filters: [{ name: 'PNG', extensions: ['png'] }] };

/** For each channel: arguments that must pass, and bad ones with the message they must produce. */
const cases: { [K in HostChannel]: { good: unknown[][]; bad: [unknown[], RegExp][] } } = {
  'settings:get': { good: [[]], bad: [[[{}], /expected at most 0 argument/]] },
  'settings:set': {
    good: [[{}], [{ language: 'en' }], [{ language: 'zh-CN' }], [{ libraryFolder: null }]],
    bad: [
      [[], /expected at least 1 argument/],
      [[{ language: 'fr' }], /argument 1 \(language\): Invalid option/],
      // Only the folder picker may set a library folder; the page may only reset it.
      [[{ libraryFolder: '/home/u/.ssh' }], /libraryFolder can only be reset/],
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
  'scenario-file:open-dropped': { good: [['/home/u/下载/方案.json']], bad: [[[''], /path is empty/], [[{ name: 'a.json' }], /argument 1: .*string/]] },
  'library:list': { good: [[]], bad: [[['x'], /expected at most 0 argument/]] },
  'library:read': {
    good: [['趋势方案.json'], ['Trend (2).JSON']],
    bad: [
      [['../../etc/passwd.json'], /plain \.json file name/], [['a\\b.json'], /plain \.json file name/],
      [['.hidden.json'], /plain \.json file name/], [['notes.txt'], /plain \.json file name/], [[''], /id is empty/],
    ],
  },
  'library:save': {
    good: [[{ text }], [{ text, id: 'a.json', expectedModified: when }]],
    bad: [
      [[{ text: tooBig }], /argument 1 \(text\): scenario text is larger than 5 MB/],
      [[{ text, id: '../a.json' }], /argument 1 \(id\)/],
      [[{ text, expectedModified: 'yesterday' }], /argument 1 \(expectedModified\): must be an ISO 8601 time/],
      [[{ text, path: '/etc/passwd' }], /Unrecognized key.*path/],
    ],
  },
  'library:update': {
    good: [['a.json', { name: '新名称' }], ['a.json', { notes: '' }, when], ['a.json', {}]],
    bad: [
      [['a.json', { name: '   ' }], /argument 2 \(name\): name must not be empty/],
      [['a.json', { name: 'x'.repeat(201) }], /longer than 200/],
      [['a.json', { notes: 'x'.repeat(20_001) }], /longer than 20000/],
      [['a.json', { levers: {} }], /Unrecognized key.*levers/],
      [['a.json', {}, 'soon'], /argument 3: must be an ISO 8601 time/],
    ],
  },
  'library:duplicate': { good: [['a.json', '副本']], bad: [[['a.json'], /expected at least 2 argument/], [['a.json', ''], /name must not be empty/]] },
  'library:delete': { good: [['a.json']], bad: [[['/a.json'], /plain \.json file name/]] },
  'library:list-deleted': { good: [[]], bad: [[[1], /expected at most 0 argument/]] },
  'library:restore-deleted': {
    good: [[trashId]],
    bad: [[['趋势.json'], /not an entry of the trash/], [['20250102T030405678Z~../x.json'], /not an entry of the trash/]],
  },
  'library:choose-folder': { good: [[]], bad: [[['/etc'], /expected at most 0 argument/]] },
  'recovery:write': {
    good: [['趋势方案.json', text], ['unsaved:1', 'half-typed {']],
    bad: [[['', text], /recovery id is empty/], [['x'.repeat(301), text], /recovery id is too long/], [['a', tooBig], /larger than 5 MB/]],
  },
  'recovery:list': { good: [[]], bad: [[['a'], /expected at most 0 argument/]] },
  'plan-data:list': { good: [['targets'], ['observations']], bad: [[['scenarios'], /argument 1: Invalid option/], [[], /expected at least 1 argument/]] },
  'plan-data:read': { good: [['2030 草案.targets.json']], bad: [[['../x.json'], /plain \.json file name/]] },
  'plan-data:save': {
    good: [[{ kind: 'observations', text: '{}' }], [{ kind: 'targets', text: '{}', id: 'a.targets.json', expectedModified: when }]],
    bad: [[[{ kind: 'targets', text: tooBig }], /larger than 5 MB/], [[{ kind: 'x', text: '{}' }], /argument 1 \(kind\)/], [[{ kind: 'targets', text: '{}', path: '/etc' }], /Unrecognized key.*path/]],
  },
  'recovery:clear': { good: [['a']], bad: [[['a\u0000'], /NUL/]] },
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
  'export:print-pdf': {
    good: [[{ suggestedName: '简报.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] }], [{ suggestedName: 'brief.pdf', filters: [] }]],
    bad: [
      [[], /expected at least 1 argument/],
      [[{ suggestedName: '', filters: [] }], /file name is empty/],
      // The page names no path and sends no content: main prints its own window.
      [[{ suggestedName: 'a.pdf', filters: [], path: '/etc/passwd' }], /Unrecognized key.*path/],
      [[{ suggestedName: 'a.pdf', filters: [], content: 'x' }], /Unrecognized key.*content/],
    ],
  },
  'walkthrough-file:open-dialog': { good: [[]], bad: [[['/x.json'], /expected at most 0 argument/]] },
  'walkthrough-file:save': {
    good: [['/home/u/培训.json', '{}']],
    bad: [[['', '{}'], /path is empty/], [['/home/u/a.json', tooBig], /larger than 5 MB/], [['/home/u/a.json'], /expected at least 2 argument/]],
  },
  'walkthrough-file:save-as-dialog': { good: [['培训演示', '{}']], bad: [[['', '{}'], /file name is empty/], [['a', 7], /argument 2: .*string/]] },
  'walkthrough:open-presenter': { good: [[]], bad: [[['#presenter'], /expected at most 0 argument/]] },
  'walkthrough:sync-presenter': {
    good: [[presenterState], [{ ...presenterState, next: null, step: { ...presenterState.step, question: null, answer: null } }]],
    bad: [
      [[{ ...presenterState, index: 6 }], /index must be below count/],
      [[{ ...presenterState, count: 51 }], /argument 1 \(count\)/],
      [[{ ...presenterState, language: 'fr' }], /argument 1 \(language\)/],
      [[{ ...presenterState, step: { ...presenterState.step, notes: 'x'.repeat(4001) } }], /argument 1 \(step\.notes\): text is longer than 4000/],
      [[{ ...presenterState, script: 'x' }], /Unrecognized key.*script/],
    ],
  },
  'walkthrough:presenter-command': { good: [['next'], ['hello'], ['replay']], bad: [[['open-devtools'], /argument 1: Invalid option/], [[], /expected at least 1 argument/]] },
  'window:set-unsaved': { good: [[true], [false]], bad: [[['yes'], /argument 1: .*boolean/], [[], /expected at least 1 argument/]] },
  'window:close-reply': {
    good: [[1, 'close'], [7, 'stay']],
    bad: [[[1, 'quit'], /argument 2: Invalid option/], [[0, 'close'], /argument 1: .*>0/], [[1.5, 'close'], /argument 1: .*expected int/], [[1], /expected at least 2 argument/]],
  },
};

describe('argument validation', () => {
  it('has a schema for every channel the renderer can call', () => {
    // The dropped-file channel's method is the bridge's hand-written openDroppedScenario(file).
    expect(Object.keys(ARG_SCHEMAS).sort()).toEqual([...Object.values(HOST_METHODS), DROPPED_FILE_CHANNEL].sort());
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
    expect(sanitizeFileName('NUL.csv')).toBe('_NUL.csv');
    expect(sanitizeFileName('图表. .png')).toBe('图表.png');
  });
});

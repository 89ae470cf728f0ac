import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { MAX_SCENARIO_BYTES, type HostHandlers, type Language } from '../../src/host/contract';
import { createHandlers, type Dialogs } from '../../electron/main/handlers';
import { openSettingsStore, type SettingsStore } from '../../electron/main/settings-store';

let dir: string;
let settings: SettingsStore;
let answers: (string | null)[];
let dialogs: { [K in keyof Dialogs]: Mock };
let onLanguageChanged: Mock<(language: Language) => void>;
let handlers: HostHandlers;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xiqing-files-'));
  settings = await openSettingsStore(join(dir, 'settings.json'), { log: () => {} });
  // Each dialog call takes the next scripted answer (a path, or null for Cancel).
  answers = [];
  const answer = vi.fn(async () => answers.shift() ?? null);
  dialogs = { chooseScenarioToOpen: answer, chooseScenarioSavePath: answer, chooseExportPath: answer };
  onLanguageChanged = vi.fn<(language: Language) => void>();
  handlers = createHandlers({
    settings, dialogs: dialogs as unknown as Dialogs, documentsFolder: join(dir, 'Documents'), onLanguageChanged, log: () => {},
    appInfo: { productName: 'x', version: '0.1.0', host: 'electron', runtime: 'test', platform: 'linux' },
  });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('scenario files through the handlers', () => {
  it('opens a chosen file as text and remembers it and its folder', async () => {
    const path = join(dir, '趋势.json');
    await writeFile(path, '\uFEFF{"type":"xiqing-scenario"}');
    answers.push(path);
    const result = await handlers['scenario-file:open-dialog']();
    expect(result).toEqual({ status: 'opened', file: { path, name: '趋势.json', text: '{"type":"xiqing-scenario"}' } });
    expect(dialogs.chooseScenarioToOpen).toHaveBeenCalledWith(join(dir, 'Documents'));
    expect(settings.get()).toMatchObject({ recentFiles: [path], scenarioFolder: dir });
  });

  it('reports Cancel as canceled', async () => {
    expect(await handlers['scenario-file:open-dialog']()).toEqual({ status: 'canceled' });
    expect(await handlers['scenario-file:save-as-dialog']('a', '{}')).toEqual({ status: 'canceled' });
    expect(await handlers['export:save-file']({ suggestedName: 'a.csv', content: 'x', filters: [] })).toEqual({ status: 'canceled' });
  });

  it('refuses a file over the size limit with a clear message, before reading it', async () => {
    const path = join(dir, 'huge.json');
    await writeFile(path, Buffer.alloc(MAX_SCENARIO_BYTES + 1, 0x20));
    answers.push(path);
    const result = await handlers['scenario-file:open-dialog']();
    expect(result).toMatchObject({ status: 'error', code: 'too-large' });
    expect(result.status === 'error' && result.message).toMatch(/^huge\.json is 5\.1 MB; a scenario file can be at most 5 MB\.$/);
    expect(settings.get().recentFiles).toEqual([]);
  });

  it('refuses a binary file as not UTF-8, and a vanished one as not found', async () => {
    const path = join(dir, 'chart.png');
    await writeFile(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00]));
    answers.push(path, join(dir, 'gone.json'));
    expect(await handlers['scenario-file:open-dialog']()).toMatchObject({ status: 'error', code: 'not-utf8' });
    expect(await handlers['scenario-file:open-dialog']()).toMatchObject({ status: 'error', code: 'not-found' });
  });

  it('saves as a chosen path (adding .json), then saves there again without a dialog', async () => {
    const chosen = join(dir, 'mine');
    answers.push(chosen);
    expect(await handlers['scenario-file:save-as-dialog']('我的方案', '{"v":1}')).toEqual({ status: 'saved', path: `${chosen}.json`, name: 'mine.json' });
    expect(dialogs.chooseScenarioSavePath).toHaveBeenCalledWith(join(dir, 'Documents', '我的方案.json'));
    expect(await handlers['scenario-file:save'](`${chosen}.json`, '{"v":2}')).toMatchObject({ status: 'saved' });
    expect(await readFile(`${chosen}.json`, 'utf8')).toBe('{"v":2}');
    expect(settings.get().recentFiles).toEqual([`${chosen}.json`]);
  });

  it('refuses to overwrite a path the user never chose', async () => {
    const victim = join(dir, 'victim.txt');
    await writeFile(victim, 'precious');
    expect(await handlers['scenario-file:save'](victim, 'pwned')).toMatchObject({ status: 'error', code: 'not-allowed' });
    expect(await readFile(victim, 'utf8')).toBe('precious');
  });

  it('reopens only files on the recent list', async () => {
    const path = join(dir, 'a.json');
    await writeFile(path, '{}');
    expect(await handlers['scenario-file:open-recent'](path)).toMatchObject({ status: 'error', code: 'not-allowed' });
    await settings.update({ recentFiles: [path] });
    expect(await handlers['scenario-file:open-recent'](path)).toMatchObject({ status: 'opened', file: { text: '{}' } });
    // Reopening grants it for Save, like an Open would.
    expect(await handlers['scenario-file:save'](path, '{"x":1}')).toMatchObject({ status: 'saved' });
  });

  it('writes exports as UTF-8 text or as bytes, with the filters passed to the dialog', async () => {
    const csv = join(dir, 'out.csv');
    const png = join(dir, 'out.png');
    answers.push(csv, png);
    const filters = [{ name: 'CSV', extensions: ['csv'] }];
    expect(await handlers['export:save-file']({ suggestedName: 'out.csv', content: '年份,人口\n2025,135\n', filters })).toMatchObject({ status: 'saved', path: csv });
    expect(dialogs.chooseExportPath).toHaveBeenCalledWith(join(dir, 'Documents', 'out.csv'), filters);
    expect(await readFile(csv, 'utf8')).toBe('年份,人口\n2025,135\n');
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]);
    await handlers['export:save-file']({ suggestedName: 'out.png', content: bytes.subarray(2, 6), filters: [] });
    expect([...(await readFile(png))]).toEqual([0x4e, 0x47, 0, 1]);
  });

  it('reports a write it cannot make as an error result', async () => {
    answers.push(join(dir, 'no-such-folder', 'x.json'));
    const result = await handlers['scenario-file:save-as-dialog']('x', '{}');
    expect(result).toMatchObject({ status: 'error', code: 'io' });
  });
});

describe('settings through the handlers', () => {
  it('changes the language, stores it and rebuilds the menu only when it changed', async () => {
    expect((await handlers['settings:get']()).language).toBe('zh-CN');
    expect((await handlers['settings:set']({ language: 'en' })).language).toBe('en');
    expect(onLanguageChanged).toHaveBeenCalledWith('en');
    await handlers['settings:set']({ language: 'en' });
    expect(onLanguageChanged).toHaveBeenCalledTimes(1);
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')).language).toBe('en');
  });
});

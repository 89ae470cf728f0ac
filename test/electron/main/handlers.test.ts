import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { MAX_SCENARIO_BYTES, type HostHandlers, type Language } from '../../../src/host/contract';
import { createDropGrants, type DropGrants } from '../../../electron/main/drop-grants';
import { LIBRARY_FOLDER_NAME, createHandlers, type Dialogs } from '../../../electron/main/handlers';
import { openSettingsStore, type SettingsStore } from '../../../electron/main/settings-store';
import { scenarioText } from '../../helpers/folders';

let dir: string;
let settings: SettingsStore;
let answers: (string | null)[];
let dialogs: { [K in keyof Dialogs]: Mock };
let onLanguageChanged: Mock<(language: Language) => void>;
let handlers: HostHandlers;
let dropGrants: DropGrants;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xiqing-files-'));
  settings = await openSettingsStore(join(dir, 'settings.json'), { log: () => {} });
  // Each dialog call takes the next scripted answer (a path, or null for Cancel).
  answers = [];
  const answer = vi.fn(async () => answers.shift() ?? null);
  dialogs = { chooseScenarioToOpen: answer, chooseScenarioSavePath: answer, chooseExportPath: answer, chooseFolder: answer };
  onLanguageChanged = vi.fn<(language: Language) => void>();
  dropGrants = createDropGrants();
  handlers = createHandlers({
    dropGrants, settings, dialogs: dialogs as unknown as Dialogs, documentsFolder: join(dir, 'Documents'), recoveryFolder: join(dir, 'recovery'), onLanguageChanged, log: () => {},
    appInfo: { productName: 'x', version: '0.1.0', host: 'electron', runtime: 'test', platform: 'linux' },
  });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('scenario files through the handlers', () => {
  it('opens a chosen scenario file as text (BOM dropped) and remembers it and its folder', async () => {
    const path = join(dir, '趋势.json');
    await writeFile(path, `\uFEFF${scenarioText('趋势')}`);
    answers.push(path);
    const result = await handlers['scenario-file:open-dialog']();
    expect(result).toEqual({ status: 'opened', file: { path, name: '趋势.json', text: scenarioText('趋势') } });
    expect(dialogs.chooseScenarioToOpen).toHaveBeenCalledWith(join(dir, 'Documents'));
    expect(settings.get()).toMatchObject({ recentFiles: [path], scenarioFolder: dir });
  });

  it('returns no text for a file that is not a scenario, says why, and does not remember it', async () => {
    const foreign = join(dir, 'package.json');
    const future = join(dir, '未来.json');
    await writeFile(foreign, '{"name":"x","version":"1.0.0"}');
    await writeFile(future, JSON.stringify({ format: 'xiqing-population-scenario', version: 99, name: 'x' }));
    answers.push(foreign, future);
    expect(await handlers['scenario-file:open-dialog']()).toEqual({ status: 'error', kind: 'foreign', message: expect.stringMatching(/^package\.json: not a scenario file/) });
    expect(await handlers['scenario-file:open-dialog']()).toMatchObject({ status: 'error', kind: 'future-version', version: 99 });
    expect(settings.get().recentFiles).toEqual([]);
  });

  it('opens a dropped file by its full path and grants it for Save', async () => {
    const path = join(dir, '拖入.json');
    await writeFile(path, scenarioText('拖入'));
    expect(await handlers['scenario-file:open-dropped']('拖入.json')).toMatchObject({ status: 'error', kind: 'not-allowed' });
    dropGrants.grant([path]);
    expect(await handlers['scenario-file:open-dropped'](path)).toMatchObject({ status: 'opened', file: { name: '拖入.json' } });
    expect(await handlers['scenario-file:save'](path, scenarioText('拖入', { notes: '改' }))).toMatchObject({ status: 'saved' });
    expect(await readFile(path, 'utf8')).toBe(scenarioText('拖入', { notes: '改' }));
  });

  it('will not save over a granted file that has since become unreadable, nor save text that is not a scenario', async () => {
    const path = join(dir, 'a.json');
    await writeFile(path, scenarioText('a'));
    answers.push(path);
    await handlers['scenario-file:open-dialog']();
    const newer = JSON.stringify({ format: 'xiqing-population-scenario', version: 3, name: 'a' });
    await writeFile(path, newer);
    expect(await handlers['scenario-file:save'](path, scenarioText('a'))).toMatchObject({ status: 'error', kind: 'future-version', message: expect.stringMatching(/^a\.json was not overwritten/) });
    expect(await readFile(path, 'utf8')).toBe(newer);
    expect(await handlers['scenario-file:save'](path, '{"not":"a scenario"}')).toMatchObject({ status: 'error', kind: 'foreign' });
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
    expect(result).toMatchObject({ status: 'error', kind: 'too-large' });
    expect(result.status === 'error' && result.message).toMatch(/^huge\.json is 5\.1 MB; a scenario file can be at most 5 MB\.$/);
    expect(settings.get().recentFiles).toEqual([]);
  });

  it('refuses a binary file as damaged (not UTF-8), and a vanished one as not found', async () => {
    const path = join(dir, 'chart.png');
    await writeFile(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00]));
    answers.push(path, join(dir, 'gone.json'));
    expect(await handlers['scenario-file:open-dialog']()).toMatchObject({ status: 'error', kind: 'not-json', message: expect.stringMatching(/not UTF-8/) });
    expect(await handlers['scenario-file:open-dialog']()).toMatchObject({ status: 'error', kind: 'not-found' });
  });

  it('saves as a chosen path (adding .json), then saves there again without a dialog', async () => {
    const chosen = join(dir, 'mine');
    answers.push(chosen);
    expect(await handlers['scenario-file:save-as-dialog']('我的方案', scenarioText('v1'))).toEqual({ status: 'saved', path: `${chosen}.json`, name: 'mine.json' });
    expect(dialogs.chooseScenarioSavePath).toHaveBeenCalledWith(join(dir, 'Documents', '我的方案.json'));
    expect(await handlers['scenario-file:save'](`${chosen}.json`, scenarioText('v2'))).toMatchObject({ status: 'saved' });
    expect(await readFile(`${chosen}.json`, 'utf8')).toBe(scenarioText('v2'));
    expect(settings.get().recentFiles).toEqual([`${chosen}.json`]);
  });

  it('refuses to overwrite a path the user never chose', async () => {
    const victim = join(dir, 'victim.txt');
    await writeFile(victim, 'precious');
    expect(await handlers['scenario-file:save'](victim, scenarioText('pwned'))).toMatchObject({ status: 'error', kind: 'not-allowed' });
    expect(await readFile(victim, 'utf8')).toBe('precious');
  });

  it('reopens only files on the recent list', async () => {
    const path = join(dir, 'a.json');
    await writeFile(path, scenarioText('a'));
    expect(await handlers['scenario-file:open-recent'](path)).toMatchObject({ status: 'error', kind: 'not-allowed' });
    await settings.update({ recentFiles: [path] });
    expect(await handlers['scenario-file:open-recent'](path)).toMatchObject({ status: 'opened', file: { text: scenarioText('a') } });
    // Reopening grants it for Save, like an Open would.
    expect(await handlers['scenario-file:save'](path, scenarioText('b'))).toMatchObject({ status: 'saved' });
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
    const result = await handlers['scenario-file:save-as-dialog']('x', scenarioText('x'));
    expect(result).toMatchObject({ status: 'error', kind: 'io' });
  });
});

describe('the library folder through the handlers', () => {
  it('defaults to a folder under Documents, changes only through the picker, and resets to the default', async () => {
    expect((await handlers['library:list']()).folder).toBe(join(dir, 'Documents', LIBRARY_FOLDER_NAME));
    const chosen = join(dir, '我的方案库');
    await mkdir(chosen);
    await writeFile(join(chosen, '已有.json'), scenarioText('已有'));
    answers.push(chosen);
    expect(await handlers['library:choose-folder']()).toEqual({ status: 'chosen', folder: chosen });
    expect(dialogs.chooseFolder).toHaveBeenCalledWith(join(dir, 'Documents', LIBRARY_FOLDER_NAME));
    const listing = await handlers['library:list']();
    expect(listing).toMatchObject({ folder: chosen, entries: [{ id: '已有.json', name: '已有' }] });
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')).libraryFolder).toBe(chosen);
    expect((await handlers['settings:set']({ libraryFolder: null })).libraryFolder).toBe(null);
    expect((await handlers['library:list']()).folder).toBe(join(dir, 'Documents', LIBRARY_FOLDER_NAME));
  });

  it('keeps the folder when the picker is cancelled or a file is picked', async () => {
    const file = join(dir, 'not-a-folder.json');
    await writeFile(file, '{}');
    expect(await handlers['library:choose-folder']()).toEqual({ status: 'canceled' });
    answers.push(file);
    expect(await handlers['library:choose-folder']()).toMatchObject({ status: 'error', kind: 'not-found' });
    expect(settings.get().libraryFolder).toBe(null);
  });

  it('keeps recovery records under userData, apart from the library', async () => {
    expect(await handlers['recovery:write']('未保存', scenarioText('未保存'))).toMatchObject({ status: 'saved' });
    expect(await readdir(join(dir, 'recovery'))).toHaveLength(1);
    expect(await handlers['recovery:list']()).toMatchObject([{ id: '未保存', name: '未保存' }]);
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

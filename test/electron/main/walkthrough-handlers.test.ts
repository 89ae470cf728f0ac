/**
 * Main's walkthrough channels against real files: open through the dialog (only walkthroughs come
 * back), save and save as (only valid walkthrough text is written, atomically, never over a file that
 * stopped being a walkthrough or was never chosen), and the presenter relay.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostHandlers, PresenterState } from '../../../src/host/contract';
import { createHandlers } from '../../../electron/main/handlers';
import { openSettingsStore, type SettingsStore } from '../../../electron/main/settings-store';
import { createWalkthroughHandlers, type PresenterControl } from '../../../electron/main/walkthrough-handlers';
import { serializeWalkthrough } from '../../../src/model/walkthrough-file/walkthrough-file';
import { makeTempFolder, scenarioText, snapshot } from '../../helpers/folders';

const lesson = (title: string) => serializeWalkthrough({
  title: { zh: title, en: title }, description: { zh: '', en: '' },
  steps: [{ title: { zh: '起点', en: 'Start' }, notes: { zh: '', en: '' }, scenario: { preset: 'trend' }, charts: ['residents', 'hukou'] }],
});
const state: PresenterState = {
  language: 'zh-CN', walkthroughTitle: '课', index: 0, count: 1,
  step: { title: '起点', notes: '', question: null, answer: null, revealed: false, changes: [] }, next: null,
};

let dir: string;
let cleanup: () => Promise<void>;
let settings: SettingsStore;
let answers: (string | null)[];
let presenter: { [K in keyof PresenterControl]: ReturnType<typeof vi.fn> };
let handlers: ReturnType<typeof createWalkthroughHandlers>;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempFolder());
  settings = await openSettingsStore(join(dir, 'settings.json'), { log: () => {} });
  answers = [];
  const answer = vi.fn(async () => answers.shift() ?? null);
  presenter = { open: vi.fn(async () => ({ status: 'opened' as const })), show: vi.fn(), command: vi.fn() };
  handlers = createWalkthroughHandlers({
    settings, documentsFolder: join(dir, 'Documents'), log: () => {},
    dialogs: { chooseWalkthroughToOpen: answer, chooseWalkthroughSavePath: answer },
    presenter: presenter as unknown as PresenterControl,
  });
});
afterEach(() => cleanup());

describe('walkthrough files in main', () => {
  it('opens a chosen walkthrough and returns its text; anything else comes back as an error without text', async () => {
    const path = join(dir, '培训.json');
    await writeFile(path, lesson('课'));
    const scenario = join(dir, '方案.json');
    await writeFile(scenario, scenarioText('方案'));
    const future = join(dir, 'future.json');
    await writeFile(future, JSON.stringify({ format: 'xiqing-population-walkthrough', version: 4 }));
    answers.push(path, scenario, future, join(dir, 'gone.json'));
    expect(await handlers['walkthrough-file:open-dialog']()).toEqual({ status: 'opened', file: { path, name: '培训.json', text: lesson('课') } });
    expect(await handlers['walkthrough-file:open-dialog']()).toEqual({ status: 'error', kind: 'foreign', message: expect.stringMatching(/^方案\.json: not a walkthrough file/) });
    expect(await handlers['walkthrough-file:open-dialog']()).toMatchObject({ status: 'error', kind: 'future-version', version: 4 });
    expect(await handlers['walkthrough-file:open-dialog']()).toMatchObject({ status: 'error', kind: 'not-found' });
    expect(await handlers['walkthrough-file:open-dialog']()).toEqual({ status: 'canceled' });
  });

  it('saves as a chosen path (adding .json), then saves there again; only a walkthrough is written', async () => {
    const chosen = join(dir, 'lesson');
    answers.push(chosen);
    expect(await handlers['walkthrough-file:save-as-dialog']('培训演示', lesson('v1'))).toEqual({ status: 'saved', path: `${chosen}.json`, name: 'lesson.json' });
    expect(await readFile(`${chosen}.json`, 'utf8')).toBe(lesson('v1'));
    expect(await handlers['walkthrough-file:save'](`${chosen}.json`, lesson('v2'))).toMatchObject({ status: 'saved' });
    expect(await readFile(`${chosen}.json`, 'utf8')).toBe(lesson('v2'));
    expect(await handlers['walkthrough-file:save'](`${chosen}.json`, scenarioText('not a lesson'))).toMatchObject({ status: 'error', kind: 'foreign' });
    expect(await handlers['walkthrough-file:save'](`${chosen}.json`, '{"format":"xiqing-population-walkthrough","version":1,"title":{"zh":"","en":""},"steps":[]}'))
      .toMatchObject({ status: 'error', kind: 'invalid', message: expect.stringMatching(/needs at least one step/) });
    expect(await readFile(`${chosen}.json`, 'utf8')).toBe(lesson('v2'));
  });

  it('writes nothing for text that is not a walkthrough, nor to a path the user never chose', async () => {
    const before = await snapshot(dir);
    answers.push(join(dir, 'x.json'));
    expect(await handlers['walkthrough-file:save-as-dialog']('x', 'not json')).toMatchObject({ status: 'error', kind: 'not-json' });
    const victim = join(dir, 'victim.json');
    expect(await handlers['walkthrough-file:save'](victim, lesson('pwned'))).toMatchObject({ status: 'error', kind: 'not-allowed' });
    expect(await snapshot(dir)).toEqual(before);
  });

  it('will not overwrite a granted file that has since stopped being a walkthrough', async () => {
    const path = join(dir, 'a.json');
    await writeFile(path, lesson('a'));
    answers.push(path);
    await handlers['walkthrough-file:open-dialog']();
    await writeFile(path, scenarioText('someone else'));
    expect(await handlers['walkthrough-file:save'](path, lesson('b'))).toMatchObject({ status: 'error', kind: 'foreign', message: expect.stringMatching(/^a\.json was not overwritten/) });
    expect(await readFile(path, 'utf8')).toBe(scenarioText('someone else'));
  });

  it('reports a failed write as an error result', async () => {
    const failing = createWalkthroughHandlers({
      settings, documentsFolder: dir, log: () => {}, presenter: presenter as unknown as PresenterControl,
      dialogs: { chooseWalkthroughToOpen: async () => null, chooseWalkthroughSavePath: async () => join(dir, 'full.json') },
      writeFile: async () => { throw Object.assign(new Error('no space'), { code: 'ENOSPC' }); },
    });
    expect(await failing['walkthrough-file:save-as-dialog']('full', lesson('x'))).toMatchObject({ status: 'error', kind: 'io', message: expect.stringMatching(/disk is full/) });
  });
});

describe('the presenter relay in main', () => {
  it('opens the presenter window, forwards the state to it and its commands to the main window', async () => {
    expect(await handlers['walkthrough:open-presenter']()).toEqual({ status: 'opened' });
    await handlers['walkthrough:sync-presenter'](state);
    expect(presenter.show).toHaveBeenCalledWith(state);
    await handlers['walkthrough:presenter-command']('reveal');
    expect(presenter.command).toHaveBeenCalledWith('reveal');
  });

  it('answers "not allowed" where the host has no presenter window (the default of createHandlers)', async () => {
    const all: HostHandlers = createHandlers({
      settings, dialogs: {} as never, documentsFolder: dir, recoveryFolder: join(dir, 'r'), onLanguageChanged: () => {}, log: () => {},
      appInfo: { productName: 'x', version: '0', host: 'electron', runtime: 't', platform: 'linux' },
    });
    expect(await all['walkthrough:open-presenter']()).toMatchObject({ status: 'error', kind: 'not-allowed' });
    expect(await all['walkthrough-file:open-dialog']()).toEqual({ status: 'canceled' });
    await expect(all['walkthrough:sync-presenter'](state)).resolves.toBeUndefined();
  });
});

/**
 * `scenario-file:open-dropped` opens only a path the user really dropped moments ago (reported by the
 * preload from a trusted drop event), once; any other absolute path is refused unread. And no error
 * message quotes the bytes of a file that is not a scenario file.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostHandlers } from '../../../src/host/contract';
import { createDropGrants, DROP_GRANT_MS, type DropGrants } from '../../../electron/main/drop-grants';
import { createHandlers, type Dialogs } from '../../../electron/main/handlers';
import { openSettingsStore } from '../../../electron/main/settings-store';
import { scenarioText } from '../../helpers/folders';

let dir: string;
let clock: number;
let grants: DropGrants;
let handlers: HostHandlers;
let answers: (string | null)[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xiqing-drops-'));
  clock = 1_000_000;
  grants = createDropGrants(() => clock);
  answers = [];
  const answer = async () => answers.shift() ?? null;
  handlers = createHandlers({
    settings: await openSettingsStore(join(dir, 'settings.json'), { log: () => {} }),
    dialogs: { chooseScenarioToOpen: answer, chooseScenarioSavePath: answer, chooseExportPath: answer, chooseFolder: answer } as Dialogs,
    documentsFolder: join(dir, 'Documents'), recoveryFolder: join(dir, 'recovery'), onLanguageChanged: () => {}, log: () => {},
    appInfo: { productName: 'x', version: '0.1.0', host: 'electron', runtime: 'test', platform: 'linux' },
    dropGrants: grants,
  });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A file with the contents of a password-hash file, and one whose "format" holds a secret. */
async function secrets() {
  const shadow = join(dir, 'shadow');
  await writeFile(shadow, 'root:*:20200:0:99999:7:::\ndaemon:*:20200:0:99999:7:::\n');
  const config = join(dir, 'config.json');
  await writeFile(config, JSON.stringify({ format: 'api-key-SECRET-12345', token: 'SECRET-12345' }));
  return { shadow, config };
}

describe('opening dropped files', () => {
  it('refuses any absolute path that was not dropped, without reading it', async () => {
    const { shadow } = await secrets();
    for (const path of [shadow, '/etc/shadow', '/etc/passwd']) {
      expect(await handlers['scenario-file:open-dropped'](path)).toEqual({
        status: 'error', kind: 'not-allowed', message: 'Only a file just dropped on the window can be opened this way.',
      });
    }
  });

  it('opens a dropped scenario once; a second open of the same drop is refused', async () => {
    const path = join(dir, '拖入.json');
    await writeFile(path, scenarioText('拖入'));
    grants.grant([path]);
    expect(await handlers['scenario-file:open-dropped'](path)).toMatchObject({ status: 'opened', file: { path, name: '拖入.json' } });
    expect(await handlers['scenario-file:open-dropped'](path)).toMatchObject({ status: 'error', kind: 'not-allowed' });
  });

  it('a drop expires after a minute', async () => {
    const path = join(dir, '拖入.json');
    await writeFile(path, scenarioText('拖入'));
    grants.grant([path]);
    clock += DROP_GRANT_MS + 1;
    expect(await handlers['scenario-file:open-dropped'](path)).toMatchObject({ status: 'error', kind: 'not-allowed' });
    expect(DROP_GRANT_MS).toBe(60_000);
  });

  it('ignores grants that are not lists of absolute paths', async () => {
    const path = join(dir, '拖入.json');
    await writeFile(path, scenarioText('拖入'));
    grants.grant(path);
    grants.grant([{ path }, '拖入.json']);
    expect(grants.take(path)).toBe(false);
  });
});

describe('error messages never quote a file that is not a scenario', () => {
  it('a dropped password file: the message says it is not JSON, without its bytes', async () => {
    const { shadow } = await secrets();
    grants.grant([shadow]);
    const result = await handlers['scenario-file:open-dropped'](shadow);
    expect(result).toMatchObject({ status: 'error', kind: 'not-json' });
    expect(JSON.stringify(result)).not.toMatch(/root|daemon|20200|99999/);
  });

  it('a JSON file with another "format": the message does not repeat its value', async () => {
    const { config } = await secrets();
    grants.grant([config]);
    const dropped = await handlers['scenario-file:open-dropped'](config);
    answers.push(config);
    const chosen = await handlers['scenario-file:open-dialog']();
    for (const result of [dropped, chosen]) {
      expect(result).toEqual({ status: 'error', kind: 'foreign', message: 'config.json: not a scenario file: its "format" is not "xiqing-population-scenario".' });
    }
  });
});

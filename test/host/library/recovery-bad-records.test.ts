/**
 * One bad recovery record never hides the others: a record whose text is nested 5,000 deep, and a
 * file that is not a record at all, leave every other record listed; the unreadable one is reported
 * to the log and left on disk.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFsBackend } from '../../../electron/main/library-fs-backend';
import { createLibraryHandlers } from '../../../src/host/library/library-handlers';
import { recoveryFileName } from '../../../src/host/library/recovery';
import { makeTempFolder, scenarioText } from '../../helpers/folders';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempFolder()));
afterEach(() => cleanup());

const deepText = `{"format":"xiqing-population-scenario","version":1,"name":"深","levers":{"talentInflow":${'['.repeat(5000)}1${']'.repeat(5000)}}}`;

describe('recovery:list with bad records', () => {
  it('lists the good records and the deep one (as unnamed text), skips and reports the unreadable file', async () => {
    const recoveryFolder = join(dir, 'recovery');
    const logged: string[] = [];
    const handlers = createLibraryHandlers(createFsBackend({ libraryFolder: () => join(dir, 'library'), recoveryFolder }), { log: (m) => logged.push(m) });
    await handlers['recovery:write']('好方案.json', scenarioText('好方案'));
    await handlers['recovery:write']('深.json', deepText);
    await handlers['recovery:write']('另一个.json', scenarioText('另一个'));
    await writeFile(join(recoveryFolder, 'not-a-record.json'), '{"hello": "world"}');

    const listed = await handlers['recovery:list']();
    expect(listed.map((r) => [r.id, r.name]).sort()).toEqual([['另一个.json', '另一个'], ['好方案.json', '好方案'], ['深.json', null]]);
    expect(listed.find((r) => r.id === '深.json')!.text).toBe(deepText);
    expect(logged).toEqual(['recovery: skipped not-a-record.json: not a readable recovery record']);
    expect((await readdir(recoveryFolder)).sort()).toEqual(
      [recoveryFileName('好方案.json'), recoveryFileName('深.json'), recoveryFileName('另一个.json'), 'not-a-record.json'].sort(),
    );
  });
});

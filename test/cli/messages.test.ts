/**
 * Error messages stay short and say what is wrong: echoed values are capped, 1e999 is "not a finite
 * number", UTF-16 is named and UTF-8 asked for, invalid UTF-8 is refused by the CLI as by the app,
 * a result that overflows is refused naming the year and cell, and an impossible SOURCE_DATE_EPOCH is
 * ignored with a warning.
 */
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openScenarioAt } from '../../electron/main/scenario-files';
import { serializeScenario } from '../../src/model/scenario-file/scenario-file';
import { smallInputsFile } from '../model/inputs-file/small-file';
import { runCli } from './support/cli-harness';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cli-messages-'));
});

/** Writes `content` to `dir/name` and returns the path. */
async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

const scenarioWith = (leverJson: string) => `{"format":"xiqing-population-scenario","version":1,"name":"x","levers":{"talentInflow":${leverJson}}}`;

describe('echoed values are capped', () => {
  it('a lever value of 5 million elements gives a message of a few hundred bytes, not 10 MB', async () => {
    const path = await file('huge.json', scenarioWith(`[${new Array(5_000_000).fill('0').join(',')}]`));
    const run = await runCli([path]);
    expect(run.code).toBe(2);
    expect(run.stderr.length).toBeLessThan(1000);
    expect(run.stderr).toMatch(/more than 100,000 values/);
  });

  it('a lever value of 50,000 elements (under the size limit) is described, not printed', async () => {
    const path = await file('long.json', scenarioWith(`[${new Array(50_000).fill('0').join(',')}]`));
    const run = await runCli([path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('lever talentInflow must be a number, got a list of 50000 values');
    expect(run.stderr.length).toBeLessThan(1000);
  });

  it('a long string value is cut short', async () => {
    const path = await file('string.json', scenarioWith(JSON.stringify('x'.repeat(1_000_000))));
    const run = await runCli([path]);
    expect(run.code).toBe(2);
    expect(run.stderr.length).toBeLessThan(1000);
  });
});

describe('numbers JSON cannot hold', () => {
  it('1e999 is reported as not a finite number, not as null', async () => {
    const run = await runCli([await file('inf.json', scenarioWith('1e999'))]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('lever talentInflow is not a finite number');
    expect(run.stderr).not.toContain('null');
  });

  it('inputs that overflow are refused, naming the year and the cell, and nothing is written', async () => {
    const inputs = smallInputsFile();
    // Age 1 men survive into age 2 in 2001, where 1.7e308 net migrants join them: more than a double holds.
    inputs.basePopulation.male[1] = 1.7e308;
    inputs.years['2000'].netMigrants.male[2] = 1.7e308;
    const path = await file('overflow.json', JSON.stringify(inputs));
    const out = join(dir, 'result.json');
    const run = await runCli([path, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`project: ${path} cannot be projected:\n  - population in 2001, male, age 2 is not a finite number: the projection overflowed (some input is too large); nothing was written\n`);
    await expect(stat(out)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('text encodings: one rule for the CLI and the app', () => {
  const text = serializeScenario({ name: '编码', description: '', levers: {}, notes: '' });
  const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
  const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();
  /** The scenario's UTF-8 bytes with `bytes` (0xC3 0x28 is not UTF-8) in place of its name. */
  const withBytesInName = (bytes: number[]) => {
    const [before, after] = text.split('编码');
    return Buffer.concat([Buffer.from(before, 'utf8'), Buffer.from(bytes), Buffer.from(after, 'utf8')]);
  };

  it.each([
    ['UTF-16 with a byte-order mark (Windows "Unicode")', utf16le(text), 'it is UTF-16 (little-endian) text; save it as UTF-8 and try again'],
    ['UTF-16 big-endian without a mark', utf16be(text), 'it is UTF-16 (big-endian) text; save it as UTF-8 and try again'],
    ['invalid UTF-8 bytes in the name', withBytesInName([0xc3, 0x28]),
      'it is not UTF-8 text: it is damaged, binary, or in another encoding (save text files as UTF-8)'],
  ])('%s is refused with the same reason by both', async (_label, bytes, reason) => {
    const path = await file('encoded.json', bytes);
    const run = await runCli([path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`project: cannot read ${path}: ${reason}\n`);
    expect(await openScenarioAt(path)).toEqual({ status: 'error', kind: 'not-json', message: `encoded.json cannot be opened: ${reason}.` });
  });

  it('a UTF-8 file with a byte-order mark is read by both', async () => {
    const path = await file('bom.json', `\uFEFF${text}`);
    expect((await runCli([path])).code).toBe(0);
    expect(await openScenarioAt(path)).toMatchObject({ status: 'opened' });
  });
});

describe('SOURCE_DATE_EPOCH', () => {
  it('out of range is ignored with a warning, and the export is written', async () => {
    const out = join(dir, 'out.csv');
    const run = await runCli(['scenarios/trend.json', '--export', out], { SOURCE_DATE_EPOCH: '1e20' });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('project: warning: SOURCE_DATE_EPOCH 1e20 is outside 0..253402300799 (1970 to 9999) and was ignored; the export is dated now\n');
    expect((await readFile(out, 'utf8')).length).toBeGreaterThan(100);
  });

  it('a negative one too', async () => {
    const run = await runCli(['scenarios/trend.json', '--export', join(dir, 'out.csv')], { SOURCE_DATE_EPOCH: '-1' });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/SOURCE_DATE_EPOCH -1 is outside/);
  });
});

/** The CLI in-process (fast): messages, exit codes, outputs. The spawned process is tested in project-cli.test.ts. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/errors';
import { formatCliError } from '../../src/cli/run-project';
import { makeTempDir } from '../helpers/canada-inputs-file';
import { smallInputsFile } from '../model/inputs-file/small-file';
import { runCli } from './support/cli-harness';

describe('runProjectCli', () => {
  let dir: string;
  let valid: string;
  beforeAll(async () => {
    dir = await makeTempDir();
    valid = join(dir, 'small.json');
    await writeFile(valid, JSON.stringify(smallInputsFile()));
  });

  const writeJson = async (name: string, data: unknown) => {
    const path = join(dir, name);
    await writeFile(path, typeof data === 'string' ? data : JSON.stringify(data));
    return path;
  };

  it('prints the JSON result to stdout', async () => {
    const { code, stdout, stderr } = await runCli([valid]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout).years).toEqual([2000, 2001, 2002, 2003]);
  });

  it('writes CSV to --out, creating folders', async () => {
    const out = join(dir, 'a', 'b', 'result.csv');
    const { code, stdout } = await runCli([valid, '--format', 'csv', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const csv = await readFile(out, 'utf8');
    expect(csv.split('\n')[0]).toBe('year,sex,age,population');
    expect(csv.trimEnd().split('\n')).toHaveLength(1 + 4 * 2 * 4);
  });

  it('prints usage for --help', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: npm run project');
    expect(stdout).toContain('population-projection-inputs');
  });

  it('exits 2 with the usage hint on bad usage', async () => {
    const { code, stderr } = await runCli([]);
    expect(code).toBe(2);
    expect(stderr).toBe('project: no input file given\nRun "npm run project -- --help" for usage.\n');
  });

  it('exits 2 naming a file that cannot be read', async () => {
    const missing = join(dir, 'missing.json');
    expect(await runCli([missing])).toEqual({ code: 2, stdout: '', stderr: `project: cannot read ${missing}: no such file or folder\n` });
    expect((await runCli([dir])).stderr).toBe(`project: cannot read ${dir}: it is a folder, not a file\n`);
  });

  it('exits 2 with the line and column of invalid JSON', async () => {
    const path = await writeJson('broken.json', '{\n  "format": "population-projection-inputs",\n  "version": 1,\n}\n');
    const { code, stderr } = await runCli([path]);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^project: ${path.replace(/[.\\]/g, '\\$&')} is not valid JSON: .+ at line 4, column 1\\n$`));
  });

  it('exits 2 listing the supported formats for an unknown format', async () => {
    const path = await writeJson('other.json', { format: 'something-else' });
    const { code, stderr } = await runCli([path]);
    expect(code).toBe(2);
    expect(stderr).toContain(`project: ${path} cannot be projected:\n`);
    expect(stderr).toContain('  - format "something-else" is not supported (supported formats: "population-projection-inputs", "xiqing-population-scenario")\n');
  });

  it('exits 2 listing every problem of an invalid file', async () => {
    const file = smallInputsFile();
    file.years['2001'].mx.female.pop();
    delete file.years['2002'];
    const path = await writeJson('invalid.json', file);
    const { code, stdout, stderr } = await runCli([path, '--out', join(dir, 'never.json')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      [
        `project: ${path} is not a valid population-projection-inputs file:`,
        '  - years.2001.mx.female has 3 values, expected 4',
        '  - years.2002 is missing (steps 3 from 2000 need years 2000..2002)',
        '',
      ].join('\n'),
    );
    await expect(readFile(join(dir, 'never.json'))).rejects.toThrow();
  });

  it('exits 2 when --out cannot be written', async () => {
    const blocker = await writeJson('a-file', 'x');
    const { code, stderr } = await runCli([valid, '--out', join(blocker, 'r.json')]);
    expect(code).toBe(2);
    expect(stderr).toBe(`project: cannot write ${join(blocker, 'r.json')}: a part of the path is a file, not a folder\n`);
  });

  it('lists at most 50 problems and counts the rest', () => {
    const problems = Array.from({ length: 53 }, (_, i) => `problem ${i}`);
    const lines = formatCliError(new CliError('f.json is not valid', problems)).trimEnd().split('\n');
    expect(lines).toHaveLength(52);
    expect(lines.at(-1)).toBe('  … and 3 more problems');
  });

  it('leaves existing folders alone when writing', async () => {
    await mkdir(join(dir, 'exists'), { recursive: true });
    expect((await runCli([valid, '--out', join(dir, 'exists', 'r.json')])).code).toBe(0);
  });
});

describe('runProjectCli warnings', () => {
  it('warns on stderr (exit 0) when net emigration was capped', async () => {
    const dir = await makeTempDir();
    const file = smallInputsFile();
    file.years['2000'].netMigrants.male[2] = -1e6;
    const path = join(dir, 'capped.json');
    await writeFile(path, JSON.stringify(file));
    const { code, stderr } = await runCli([path, '--out', join(dir, 'r.json')]);
    expect(code).toBe(0);
    expect(stderr).toBe('project: warning: net emigration exceeded the population in 1 cell and was capped there\n');
  });
});

/**
 * `npm run project -- a.json b.json c.json --export out.{xlsx,csv,pptx}`: in-process for the error
 * paths, and spawned end to end for each format, with the files read back and compared with the model.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDate } from '../../src/cli/export-scenarios';
import { buildCsvText, displayScale } from '../../src/export';
import { compareScenarios } from '../../src/model/compare';
import { xiqingServiceRows } from '../../src/model/service-demand';
import { xiqingIndicators } from '../../src/model/xiqing/model';
import { loadPreset } from '../export/fixtures';
import { readPptx } from '../export/pptx-xml';
import { runCli } from './support/cli-harness';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = join(REPO, 'node_modules', '.bin', 'tsx');
const PRESETS = ['plan-targets', 'low-fertility', 'talent-led'];
const FILES = PRESETS.map((p) => `scenarios/${p}.json`);
/** 2025-01-31 12:00 UTC: the same calendar date in every time zone from UTC−11 to UTC+11. */
const EPOCH = '1738324800';

const scenarios = PRESETS.map(loadPreset);
const model = scenarios.map((s) => ({ rows: xiqingIndicators(s.levers), services: xiqingServiceRows(s.levers) }));

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, ['src/cli/project.ts', ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH },
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** In-process, at the fixed time the spawned runs use. */
const run = (argv: string[]) => runCli(argv, { SOURCE_DATE_EPOCH: EPOCH });

describe('npm run project -- … --export (spawned)', () => {
  let dir: string;
  let version: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'export-cli-'));
    version = (JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
  });

  it('writes the CSV the app’s builder writes, with the model’s values in whole persons', async () => {
    const out = join(dir, 'csv', '比较.csv');
    expect(cli([...FILES, '--export', out])).toEqual({ status: 0, stdout: '', stderr: '' });
    const bytes = await readFile(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    const same = buildCsvText(compareScenarios(scenarios), { lang: 'zh-CN', appVersion: version, date: new Date(Number(EPOCH) * 1000) });
    expect(text).toBe(same);
    expect(text).toContain(`# 版本,"${version}"`);
    expect(text).toContain('# 导出日期,"2025-01-31"');
    const records = parse(text, { bom: true, comment: '#', comment_no_infix: true, columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(3 * 16);
    expect(records.filter((r) => r['情景'] === '低生育率').map((r) => Number(r['常住人口（人）']))).toEqual(model[1].rows.map((r) => Math.round(r.residents)));
  });

  it('writes the XLSX: sheets, frozen header, the model’s numbers and differences', async () => {
    const out = join(dir, 'cmp.xlsx');
    expect(cli([...FILES, '--export', out, '--lang', 'en'])).toEqual({ status: 0, stdout: '', stderr: '' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Comparison', 'Plan targets met', 'Low fertility', 'Talent-led growth', 'About and levers']);
    const talent = wb.getWorksheet('Talent-led growth')!;
    expect(talent.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(talent.getRow(1).getCell(3).value).toBe('Hukou population (persons)');
    expect(model[2].rows.map((_, t) => talent.getRow(2 + t).getCell(3).value)).toEqual(model[2].rows.map((r) => r.hukouPopulation));
    const comparison = wb.getWorksheet('Comparison')!;
    const residents2035 = comparison.getRow(5);
    expect(residents2035.getCell(1).value).toBe('Resident population');
    expect(residents2035.getCell(3).value).toBe(2035);
    const base = model[0].rows[15].residents;
    expect(residents2035.getCell(4).value).toBe(base);
    expect(residents2035.getCell(5).value).toBe(model[1].rows[15].residents);
    expect(residents2035.getCell(6).value as number).toBeCloseTo(model[1].rows[15].residents - base, 6);
    expect(residents2035.getCell(10).value as number).toBeCloseTo((model[2].rows[15].residents - base) / base, 12);
    expect(wb.getWorksheet('About and levers')!.getRow(2).values).toEqual([undefined, 'Version', version]);
  });

  it('writes the PPTX: slides, native charts with the model’s numbers', async () => {
    const out = join(dir, 'deck.pptx');
    expect(cli([...FILES, '--export', out])).toEqual({ status: 0, stdout: '', stderr: '' });
    const { slides } = await readPptx(await readFile(out));
    // One chart per slide (nine), two table slides for each of three years.
    expect(slides.filter((s) => s.charts.length === 1)).toHaveLength(9);
    expect(slides.filter((s) => /^主要指标比较/.test(s.texts[0]))).toHaveLength(6);
    expect(slides[0].texts.some((t) => t.endsWith('1. 规划目标情景（基准）'))).toBe(true);
    const charts = slides.flatMap((s) => s.charts);
    const hukou = charts.find((c) => c.title.startsWith('户籍人口'))!;
    const display = displayScale('hukouPopulation', 'zh-CN');
    hukou.series.slice(0, 3).forEach((s, i) => s.values.forEach((v, t) => expect(Math.abs(v! - model[i].rows[t].hukouPopulation / 10_000)).toBeLessThanOrEqual(0.005 + 1e-9)));
    expect(display.scale).toBe(10_000);
    const beds = charts.find((c) => c.title.startsWith('养老床位需求'))!;
    expect(beds.series[2].values).toEqual(model[2].services.map((r) => Math.round(r.careBeds)));
  });
});

describe('runProjectCli --export (in-process)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'export-cli-'));
  });

  it('exits 2 naming a file that is not a scenario, and writes nothing', async () => {
    const other = join(dir, 'inputs.json');
    await writeFile(other, JSON.stringify({ format: 'population-projection-inputs' }));
    const out = join(dir, 'never.xlsx');
    const { code, stdout, stderr } = await run([FILES[0], other, '--export', out]);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toBe(
      `project: ${other} is not a scenario file, so it cannot be exported:\n` +
        '  - not a scenario file: its "format" is not "xiqing-population-scenario"\n',
    );
    expect(await readdir(dir)).toEqual(['inputs.json']);
  });

  it('exits 2 listing the problems of an invalid scenario file', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ format: 'xiqing-population-scenario', version: 1, name: 'x', levers: { tfr2025: 9 } }));
    const { code, stderr } = await run([bad, '--export', join(dir, 'x.csv')]);
    expect(code).toBe(2);
    expect(stderr).toBe(`project: ${bad} is not a valid xiqing-population-scenario file:\n  - levers.tfr2025: lever tfr2025 is 9, outside its range 0.3 to 2.5 (births per woman)\n`);
  });

  it('exits 2 with the usage hint for too many files or an unknown extension', async () => {
    expect((await run([...FILES, ...FILES, FILES[0], '--export', 'x.csv'])).stderr).toBe(
      'project: --export compares at most 6 scenario files, got 7\nRun "npm run project -- --help" for usage.\n',
    );
    expect((await run([FILES[0], '--export', 'x.docx'])).stderr).toBe(
      'project: --export needs a file ending in .csv, .xlsx, .pptx; got "x.docx"\nRun "npm run project -- --help" for usage.\n',
    );
  });

  it('takes the export date from SOURCE_DATE_EPOCH when set', () => {
    const now = new Date(2030, 5, 1);
    expect(exportDate({}, now)).toBe(now);
    expect(exportDate({ SOURCE_DATE_EPOCH: '0' }, now).getTime()).toBe(0);
    expect(() => exportDate({ SOURCE_DATE_EPOCH: 'soon' })).toThrow('SOURCE_DATE_EPOCH must be a number of seconds, got "soon"');
  });
});

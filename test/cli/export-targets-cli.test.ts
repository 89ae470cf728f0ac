/**
 * `npm run project -- a.json … --export F --targets-file T.json [--uncertainty N] [--sensitivity IND]`:
 * the exports read the target set in T.json (a draft 2030 set here), carry the bands and the tornado,
 * and a bad targets file stops the export before anything is written.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPptx } from '../export/pptx-xml';
import { runCli } from './support/cli-harness';

const DRAFT = {
  format: 'xiqing-targets', version: 1, name: 'Draft 2030 targets',
  targets: [{ indicator: 'residents', year: 2030, value: 1400000, kind: 'atLeast', source: 'draft: at least 1.4 M residents' }],
};

let dir: string;
let targetsFile: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'export-targets-'));
  targetsFile = join(dir, 'draft.targets.json');
  await writeFile(targetsFile, JSON.stringify(DRAFT));
});

describe('npm run project --export with --targets-file', () => {
  it('PPTX: the draft set’s 2030 diamond, the baseline’s bands and a tornado slide', async () => {
    const out = join(dir, 'deck.pptx');
    const run = await runCli(['scenarios/trend.json', 'scenarios/plan-targets.json', '--export', out, '--lang', 'en', '--targets-file', targetsFile, '--uncertainty', '30', '--sensitivity', 'residents', '--in', '2030']);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    const { slides } = await readPptx(await readFile(out));
    const residents = slides.flatMap((s) => s.charts).find((c) => c.title.startsWith('Resident population'))!;
    const marker = residents.series.find((s) => s.name === 'Draft 2030 targets')!;
    expect(marker.values[marker.categories.indexOf('2030')]).toBe(1400000);
    expect(residents.series.some((s) => s.name.endsWith('80% range'))).toBe(true);
    expect(slides.some((s) => s.texts[0]?.startsWith('Sensitivity: Resident population in 2030'))).toBe(true);
  });

  it('CSV: the set and its target in the metadata lines', async () => {
    const out = join(dir, 'data.csv');
    const run = await runCli(['scenarios/trend.json', '--export', out, '--lang', 'en', '--targets-file', targetsFile]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    const text = await readFile(out, 'utf8');
    expect(text).toContain('# Target set,"Draft 2030 targets"');
    expect(text).toContain('# Target: Resident population (2030),"≥ 1,400,000 persons · draft: at least 1.4 M residents"');
  });

  it('a damaged targets file is refused with its located message and nothing is written', async () => {
    const bad = join(dir, 'bad.targets.json');
    await writeFile(bad, JSON.stringify({ ...DRAFT, targets: [{ ...DRAFT.targets[0], value: -1 }] }));
    const out = join(dir, 'never.xlsx');
    const run = await runCli(['scenarios/trend.json', '--export', out, '--targets-file', bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('targets.0.value');
    expect(existsSync(out)).toBe(false);
  });

  it('a tornado needs a workbook or a deck, and a known indicator', async () => {
    const csv = await runCli(['scenarios/trend.json', '--export', join(dir, 'x.csv'), '--sensitivity', 'residents']);
    expect(csv.stderr).toContain('--sensitivity with --export needs an .xlsx or .pptx file');
    const unknown = await runCli(['scenarios/trend.json', '--export', join(dir, 'x.xlsx'), '--sensitivity', 'happiness']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown indicator "happiness"');
  });
});

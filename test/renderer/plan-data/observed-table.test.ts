/** The observed table's logic: figures as typed (万 understood), per-cell messages, pasted blocks, merging. */
import { describe, expect, it } from 'vitest';
import { draftErrors, draftToFile, emptyRow, fileToDraft, mergeRows, parseFigure, parsePastedBlock } from '../../../renderer/src/plan-data/observed-table';
import { draftToTargets, draftOf, newTargetRow } from '../../../renderer/src/plan-data/target-set-draft';
import { PLAN_TARGET_SET } from '../../../src/model/service-demand/plan-targets';

describe('observed table', () => {
  it('reads figures as bulletins and spreadsheets write them', () => {
    expect(parseFigure('1186200')).toEqual({ ok: true, value: 1_186_200 });
    expect(parseFigure('1,186,200')).toEqual({ ok: true, value: 1_186_200 });
    expect(parseFigure('118.62万')).toEqual({ ok: true, value: 1_186_200 });
    expect(parseFigure('48.43万人')).toEqual({ ok: true, value: 484_300 });
    expect(parseFigure('  ')).toEqual({ ok: true, value: undefined });
    expect(parseFigure('abc')).toEqual({ ok: false, error: { key: 'number' } });
    expect(parseFigure('-5')).toEqual({ ok: false, error: { key: 'number' } });
    expect(parseFigure('1e12')).toEqual({ ok: false, error: { key: 'number' } });
    expect(parseFigure('200000000')).toEqual({ ok: false, error: { key: 'tooLarge' } });
  });

  it('fills rows from a block pasted from Excel, skipping a header line and reporting bad lines', () => {
    const pasted = parsePastedBlock('年份\t常住人口\t户籍人口\r\n2021\t1190000\t475000\r\n2022年\t118.62万\t\t9000\r\nTotal\t1\r\n2023\t1\t2\t3\t4\t5\n');
    expect(pasted.rows.map((r) => [r.year, r.residents, r.hukouPopulation, r.births, r.deaths])).toEqual([
      ['2021', '1190000', '475000', '', ''],
      ['2022年', '118.62万', '', '9000', ''],
      ['2023', '1', '2', '3', '4'],
    ]);
    expect(pasted.problems).toEqual([{ key: 'pasteYear', values: { line: 4, text: 'Total' } }, { key: 'columns', values: { line: 5 } }]);
  });

  it('merges pasted years into the table: a year replaces its row (keeping its source), new years are added in order', () => {
    const current = [{ ...emptyRow('2022'), residents: '1', source: 'bulletin', grade: 'B' as const }, emptyRow('')];
    const merged = mergeRows(current, parsePastedBlock('2023\t5\n2022\t7').rows);
    expect(merged.map((r) => [r.year, r.residents, r.source])).toEqual([['2022', '7', 'bulletin'], ['2023', '5', '']]);
    expect(merged[0].key).toBe(current[0].key);
  });

  it('marks each wrong cell and builds the file only when every cell is right', () => {
    const rows = [{ ...emptyRow('2022'), residents: 'x' }, { ...emptyRow('2022'), births: '9000' }, emptyRow('1999')];
    const errors = draftErrors(rows);
    expect(errors.get(rows[0].key)).toEqual({ residents: { key: 'number' } });
    expect(errors.get(rows[1].key)).toEqual({ year: { key: 'duplicateYear', values: { year: 2022 } } });
    expect(errors.get(rows[2].key)).toEqual({ year: { key: 'year' } });
    expect(draftToFile('x', '', rows)).toBeNull();
    const ok = [{ ...emptyRow('2023'), residents: '119.47万', grade: 'B' as const, source: ' s ' }, { ...emptyRow('2022'), hukouPopulation: '484300' }, emptyRow('2024')];
    const file = draftToFile('公报', '', ok)!;
    expect(file.observations).toEqual([{ year: 2022, hukouPopulation: 484_300 }, { year: 2023, residents: 1_194_700, source: 's', grade: 'B' }]);
    expect(draftToFile('公报', '', fileToDraft(file))).toEqual(file);
  });
});

describe('target set draft', () => {
  it('copies the active set (shares in %) and rebuilds it exactly', () => {
    const built = draftToTargets(PLAN_TARGET_SET.name, draftOf(PLAN_TARGET_SET));
    if (!built.ok) throw new Error(built.issues.join('; '));
    expect(built.set.targets.map((t) => [t.indicator, t.year, t.target, t.kind, t.tolerance])).toEqual(
      PLAN_TARGET_SET.targets.map((t) => [t.indicator, t.year, t.target, t.kind, t.tolerance]),
    );
  });

  it('shows the loader’s located messages for a wrong row', () => {
    const rows = [{ ...newTargetRow(2030), value: '1400000' }, { ...newTargetRow(2030), indicator: 'urbanisation', value: '96', kind: 'atLeast' as const }, { ...newTargetRow(2030), value: 'lots' }];
    const built = draftToTargets('2030', rows);
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.issues).toEqual(expect.arrayContaining([expect.stringMatching(/^targets\.2\.value: /)]));
    const fine = draftToTargets('2030', rows.slice(0, 2));
    expect(fine.ok && fine.set.targets.map((t) => t.target)).toEqual([1_400_000, 0.96]);
  });
});

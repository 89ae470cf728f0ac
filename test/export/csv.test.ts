/** The CSV export parsed back with csv-parse: BOM, metadata lines, header, and every value the model's, rounded as documented. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BOM, buildCsv, buildCsvText, columnHeader, exportColumns } from '../../src/export';
import { INDICATORS } from '../../src/model/indicators';
import { xiqingServiceRows } from '../../src/model/service-demand';
import { xiqingIndicators } from '../../src/model/xiqing/model';
import { nameParts, options, presetComparison } from './fixtures';

const comparison = presetComparison();
const metaLines = (text: string) => text.slice(1).split('\r\n').filter((l) => l.startsWith('#'));

describe('CSV export', () => {
  const bytes = buildCsv(comparison, options('zh-CN'));
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

  it('is UTF-8 with a byte-order mark and CRLF line ends', () => {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toBe(buildCsvText(comparison, options('zh-CN')));
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('starts with metadata lines: app, version, date, data vintage, scenarios, changed levers', () => {
    const lines = metaLines(text);
    expect(lines.slice(0, 4)).toEqual([
      '# 应用,"西青区人口发展情景模拟器"',
      '# 版本,"9.8.7"',
      '# 导出日期,"2025-01-31"',
      expect.stringMatching(/^# 数据来源,".*七普.*WPP 2024.*2021—2025年.*"$/),
    ]);
    expect(lines).toContain('# 基准情景,"近期趋势"');
    expect(lines).toContain('# 情景2,"三孩政策见效"');
    expect(lines).toContain('# 情景3,"中心城区疏解加快"');
    expect(lines).toContain('# 与默认值不同的参数：近期趋势,"无（均为默认值）"');
    expect(lines).toContain('# 与默认值不同的参数：中心城区疏解加快,"中心城区人口疏解迁入 = 25,000人/年；疏解迁入者中迁入户口的比例 = 30%"');
    expect(lines.find((l) => l.includes('三孩政策见效,'))).toContain('三孩政策：二孩生育提升幅度 = 15%');
    expect(lines.at(-1)).toBe(`# 列标识,scenario,${exportColumns(comparison).join(',')}`);
  });

  it('has one table: scenario, year and every indicator, with the model’s values rounded (whole persons, shares to 4 decimals)', () => {
    const records = parse(text, { bom: true, comment: '#', comment_no_infix: true, columns: true, cast: false }) as Record<string, string>[];
    const columns = exportColumns(comparison);
    expect(Object.keys(records[0])).toEqual(['情景', ...columns.map((c) => columnHeader(c, 'zh-CN'))]);
    expect(columns).toContain('careBeds');
    expect(records).toHaveLength(3 * 16);
    let checked = 0;
    comparison.scenarios.forEach((s) => {
      const rows = xiqingIndicators(s.levers);
      const services = xiqingServiceRows(s.levers);
      const mine = records.filter((r) => r['情景'] === nameParts(s.name).zh);
      expect(mine.map((r) => Number(r['年份']))).toEqual(rows.map((r) => r.year));
      mine.forEach((record, t) => {
        const expected = { ...services[t], ...rows[t] } as unknown as Record<string, number>;
        columns.forEach((c) => {
          const cell = record[columnHeader(c, 'zh-CN')];
          const spec = c === 'year' ? undefined : INDICATORS[c];
          // Whole persons, places and beds; shares (and ratios shown as %) to 4 decimals; births per woman
          // and men per woman to 3; years and places per 1,000 to 2.
          const rate = c === 'childcareSupplyPer1000' ? 2 : 3;
          const decimals = !spec ? 0 : spec.percent ? 4 : { count: 0, share: 4, rate, years: 2, ratio: 3 }[spec.kind];
          expect(Math.abs(Number(cell) - expected[c]), `${s.name} ${rows[t].year} ${c} = ${cell}`).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);
          const [, fraction = ''] = cell.split('.');
          expect(fraction.length, `${c} ${cell}`).toBeLessThanOrEqual(decimals);
          checked++;
        });
      });
    });
    expect(checked).toBe(3 * 16 * columns.length);
  });

  it('writes English headers and names with --lang en', () => {
    const en = buildCsvText(comparison, options('en'));
    expect(metaLines(en)[0]).toBe('# App,"Xiqing Population Scenario Simulator"');
    expect(en).toContain('\r\n"Scenario","Year","Resident population (persons)","Hukou population (persons)",');
    expect(en).toContain('\r\n"Three-child policy uplift",2020,');
  });

  it('quotes text and defuses spreadsheet formulas in names', async () => {
    const { compareScenarios } = await import('../../src/model/compare');
    const c = compareScenarios([{ ...comparison.scenarios[0], name: '=HYPERLINK("x"), #1' }], { services: false });
    const csv = buildCsvText(c, options('en'));
    expect(csv).toContain('\r\n"\'=HYPERLINK(""x""), #1",2020,');
    const records = parse(csv, { bom: true, comment: '#', comment_no_infix: true, columns: true }) as Record<string, string>[];
    expect(records[0].Scenario).toBe('\'=HYPERLINK("x"), #1');
    expect(Object.keys(records[0])).not.toContain('Elderly-care beds needed (beds)');
  });
});

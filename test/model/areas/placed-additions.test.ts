/** Planned additions and the South Station lever land in their area and take nobody from the others. */
import { describe, expect, it } from 'vitest';
import { defaultAreasFile, xiqingAreas, type AreasFile } from '../../../src/model/areas';
import { DEFAULT_NORMS } from '../../../src/model/service-demand/norm-specs';
import { DEFAULT_LEVERS } from '../../../src/model/xiqing/levers/lever-values';

const base = defaultAreasFile();
const index = (code: string): number => base.areas.findIndex((a) => a.code === code);
const XINKOU = '120111102';
const ZHANGJIAWO = '120111103';
/** Tolerance for "not lower": floating-point noise of differencing two runs, persons. */
const NOISE = 1e-6;

describe('placed populations', () => {
  it('a planned addition raises its area from its year on and lowers no area below its level without it', () => {
    const file: AreasFile = { ...base, plannedAdditions: [{ year: 2024, area: XINKOU, persons: 10000 }] };
    const without = xiqingAreas(base, DEFAULT_LEVERS, DEFAULT_NORMS);
    const withIt = xiqingAreas(file, DEFAULT_LEVERS, DEFAULT_NORMS);
    const i = index(XINKOU);
    withIt.populations.years.forEach((year, t) => {
      const gain = withIt.rows[i][t].residents - without.rows[i][t].residents;
      if (year < 2024) expect(Math.abs(gain)).toBeLessThan(NOISE);
      else expect(gain).toBeGreaterThan(7000); // 10,000 arrive; some leave again over the years (outflow rate)
      base.areas.forEach((_, j) => {
        expect(withIt.rows[j][t].residents).toBeGreaterThanOrEqual(without.rows[j][t].residents - NOISE);
      });
    });
  });

  it('the South Station lever lands in Zhangjiawo and nowhere else', () => {
    const off = xiqingAreas(base, DEFAULT_LEVERS, DEFAULT_NORMS);
    const on = xiqingAreas(base, { ...DEFAULT_LEVERS, southStationPopulation: 150000, southStationCompletionYear: 2030 }, DEFAULT_NORMS);
    const z = index(ZHANGJIAWO);
    const t2030 = on.populations.years.indexOf(2030);
    expect(on.rows[z][t2030].residents - off.rows[z][t2030].residents).toBeGreaterThan(120000); // 150,000 arrive 2022–2030, a few leave again
    base.areas.forEach((_, j) => {
      if (j !== z) expect(Math.abs(on.rows[j][t2030].residents - off.rows[j][t2030].residents)).toBeLessThan(NOISE);
    });
  });

  it('fast-growing areas gain share and slow ones lose it, toward the district over time', () => {
    const r = xiqingAreas(base, DEFAULT_LEVERS, DEFAULT_NORMS);
    const share = (code: string, t: number): number => r.rows[index(code)][t].residents / r.district[t].residents;
    const zhongbei = '120111100';
    const yangliuqing = '120111101';
    expect(share(zhongbei, 5)).toBeGreaterThan(share(zhongbei, 0));
    expect(share(yangliuqing, 5)).toBeLessThan(share(yangliuqing, 0));
    // the differential decays: the share moves less in 2030–2035 than in 2020–2025
    expect(Math.abs(share(zhongbei, 15) - share(zhongbei, 10))).toBeLessThan(Math.abs(share(zhongbei, 5) - share(zhongbei, 0)));
  });

  it('each area keeps its own broad age structure in 2020 where the file gives one, and the host keeps the students', () => {
    const r = xiqingAreas(base, DEFAULT_LEVERS, DEFAULT_NORMS);
    const y = index('120111101');
    const z = index(ZHANGJIAWO);
    const old = (i: number): number => r.rows[i][0].age60plus / r.rows[i][0].residents;
    // Yangliuqing is given as older than Zhangjiawo (placeholder shares 23% vs 14%)
    expect(old(y)).toBeGreaterThan(old(z) + 0.05);
    const uni = index('120111402');
    expect(r.rows[uni][0].residents).toBeGreaterThan(86000);
    expect(r.rows[uni][15].residents).toBeGreaterThan(86000);
  });

  it('2020 area residents are the file’s shares of the district’s non-student residents, plus the students in their host', () => {
    const r = xiqingAreas(base, DEFAULT_LEVERS, DEFAULT_NORMS);
    // 86,593.4273 students: the district model's special population (base-population-2020.json)
    const nonStudent = base.areas.map((a) => a.residents2020 - (a.hostsStudents ? 86593.4273 : 0));
    const fileTotal = nonStudent.reduce((s, v) => s + v, 0);
    const districtNonStudent = r.district[0].residents - 86593.4273;
    base.areas.forEach((a, i) => {
      const expected = (nonStudent[i] / fileTotal) * districtNonStudent + (a.hostsStudents ? 86593.4273 : 0);
      expect(Math.abs(r.rows[i][0].residents - expected)).toBeLessThan(1e-6);
    });
  });
});

/**
 * Text outputs of an areas projection for the CLI and exports: JSON
 * `{ "scenario", "areasFile", "areas": [ { "code", "name", "years": [row, …] } ] }` and CSV with one row
 * per area and year. Both list the columns of {@link AREA_COLUMNS}.
 */
import type { AreaYearRow } from './area-demand';
import type { AreasResult } from './index';

/** Output columns per area-year, in order. Gaps are signed: need − supply (negative: surplus). */
export const AREA_COLUMNS = [
  'year', 'residents', 'age0to2', 'age3to5', 'age6to11', 'age12to14', 'age60plus', 'age80plus',
  'childcarePlacesByNorm', 'childcareSupply', 'childcareGap',
  'preschoolPlaces', 'preschoolClasses', 'kindergartens', 'kindergartenSupply', 'preschoolGap',
  'primaryPlaces', 'primaryClasses', 'primarySupply', 'primaryGap',
  'juniorPlaces', 'juniorClasses', 'juniorSupply', 'juniorGap',
  'careBeds', 'nursingBeds', 'careBedSupply', 'careBedGap',
  'dayCareCentres', 'dayCareCentreSupply', 'dayCareCentreGap',
] as const;

/** One area-year as a flat record of {@link AREA_COLUMNS}. */
export function flatAreaRow(r: AreaYearRow): Record<(typeof AREA_COLUMNS)[number], number> {
  return {
    year: r.year, residents: r.residents, age0to2: r.age0to2, age3to5: r.age3to5, age6to11: r.age6to11, age12to14: r.age12to14,
    age60plus: r.age60plus, age80plus: r.age80plus,
    childcarePlacesByNorm: r.childcarePlacesByNorm, childcareSupply: r.supply.childcare, childcareGap: r.childcareGap,
    preschoolPlaces: r.preschoolPlaces, preschoolClasses: r.preschoolClasses, kindergartens: r.kindergartens,
    kindergartenSupply: r.supply.kindergarten, preschoolGap: r.preschoolGap,
    primaryPlaces: r.primaryPlaces, primaryClasses: r.primaryClasses, primarySupply: r.supply.primary, primaryGap: r.primaryGap,
    juniorPlaces: r.juniorPlaces, juniorClasses: r.juniorClasses, juniorSupply: r.supply.junior, juniorGap: r.juniorGap,
    careBeds: r.careBeds, nursingBeds: r.nursingBeds, careBedSupply: r.supply.careHome, careBedGap: r.careBedGap,
    dayCareCentres: r.dayCareCentres, dayCareCentreSupply: r.supply.dayCareCentre, dayCareCentreGap: r.dayCareCentreGap,
  };
}

/** JSON text of an areas projection; `scenario` is what the scenario output carries. */
export function areasToJson(scenario: object, result: AreasResult): string {
  const areas = result.file.areas.map((a, i) => ({
    code: a.code,
    name: a.name.zh,
    nameEn: a.name.en,
    residents2020Grade: a.sources.residents2020.grade,
    years: result.rows[i].map(flatAreaRow),
  }));
  return JSON.stringify({ scenario, areasFile: result.file.name.zh, areas }, null, 1) + '\n';
}

const csvText = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** CSV text: `code,name,grade,` then the columns; one row per area and year. */
export function areasToCsv(result: AreasResult): string {
  const lines = [['code', 'name', 'residents2020Grade', ...AREA_COLUMNS].join(',')];
  result.file.areas.forEach((a, i) => {
    for (const r of result.rows[i]) {
      const flat = flatAreaRow(r);
      lines.push([csvText(a.code), csvText(a.name.zh), a.sources.residents2020.grade, ...AREA_COLUMNS.map((c) => String(flat[c]))].join(','));
    }
  });
  return lines.join('\n') + '\n';
}

/**
 * Sensitivity of the 2025 results to the calibration window, the post-census mapping and the outflow
 * rate (docs/calibration.md quotes its output). Each variant changes one choice and re-solves what the
 * default solves (the migration level is re-calibrated for another window or outflow rate).
 *
 * Run: npx tsx scripts/backtest/sensitivity.ts
 */
import { calibrateMigrationLevel, RESIDENT_GROWTH_PER_YEAR_2010_2020 } from '../../src/model/xiqing/calibration';
import { DEFAULT_LEVERS, type LeverValues } from '../../src/model/xiqing/levers/lever-values';
import { outsideMigrantsPath } from '../../src/model/xiqing/levers/default-paths';
import { runXiqing, xiqingBase, xiqingTfr2020 } from '../../src/model/xiqing/model';
import { indicatorRows } from '../../src/model/xiqing/scenario/indicators';
import { serviceRows } from '../../src/model/service-demand/demand';
import { DEFAULT_NORMS } from '../../src/model/service-demand/norm-specs';
import { xiqingOutsideLevelMapping } from '../../src/model/xiqing/rates/post-census-evidence';
import type { YearPath } from '../../src/model/xiqing/levers/year-path';

const base = xiqingBase();
const tfr = xiqingTfr2020();

function at2025(levers: LeverValues): string {
  const run = runXiqing({ ...levers, endYear: 2025 });
  const rows = indicatorRows(run);
  const services = serviceRows(run, DEFAULT_NORMS);
  const t = rows.findIndex((r) => r.year === 2025);
  const r = rows[t];
  const s = services[t];
  const k = (v: number): string => (v / 1000).toFixed(1);
  return `| ${k(r.residents)} k | ${k(r.hukouPopulation)} k | ${Math.round(r.births).toLocaleString('en-US')} | ${(100 * r.age60plusShare).toFixed(2)}% | ${Math.round(s.preschoolPlaces).toLocaleString('en-US')} | ${Math.round(s.careBeds).toLocaleString('en-US')} |`;
}

/** The default's structure with another level (and optionally another outflow rate or mapping). */
function withLevel(level: number, ratio: number, extra: Partial<LeverValues> = {}, path?: YearPath): LeverValues {
  return { ...DEFAULT_LEVERS, outsideMigrants: path ?? outsideMigrantsPath(level), centralCityInflow: Math.round((level * ratio) / 100) * 100, ...extra };
}

const ratio = (DEFAULT_LEVERS.centralCityInflow as number) / 18_100;
const lines: [string, LeverValues][] = [['default (2015–2020 level, decade settlement, deviation mapping, outflow 3%)', DEFAULT_LEVERS]];
const decade = calibrateMigrationLevel(base, tfr, { growthPerYear: RESIDENT_GROWTH_PER_YEAR_2010_2020 });
lines.push(['resident level from the census decade (+48.2 k a year)', withLevel(decade.outsideMigrants, ratio)]);
lines.push(['settlement from 2015–2020 hukou growth (1.9%, as plan-era-pace)', { ...DEFAULT_LEVERS, pointsSettlementRate: 0.019 }]);
const levelMapped: Record<string, number> = { '2020': 18_100 };
for (const y of [2021, 2022, 2023, 2024] as const) levelMapped[String(y)] = Math.max(0, Math.round((xiqingOutsideLevelMapping(y) + 11_400) / 100) * 100);
levelMapped['2025'] = 18_100;
lines.push(['level mapping (12.6% of Tianjin’s net migration itself; outflow of the outside state ≈ 11.4 k added back)', { ...DEFAULT_LEVERS, outsideMigrants: { byYear: levelMapped } }]);
lines.push(['no post-census shock (constant level)', { ...DEFAULT_LEVERS, outsideMigrants: 18_100 }]);
for (const rate of [0.015, 0.05, 0.07]) {
  const c = calibrateMigrationLevel(base, tfr, { outflowRate: rate });
  lines.push([`outflow ${(100 * rate).toFixed(1)}% (level re-calibrated: ${Math.round(c.outsideMigrants / 100) / 10} k)`, withLevel(c.outsideMigrants, ratio, { outflowRate: rate })]);
}
lines.push(['outflow 5% without re-calibrating the level', { ...DEFAULT_LEVERS, outflowRate: 0.05 }]);

console.log('| variant | residents 2025 | hukou 2025 | births 2025 | 60+ share | kindergarten places | care beds |');
console.log('|---|---|---|---|---|---|---|');
for (const [name, levers] of lines) console.log(`| ${name} ${at2025(levers)}`);

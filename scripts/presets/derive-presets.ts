/**
 * Derives the numbers in the preset scenarios from the model (run it after re-calibrating; the preset
 * files quote its output, and test/xiqing/presets.test.ts re-checks the claims they make).
 *
 * Run: npx tsx scripts/presets/derive-presets.ts
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import {
  DEFAULT_LEVERS,
  EVIDENCE_YEARS,
  goalSeek,
  indicatorRows,
  OUTSIDE_MIGRANTS_LEVEL,
  outsideMigrantsPath,
  runXiqing,
  valueInYear,
  XIQING_SHARE_OF_OUTSIDE_PROVINCE,
  xiqingOutsideDeviation,
  type IndicatorRow,
  type LeverValues,
  type YearPath,
} from '@model';

const xiqingIndicators = (levers: LeverValues): IndicatorRow[] => indicatorRows(runXiqing(levers));

/** 2010 census origins of in-migrants: other Tianjin districts per other provinces (the old default ratio). */
export const ORIGIN_RATIO_2010 = 116_711 / 229_063;
/** Xiqing's share of Tianjin's decade net migration gain: its outside-province residents grew 229,063 → 446,228. */
export const XIQING_FLOW_SHARE = (446_228 - 229_063) / 659_000;

const growth2021 = (levers: LeverValues): { residents: number; hukou: number } => {
  const rows = xiqingIndicators({ ...levers, endYear: 2025 });
  return { residents: rows[1].residents - rows[0].residents, hukou: rows[1].hukouPopulation - rows[0].hukouPopulation };
};

/** The 2015–2020 pace continued: constant volumes (2010 origin ratio) and settlement solved on 2021. */
export function planEraPace(): LeverValues {
  const at = (v: number, sigma: number): LeverValues => ({ ...DEFAULT_LEVERS, outsideMigrants: v, centralCityInflow: v * ORIGIN_RATIO_2010, pointsSettlementRate: sigma });
  const g0 = growth2021(at(0, 0.012)).residents;
  const g1 = growth2021(at(10_000, 0.012)).residents;
  const v = (10_000 * (21_000 - g0)) / (g1 - g0);
  const h0 = growth2021(at(v, 0)).hukou;
  const h1 = growth2021(at(v, 0.01)).hukou;
  const sigma = (0.01 * (15_480 - h0)) / (h1 - h0);
  return at(v, sigma);
}

/**
 * The downside: Xiqing takes its decade share of Tianjin's *flows* (a third, not its 12.6% of the stock)
 * of the post-census shock, and the 2023–2024 mean holds after 2024 (no return). Where the shock exceeds
 * the normal inflow, the rest leaves as extra out-migration: that year's outflow rate is raised so the
 * outflow grows by the remainder (computed on the trend's outflow of that year).
 */
export function tianjinContraction(): { outsideMigrants: YearPath; outflowRate: YearPath } {
  const scale = XIQING_FLOW_SHARE / XIQING_SHARE_OF_OUTSIDE_PROVINCE;
  const outsideMigrants = outsideMigrantsPath(OUTSIDE_MIGRANTS_LEVEL, scale, false);
  const rows = xiqingIndicators({ ...DEFAULT_LEVERS, endYear: 2025 });
  const rate = DEFAULT_LEVERS.outflowRate as number;
  const outflowRate: Record<string, number> = { '2020': rate };
  for (const y of EVIDENCE_YEARS) {
    const remainder = Math.max(0, -(OUTSIDE_MIGRANTS_LEVEL + scale * xiqingOutsideDeviation(y)));
    const outflow = rows.find((r) => r.year === y)!.outflow;
    outflowRate[String(y)] = Math.round(1000 * rate * (1 + remainder / outflow)) / 1000;
  }
  outflowRate['2025'] = rate;
  return { outsideMigrants, outflowRate: { byYear: outflowRate } };
}

function main(): void {
  const pace = planEraPace();
  console.log('plan-era-pace: outside', Math.round(valueInYear(pace.outsideMigrants, 2021)), 'central', Math.round(valueInYear(pace.centralCityInflow, 2021)), 'settlement', valueInYear(pace.pointsSettlementRate, 2021).toFixed(4));
  console.log('flow share', XIQING_FLOW_SHARE.toFixed(3), 'scale', (XIQING_FLOW_SHARE / XIQING_SHARE_OF_OUTSIDE_PROVINCE).toFixed(3));
  console.log('tianjin-contraction', JSON.stringify(tianjinContraction()));
  const plan = { ...DEFAULT_LEVERS, southStationPopulation: 150_000, secondBirthUplift: 0.1, thirdBirthUplift: 0.5 };
  const cc = goalSeek({ levers: plan, lever: 'centralCityInflow', indicator: 'residents', target: 1_350_000, year: 2025 });
  console.log('plan-targets central city for 1.35 M (with South Station and uplift):', cc.ok ? Math.round(cc.value) : cc);
  if (cc.ok) {
    const withCc = { ...plan, centralCityInflow: Math.round(cc.value / 100) * 100 };
    const s = goalSeek({ levers: withCc, lever: 'pointsSettlementRate', indicator: 'hukouPopulation', target: 526_000, year: 2025 });
    console.log('  settlement for 526 k:', s.ok ? s.value.toFixed(4) : s);
  }
  const alone = goalSeek({ levers: DEFAULT_LEVERS, lever: 'centralCityInflow', indicator: 'residents', target: 1_350_000, year: 2025 });
  console.log('central city alone on the trend for 1.35 M:', alone.ok ? Math.round(alone.value) : alone);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

/**
 * The 2010 → 2020 backtest: the forward model's method run from the 2010 census to the 2020 census, its
 * migration volumes and settlement rate calibrated only to the 2020 census totals by hukou status
 * (residents with Xiqing hukou, with hukou elsewhere in Tianjin, with hukou outside Tianjin — which
 * sum to the resident total), then compared with the 2020 census by age group and sex.
 *
 * Fertility: the 2010 and 2020 levels calibrated on each census's age-0 count with the same census-year
 * method; in between, WPP 2024 China's year-to-year shape (the 2016–2018 two-child-policy peak) relative to
 * the straight line between its own 2010 and 2020 values. WPP's *level* change is not used: WPP corrects
 * China's 2010 census births upwards, so its 2020/2010 ratio, 0.73, contradicts the two censuses' own
 * counts, which give Xiqing 0.69 → 0.74 (docs/calibration.md). Mortality: e0 = 81.89 in 2020, earlier years
 * lower by China's gain since (WPP 2024). Talent: Haihe Talent from 2018 (13 k settled 2016–2020 in
 * practice from May 2018: 6,500 a year arriving, 80% settling). Rows are census anniversaries (1 November).
 */
import type { BySex } from '../../engine/types';
import { censusYearSurvivorsAtLevelOne } from '../calibration';
import wpp from '../data/wpp2024-china.json';
import { DEFAULT_LEVERS, type LeverValues } from '../levers/lever-values';
import type { StreamProfiles } from '../rates/migration-profiles';
import { AGE_COUNT } from '../rates/mortality';
import { E0_2020 } from '../rates/year-paths';
import { indicatorRows, populationByAge, type IndicatorRow } from '../scenario/indicators';
import { runScenario, type ScenarioRun, type XiqingBaseData } from '../scenario/run-scenario';
import { xiqingTfr2020 } from '../model';

/** 2020 census counts of residents by hukou status (reference README §2, grade A). */
export const CENSUS_2020_BY_STATE = { local: 1_195_124 - 268_928 - 446_228, tianjin: 268_928, outside: 446_228 } as const;
/** 2010 census age-0 count (2,142 boys, 1,875 girls; census2010_xiqing_row.csv, grade A). */
export const CENSUS_AGE0_2010 = 4017;

const wppE0 = wpp.e0.bothByYear as Record<string, number>;

/** Xiqing's e0 in `year` for the backtest: 81.89 in 2020 minus China's gain from `year` to 2020. */
export function backtestE0(year: number): number {
  return E0_2020 - (wppE0['2020'] - wppE0[String(Math.min(2020, Math.max(2009, year)))]);
}

const wppTfr = wpp.tfr as Record<string, number>;

/**
 * The backtest's TFR of local women in `year`: the straight line between the two census levels times
 * WPP China's TFR over its own straight line between 2010 and 2020 (so both ends are the census levels).
 */
export function backtestTfr(year: number, tfr2010: number, tfr2020: number): number {
  const y = Math.min(2020, Math.max(2010, year));
  const w = (y - 2010) / 10;
  const line = (a: number, b: number): number => a + w * (b - a);
  return line(tfr2010, tfr2020) * (wppTfr[String(y)] / line(wppTfr['2010'], wppTfr['2020']));
}

/** Settings of a backtest run that the profile fit varies. */
export interface BacktestOptions {
  profiles?: StreamProfiles;
  /** The 2020 TFR level of local women (default: calibrated on the 2020 census, as the forward model). */
  tfr2020?: number;
  /** Non-hukou out-migration rate, per year (default: the lever's default). */
  outflowRate?: number;
  /** Family share of migrants from outside Tianjin (default: the lever's default). */
  familyShare?: number;
}

/** One 5-year group of one sex: projected, census, relative error. */
export interface BacktestGroup {
  age: string;
  sex: 'male' | 'female';
  projected: number;
  census: number;
  /** (projected − census) / census. */
  error: number;
}

/** A share or ratio projected and at the census. */
export interface BacktestShare {
  projected: number;
  census: number;
}

/** The backtest's report. */
export interface BacktestReport {
  from: 2010;
  to: 2020;
  groups: BacktestGroup[];
  shares: Record<'age0to14' | 'age15to64' | 'age60plus' | 'age65plus' | 'hukou', BacktestShare> & { sexRatio: BacktestShare };
  /** Mean absolute relative error over the groups (fraction). */
  mape: number;
  /** The calibrated decade values. */
  calibrated: { centralCityInflow: number; outsideMigrants: number; pointsSettlementRate: number; tfr2010: number };
  /** Births in the census year ending 1 November 2020, projected (the census counted 6,962 survivors at age 0). */
  age0At2020: number;
}

/** Group labels 0–4 … 80–84, 85+. */
export const BACKTEST_GROUPS: readonly string[] = [...Array.from({ length: 17 }, (_, g) => `${5 * g}-${5 * g + 4}`), '85+'];

function groupSums(p: Float64Array): number[] {
  const out = new Array<number>(18).fill(0);
  for (let x = 0; x < AGE_COUNT; x++) out[Math.min(17, Math.floor(x / 5))] += p[x];
  return out;
}

function stateTotals(row: IndicatorRow): [number, number, number] {
  return [row.local, row.tianjin, row.outside];
}

/** Solves 3×3 A·x = b (Cramer's rule; the calibration Jacobian is small and well conditioned). */
function solve3(a: number[][], b: number[]): number[] {
  const det = (m: number[][]): number =>
    m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
  const d = det(a);
  return [0, 1, 2].map((c) => det(a.map((row, r) => row.map((v, k) => (k === c ? b[r] : v)))) / d);
}

/**
 * Runs the backtest.
 * @param base2010 the 2010 base (scripts/backtest/base-2010.ts builds it from the census table)
 * @param census2020 residents by sex and single age at the 2020 census (the 2020 base), persons
 */
export function runBacktest(base2010: XiqingBaseData, census2020: BySex<Float64Array>, options: BacktestOptions = {}): BacktestReport & { run: ScenarioRun } {
  const levers0: LeverValues = {
    ...DEFAULT_LEVERS,
    endYear: 2020,
    southStationPopulation: 0,
    outflowRate: options.outflowRate ?? DEFAULT_LEVERS.outflowRate,
    familyShare: options.familyShare ?? DEFAULT_LEVERS.familyShare,
    talentInflow: { byYear: { '2011': 0, '2018': 6500 } },
  };
  const tfr2010 = CENSUS_AGE0_2010 / censusYearSurvivorsAtLevelOne(base2010, levers0, backtestE0(2010));
  const tfr2020 = options.tfr2020 ?? xiqingTfr2020();
  const runWith = (c: number, o: number, sigma: number): ScenarioRun =>
    runScenario({ ...levers0, centralCityInflow: c, outsideMigrants: o, pointsSettlementRate: sigma }, base2010, tfr2010, {
      startYear: 2010,
      firstStepFraction: 0,
      fertility: (year) => ({ baseTfr: backtestTfr(year, tfr2010, tfr2020), secondMultiplier: 1, thirdMultiplier: 1, ageShift: 0 }),
      e0: backtestE0,
      profiles: options.profiles,
    });
  const target = [CENSUS_2020_BY_STATE.local, CENSUS_2020_BY_STATE.tianjin, CENSUS_2020_BY_STATE.outside];
  const end = (run: ScenarioRun): [number, number, number] => stateTotals(indicatorRows(run).at(-1)!);
  // Newton on (central city, outside, settlement rate) → 2020 state totals; each is near-linear.
  let x = [15_000, 30_000, 0.02];
  const steps = [1000, 1000, 0.001];
  for (let iter = 0; iter < 4; iter++) {
    const f0 = end(runWith(x[0], x[1], x[2]));
    const jac = [0, 1, 2].map(() => [0, 0, 0]);
    for (let k = 0; k < 3; k++) {
      const xk = [...x];
      xk[k] += steps[k];
      const fk = end(runWith(xk[0], xk[1], xk[2]));
      for (let r = 0; r < 3; r++) jac[r][k] = (fk[r] - f0[r]) / steps[k];
    }
    const dx = solve3(jac, target.map((t, r) => t - f0[r]));
    x = x.map((v, k) => v + dx[k]);
  }
  const run = runWith(x[0], x[1], x[2]);
  const rows = indicatorRows(run);
  const last = rows.at(-1)!;
  const projected = populationByAge(run, rows.length - 1);
  const groups: BacktestGroup[] = [];
  let sumAbs = 0;
  for (const sex of ['male', 'female'] as const) {
    const p = groupSums(projected[sex]);
    const c = groupSums(census2020[sex]);
    BACKTEST_GROUPS.forEach((age, g) => {
      const error = (p[g] - c[g]) / c[g];
      sumAbs += Math.abs(error);
      groups.push({ age, sex, projected: p[g], census: c[g], error });
    });
  }
  const cTotal = (from: number, to: number): number => {
    let s = 0;
    for (let a = from; a <= to; a++) s += census2020.male[a] + census2020.female[a];
    return s;
  };
  const cAll = cTotal(0, 100);
  const sumM = census2020.male.reduce((a, b) => a + b, 0);
  return {
    from: 2010,
    to: 2020,
    groups,
    shares: {
      age0to14: { projected: last.age0to14Share, census: cTotal(0, 14) / cAll },
      age15to64: { projected: last.age15to64Share, census: cTotal(15, 64) / cAll },
      age60plus: { projected: last.age60plusShare, census: cTotal(60, 100) / cAll },
      age65plus: { projected: last.age65plusShare, census: cTotal(65, 100) / cAll },
      hukou: { projected: last.local / last.residents, census: CENSUS_2020_BY_STATE.local / 1_195_124 },
      sexRatio: { projected: last.sexRatio, census: sumM / (cAll - sumM) },
    },
    mape: sumAbs / groups.length,
    calibrated: { centralCityInflow: x[0], outsideMigrants: x[1], pointsSettlementRate: x[2], tfr2010 },
    age0At2020: projected.male[0] + projected.female[0],
    run,
  };
}

/**
 * Fitting a scenario to what was published ("按实际数据校准"): for each observed year in order, the
 * migration level of that year (residents) and the settlement rate of that year (hukou population) are
 * solved so that the scenario's rows at 31 December reproduce the observed figures; after the last
 * observed year the levers continue by the user's rule (continuation.ts). The result is an ordinary
 * scenario whose two levers are per-year paths.
 *
 * Method: a year's residents and hukou population are close to linear in that year's central-city
 * relocation m and settlement rate s (flows over the year; earlier years are already fixed). From the
 * scenario as it stands (m₀, s₀) two runs with m and s nudged give the 2×2 Jacobian, and one Newton
 * step gives (m, s); a further secant step is taken only if the residual is still above 0.01%.
 * So two or three runs a year, as goal seek takes. A year with only one figure solves one lever
 * (the other keeps its value). Solutions are clamped to the levers' ranges; the residual then says
 * how far the observation is out of reach.
 *
 * Optionally, fertility and mortality are scaled first (births and deaths, when observed): the TFR
 * and life-expectancy levels for 2025 are solved so that the model's births (deaths) summed over the
 * observed years equal the observed sums.
 */
import type { ObservationsFile } from '../observations/observations-file';
import { sortedObservations } from '../observations/observations-file';
import { LEVER_SPECS } from '../xiqing/levers/lever-specs';
import type { LeverValues } from '../xiqing/levers/lever-values';
import { valueInYear } from '../xiqing/levers/year-path';
import { runXiqing } from '../xiqing/model';
import { BASE_YEAR } from '../xiqing/rates/year-paths';
import { indicatorRow, type IndicatorRow } from '../xiqing/scenario/indicators';
import { fittedPath, type ContinuationRule } from './continuation';

/** The lever solved for residents by default (a migration level, persons a year). */
export const FIT_MIGRATION_LEVER = 'centralCityInflow';
/** Migration levers a fit can solve for residents (path-capable; the outflow rate moves residents the other way). */
export const FIT_MIGRATION_LEVERS = ['centralCityInflow', 'outsideMigrants', 'outflowRate'] as const;
export type FitMigrationLever = (typeof FIT_MIGRATION_LEVERS)[number];
/** The lever solved for the hukou population (a settlement rate, a share a year). */
export const FIT_SETTLEMENT_LEVER = 'pointsSettlementRate';

export interface FitOptions {
  rule: ContinuationRule;
  /**
   * The migration lever solved for residents. 'auto' (the default): central-city relocation, unless it
   * cannot reach the observations within 0.1% — where residents fell (as Xiqing's did after the census)
   * relocation cannot go below 0 — then the out-migration rate of non-hukou residents.
   */
  migrationLever?: FitMigrationLever | 'auto';
  /** Also scale fertility (to births) and mortality (to deaths) where they are observed. */
  scaleVital?: boolean;
  /** Largest relative residual accepted without a further step (default 1e-4: 0.01%). */
  tolerance?: number;
}

/** One fitted figure: what was observed, what the fitted scenario gives, and the lever value solved. */
export interface FitRow {
  year: number;
  indicator: 'residents' | 'hukouPopulation';
  observed: number;
  model: number;
  lever: string;
  value: number;
}

/** Births or deaths: observed against the fitted scenario (reported, and fitted only with `scaleVital`). */
export interface VitalGapRow {
  year: number;
  indicator: 'births' | 'deaths';
  observed: number;
  model: number;
  gap: number;
}

export type FitResult =
  | {
      ok: true;
      /** The fitted scenario's full lever values (the two fitted levers as per-year paths). */
      levers: LeverValues;
      fit: FitRow[];
      vital: VitalGapRow[];
      /** Lever values scaled with `scaleVital` (tfr2025, e02025), if any. */
      scaled: Partial<Record<'tfr2025' | 'e02025', number>>;
      /** Largest |model − observed| / observed over the fitted figures. */
      maxRelativeResidual: number;
      /** Model runs made. */
      runs: number;
      /** The migration lever solved for residents. */
      migrationLever: FitMigrationLever;
    }
  | { ok: false; reason: string };

type Fitted = Map<number, number>;
type Spec = (typeof LEVER_SPECS)[keyof typeof LEVER_SPECS];
const specOf = (id: string): Spec => LEVER_SPECS[id as keyof typeof LEVER_SPECS];
const clampTo = (id: string, v: number) => Math.min(specOf(id).max, Math.max(specOf(id).min, v));
/** A value as a scenario file keeps it: whole persons, rates to 1e-7. */
const stored = (id: string, v: number) => (specOf(id).format === 'percent' ? Math.round(v * 1e7) / 1e7 : Math.round(v));
/** A nudge for the Jacobian: 5% of the value (the spec's step at 0), inward at the top of the range. */
function nudge(id: string, v: number): number {
  const d = v !== 0 ? Math.abs(v) * 0.05 : specOf(id).step;
  return v + d > specOf(id).max ? -d : d;
}

/**
 * Fits `levers` to the observations (see the module comment). Never throws for bad input.
 *
 * @param levers the scenario to fit (its own paths are kept outside the fitted years)
 * @param observed observations; years must lie within the scenario's run
 */
export function fitToObserved(levers: LeverValues, observed: Pick<ObservationsFile, 'observations'>, options: FitOptions): FitResult {
  if ((options.migrationLever ?? 'auto') !== 'auto') return fitWith(levers, observed, options, options.migrationLever as FitMigrationLever);
  const first = fitWith(levers, observed, options, FIT_MIGRATION_LEVER);
  if (!first.ok || first.maxRelativeResidual <= MAX_RESIDUAL) return first;
  const second = fitWith(levers, observed, options, 'outflowRate');
  if (!second.ok) return first;
  const better = second.maxRelativeResidual < first.maxRelativeResidual ? second : first;
  return { ...better, runs: first.runs + second.runs };
}

/** The residual a fit must reach in every observed figure (0.1%). */
export const MAX_RESIDUAL = 0.001;

function fitWith(levers: LeverValues, observed: Pick<ObservationsFile, 'observations'>, options: FitOptions, ml: FitMigrationLever): FitResult {
  const tolerance = options.tolerance ?? 1e-4;
  const sl: string = FIT_SETTLEMENT_LEVER;
  const all = sortedObservations(observed);
  const years = all.filter((o) => o.residents !== undefined || o.hukouPopulation !== undefined);
  if (years.length === 0) return { ok: false, reason: 'no observed year gives residents or the hukou population' };
  const outside = all.find((o) => o.year < BASE_YEAR || o.year > levers.endYear);
  if (outside) return { ok: false, reason: `observed year ${outside.year} is outside the scenario's run (${BASE_YEAR}–${levers.endYear})` };
  const lastYear = years[years.length - 1].year;
  // Rows up to the last observed year are all a fit needs (the run cannot end before 2025).
  const horizon = Math.max(2025, lastYear);
  let runs = 0;
  const run = (lv: LeverValues) => {
    runs++;
    return runXiqing(lv);
  };
  const m: Fitted = new Map();
  const s: Fitted = new Map();
  // Once any year gives the hukou population, every fitted year gets a settlement value (solved, or
  // held), so the rule after the last observed year applies to both levers from the same year.
  const fitsHukou = years.some((o) => o.hukouPopulation !== undefined);
  const hold: ContinuationRule = { kind: 'hold' };
  const withFitted = (base: LeverValues, mm: Fitted, ss: Fitted, rule: ContinuationRule, endYear: number): LeverValues => ({
    ...base,
    endYear,
    [ml]: fittedPath(base[ml as 'centralCityInflow'], mm, rule, BASE_YEAR, endYear),
    [sl]: ss.size ? fittedPath(base[sl as 'pointsSettlementRate'], ss, rule, BASE_YEAR, endYear) : base[sl as 'pointsSettlementRate'],
  } as LeverValues);

  let base: LeverValues = levers;
  const scaled: Partial<Record<'tfr2025' | 'e02025', number>> = {};
  /** Fertility to births and mortality to deaths, summed over the observed years, with migration as fitted so far. */
  const scaleVital = () => {
    for (const [flow, lever] of [['births', 'tfr2025'], ['deaths', 'e02025']] as const) {
      const given = all.filter((o) => o[flow] !== undefined);
      if (!given.length) continue;
      const target = given.reduce((a, o) => a + o[flow]!, 0);
      const total = (v: number) => {
        const r = run(withFitted({ ...base, [lever]: v } as LeverValues, m, s, hold, horizon));
        return given.reduce((a, o) => a + indicatorRow(r, o.year - BASE_YEAR)[flow], 0) - target;
      };
      // Secant from the scenario's value and a 5% nudge: births are near-proportional to the TFR level.
      let x0 = base[lever];
      let f0 = total(x0);
      let x1 = clampTo(lever, x0 * 1.05);
      for (let i = 0; i < 6 && Math.abs(f0) > tolerance * target; i++) {
        const f1 = total(x1);
        if (f1 === f0) break;
        const x2 = clampTo(lever, x1 - (f1 * (x1 - x0)) / (f1 - f0));
        [x0, f0, x1] = [x1, f1, x2];
      }
      base = { ...base, [lever]: x0 } as LeverValues;
      scaled[lever] = x0;
    }
  };

  const fitYears = () => {
    for (const o of years) {
      const y = o.year;
      const wantR = o.residents;
      const wantH = o.hukouPopulation;
      const current = withFitted(base, m, s, hold, horizon);
      const m0 = valueInYear(current[ml as 'centralCityInflow'], y);
      const s0 = valueInYear(current[sl as 'pointsSettlementRate'], y);
      const at = (mv: number, sv: number) => indicatorRow(run(withFitted(base, new Map([...m, [y, mv]]), fitsHukou ? new Map([...s, [y, sv]]) : s, hold, horizon)), y - BASE_YEAR);
      const r0 = at(m0, s0);
      const dm = nudge(ml, m0);
      const ds = nudge(sl, s0);
      const rm = at(m0 + dm, s0);
      const rs = wantH !== undefined ? at(m0, s0 + ds) : r0;
      // Jacobian of (residents, hukou) in (m, s).
      const J = {
        Rm: (rm.residents - r0.residents) / dm, Rs: (rs.residents - r0.residents) / ds,
        Hm: (rm.hukouPopulation - r0.hukouPopulation) / dm, Hs: (rs.hukouPopulation - r0.hukouPopulation) / ds,
      };
      const step = (row: IndicatorRow, mv: number, sv: number): [number, number] => {
        const eR = wantR === undefined ? 0 : wantR - row.residents;
        const eH = wantH === undefined ? 0 : wantH - row.hukouPopulation;
        if (wantR !== undefined && wantH !== undefined) {
          const det = J.Rm * J.Hs - J.Rs * J.Hm;
          return [mv + (eR * J.Hs - J.Rs * eH) / det, sv + (J.Rm * eH - eR * J.Hm) / det];
        }
        if (wantR !== undefined) return [mv + eR / J.Rm, sv];
        return [mv, sv + eH / J.Hs];
      };
      const residual = (r: IndicatorRow) => Math.max(
        wantR === undefined ? 0 : Math.abs(r.residents - wantR) / wantR,
        wantH === undefined ? 0 : Math.abs(r.hukouPopulation - wantH) / wantH,
      );
      let [mv, sv] = [m0, s0];
      let row = r0;
      // Nearly linear: one Newton step, a further one only if the first left more than the tolerance.
      for (let i = 0; i < 4 && residual(row) > tolerance; i++) {
        const [m2, s2] = step(row, mv, sv);
        const [mc, sc] = [clampTo(ml, m2), clampTo(sl, s2)];
        if (mc === mv && sc === sv) break;
        [mv, sv] = [mc, sc];
        row = at(mv, sv);
      }
      m.set(y, mv);
      if (fitsHukou) s.set(y, sv);
    }
  };

  // With fertility and mortality scaled too, migration and vital rates are fitted in turn until both settle.
  for (let round = 0; round < (options.scaleVital ? 3 : 1); round++) {
    if (options.scaleVital) scaleVital();
    fitYears();
  }

  // Stored as a scenario file would hold them: the residuals reported below are those of the values saved.
  for (const [y, v] of m) m.set(y, stored(ml, v));
  for (const [y, v] of s) s.set(y, stored(sl, v));
  // The fitted scenario: the user's rule after the last observed year, the scenario's own horizon.
  const fittedLevers = withFitted(base, m, s, options.rule, levers.endYear);
  const final = run(fittedLevers);
  const fit: FitRow[] = [];
  const vital: VitalGapRow[] = [];
  let maxRelativeResidual = 0;
  for (const o of all) {
    const row = indicatorRow(final, o.year - BASE_YEAR);
    if (o.residents !== undefined) {
      fit.push({ year: o.year, indicator: 'residents', observed: o.residents, model: row.residents, lever: ml, value: m.get(o.year)! });
      maxRelativeResidual = Math.max(maxRelativeResidual, Math.abs(row.residents - o.residents) / o.residents);
    }
    if (o.hukouPopulation !== undefined) {
      fit.push({ year: o.year, indicator: 'hukouPopulation', observed: o.hukouPopulation, model: row.hukouPopulation, lever: sl, value: s.get(o.year)! });
      maxRelativeResidual = Math.max(maxRelativeResidual, Math.abs(row.hukouPopulation - o.hukouPopulation) / o.hukouPopulation);
    }
    for (const flow of ['births', 'deaths'] as const) {
      const v = o[flow];
      if (v !== undefined) vital.push({ year: o.year, indicator: flow, observed: v, model: row[flow], gap: row[flow] - v });
    }
  }
  return { ok: true, levers: fittedLevers, fit, vital, scaled, maxRelativeResidual, runs, migrationLever: ml };
}

/**
 * One draw of the uncertain inputs and how it becomes lever values.
 *
 * Migration streams and the settlement rate are drawn year by year (AR(1), see uncertainty-params.ts)
 * and enter as per-year lever paths: the scenario's value in each calendar year (a constant or its
 * own path) times that year's drawn multiplier. The flows of 2020 (census to 31 December, two months)
 * are not drawn. South Station, a lever of one number (the district's total), takes the first year's
 * multiplier for the whole build-out. TFR and e0 enter through their 2025 and 2035 levers: the AR(1)
 * departures in those years (the model interpolates linearly between them).
 */
import { LEVER_SPECS, type LeverId } from '../xiqing/levers/lever-specs';
import type { LeverValues } from '../xiqing/levers/lever-values';
import { valueInYear, type PathValue } from '../xiqing/levers/year-path';
import { BASE_YEAR } from '../xiqing/rates/year-paths';
import type { Random } from './random';
import { STREAM_LEVERS, type LogMultiplierProcess, type PathDeparture, type StreamLever, type UncertaintyParams } from './uncertainty-params';

/** The stream levers that take per-year paths (South Station is one total). */
type PathStreamLever = Exclude<StreamLever, 'southStationPopulation'>;
const PATH_STREAMS: readonly PathStreamLever[] = ['centralCityInflow', 'outsideMigrants', 'talentInflow'];

/** One draw; every array is indexed by year − 2020 (index 0 = 2020) up to the end year. */
export interface InputDraw {
  /** Log-multiplier of each stream's volume over each calendar year (index 0 unused, 0). */
  migration: Record<StreamLever, Float64Array>;
  /** Log-multiplier of the settlement rate over each calendar year. */
  settlement: Float64Array;
  /** Departure of log-TFR from the scenario's path at each year (0 in 2020). */
  tfrLog: Float64Array;
  /** Departure of e0 from the scenario's path at each year, years (0 in 2020). */
  e0: Float64Array;
}

function logMultiplierPath(p: LogMultiplierProcess, length: number, random: Random, into?: Float64Array): Float64Array {
  const out = into ?? new Float64Array(length);
  out[0] = 0;
  const shock = Math.sqrt(Math.max(0, 1 - p.phi * p.phi)) * p.sd;
  let m = 0;
  for (let t = 1; t < length; t++) {
    // Draw every normal even when a spread is 0, so that one input's spread never shifts the others' draws.
    const z = random.normal();
    m = t === 1 ? p.sd * z : p.phi * m + shock * z;
    out[t] = m;
  }
  return out;
}

function departurePath(p: PathDeparture, length: number, random: Random, into?: Float64Array): Float64Array {
  const out = into ?? new Float64Array(length);
  out[0] = 0;
  let d = 0;
  for (let t = 1; t < length; t++) {
    d = p.phi * d + p.innovationSd * random.normal();
    out[t] = d;
  }
  return out;
}

/**
 * Draws the uncertain inputs for the years 2020..endYear.
 * @param endYear last calendar year of the run
 * @param into a draw to overwrite instead of allocating one (its arrays must have endYear − 2020 + 1
 *   values): the same numbers either way, for loops that use each draw once
 */
export function drawInputs(params: UncertaintyParams, endYear: number, random: Random, into?: InputDraw): InputDraw {
  const length = endYear - BASE_YEAR + 1;
  const migration = into?.migration ?? ({} as Record<StreamLever, Float64Array>);
  for (const id of STREAM_LEVERS) migration[id] = logMultiplierPath(params.migration[id], length, random, into?.migration[id]);
  return {
    migration,
    settlement: logMultiplierPath(params.settlement, length, random, into?.settlement),
    tfrLog: departurePath(params.tfr, length, random, into?.tfrLog),
    e0: departurePath(params.e0, length, random, into?.e0),
  };
}

/** A lever value kept within its spec's range. */
export const clampToSpec = (id: LeverId, value: number): number => Math.min(LEVER_SPECS[id].max, Math.max(LEVER_SPECS[id].min, value));

/** The departure in `year`, or in the last drawn year if the run ends earlier. */
const at = (path: Float64Array, year: number): number => path[Math.min(path.length - 1, year - BASE_YEAR)];

/**
 * A path-capable lever's value times a per-year multiplier e^{m_t}, as a path over 2020..endYear, each
 * year kept within the lever's range. A draw of all zeros returns the value unchanged.
 */
function multiplyPath(id: PathStreamLever | 'pointsSettlementRate', value: PathValue, logMultiplier: Float64Array): PathValue {
  if (logMultiplier.every((m) => m === 0)) return value;
  const byYear: Record<string, number> = {};
  for (let t = 0; t < logMultiplier.length; t++) {
    const year = BASE_YEAR + t;
    byYear[String(year)] = clampToSpec(id, valueInYear(value, year) * Math.exp(logMultiplier[t]));
  }
  return { byYear };
}

/**
 * The lever values of one draw: the scenario's values moved by the draw, each kept within its lever's
 * range. A draw of all zeros returns values equal to `levers` (multiplying by e⁰ = 1 and adding 0 are exact).
 */
export function applyDraw(levers: LeverValues, draw: InputDraw): LeverValues {
  const out = applyRateDraw(levers, draw) as { -readonly [K in LeverId]: LeverValues[K] };
  for (const id of PATH_STREAMS) out[id] = multiplyPath(id, levers[id], draw.migration[id]);
  out.southStationPopulation = clampToSpec('southStationPopulation', levers.southStationPopulation * Math.exp(draw.migration.southStationPopulation[1] ?? 0));
  return out;
}

/**
 * The draw's settlement, fertility and mortality applied (as {@link applyDraw} does), the migration
 * streams left as in `levers`: the fast path's operator runs, which take the volumes from the
 * scenario, need no more.
 */
export function applyRateDraw(levers: LeverValues, draw: InputDraw): LeverValues {
  const out = { ...levers } as { -readonly [K in LeverId]: LeverValues[K] };
  out.pointsSettlementRate = multiplyPath('pointsSettlementRate', levers.pointsSettlementRate, draw.settlement);
  out.tfr2025 = clampToSpec('tfr2025', levers.tfr2025 * Math.exp(at(draw.tfrLog, 2025)));
  out.tfr2035 = clampToSpec('tfr2035', levers.tfr2035 * Math.exp(at(draw.tfrLog, 2035)));
  out.e02025 = clampToSpec('e02025', levers.e02025 + at(draw.e0, 2025));
  out.e02035 = clampToSpec('e02035', levers.e02035 + at(draw.e0, 2035));
  return out;
}

/**
 * The annual migration streams of model.md §5 turned into net migrant counts by state, sex and age for
 * one step: inflows by volume × age–sex profile × destination shares, minus outflows as rates on the
 * stock. Settlement (hukou transfer by people already resident) is in settlement.ts.
 */
import type { BySex } from '../../engine/types';
import type { LeverValues } from '../levers/lever-values';
import { valueInYear } from '../levers/year-path';
import { LOCAL } from '../hukou-states';
import {
  CENTRAL_CITY_PROFILE,
  FAMILY_PROFILE,
  LABOUR_PROFILE,
  OUTFLOW_AGE_INTENSITY,
  TALENT_PROFILE,
  type Profile,
  type StreamProfiles,
} from './migration-profiles';

/** The shipped stream profiles. */
export const SHIPPED_PROFILES: StreamProfiles = { labour: LABOUR_PROFILE, family: FAMILY_PROFILE, centralCity: CENTRAL_CITY_PROFILE, talent: TALENT_PROFILE };
import { AGE_COUNT } from './mortality';

/** First year in which South Station residents move in (construction under way from 2022). */
export const SOUTH_STATION_FIRST_YEAR = 2022;

/**
 * Destination of South Station residents by hukou status (local, tianjin, outside): households buying
 * into a new business district come from the central city and from outside alike; a fifth are
 * assumed to be Xiqing-hukou households moving within the district. An assumption (grade U).
 */
export const SOUTH_STATION_DESTINATION = [0.2, 0.4, 0.4] as const;

/** Xiqing-hukou residents leave at this fraction of the non-hukou out-migration rate (assumption, grade U). */
export const LOCAL_OUTFLOW_FACTOR = 1 / 6;

/** Persons arriving in one calendar year, by stream. */
export interface StreamVolumes {
  centralCity: number;
  outside: number;
  talent: number;
  southStation: number;
}

/** Volumes of each inflow stream over calendar year `year`, persons (path levers read in that year). */
export function streamVolumes(levers: LeverValues, year: number): StreamVolumes {
  const ssYears = levers.southStationCompletionYear - SOUTH_STATION_FIRST_YEAR + 1;
  const building = year >= SOUTH_STATION_FIRST_YEAR && year <= levers.southStationCompletionYear;
  return {
    centralCity: valueInYear(levers.centralCityInflow, year),
    outside: valueInYear(levers.outsideMigrants, year),
    talent: valueInYear(levers.talentInflow, year),
    southStation: building ? levers.southStationPopulation / ssYears : 0,
  };
}

/** The inflow streams. */
export type StreamId = keyof StreamVolumes;

/** One age–sex profile of one stream with the persons it carries in a step. */
export interface InflowComponent {
  stream: StreamId;
  persons: number;
  profile: Profile;
}

/**
 * How each stream spreads over ages and sexes: central city and South Station on the central-city
 * profile; migrants from outside Tianjin on the labour profile, a `familyShare` of them on the family
 * profile; talent on the talent profile. The one place this mapping lives (schooling reuses it).
 */
export function inflowComponents(levers: LeverValues, v: StreamVolumes, profiles: StreamProfiles = SHIPPED_PROFILES): InflowComponent[] {
  const f = levers.familyShare;
  return [
    { stream: 'centralCity', persons: v.centralCity, profile: profiles.centralCity },
    { stream: 'outside', persons: v.outside * (1 - f), profile: profiles.labour },
    { stream: 'outside', persons: v.outside * f, profile: profiles.family },
    { stream: 'talent', persons: v.talent, profile: profiles.talent },
    { stream: 'southStation', persons: v.southStation, profile: profiles.centralCity },
  ];
}

/**
 * Per-state, per-sex inflow profiles scaled to persons: the part of each state's inflow that does not
 * depend on the year except through volumes. Recomputed per step (cheap: 3 × 2 × 101 cells per stream).
 */
function addProfile(target: BySex<Float64Array>, profile: Profile, persons: number): void {
  if (persons === 0) return;
  const { male, female } = target;
  const pm = profile.male;
  const pf = profile.female;
  for (let x = 0; x < male.length; x++) {
    male[x] += persons * pm[x];
    female[x] += persons * pf[x];
  }
}

/**
 * Inflows by state of every stream for one year's volumes, persons by age at arrival. The caller keeps
 * the last result and reuses it while the volumes stay the same (constant levers: one computation a run).
 */
export function inflowsByState(levers: LeverValues, volumes: StreamVolumes, profiles: StreamProfiles = SHIPPED_PROFILES): BySex<Float64Array>[] {
  const out = [0, 1, 2].map(() => ({ male: new Float64Array(AGE_COUNT), female: new Float64Array(AGE_COUNT) }));
  // Destination shares by stream (local, tianjin, outside).
  const h = levers.centralCityHukouShare;
  const settle = levers.talentSettlementRate;
  const destination: Record<StreamId, readonly number[]> = {
    centralCity: [h, 1 - h, 0],
    outside: [0, 0, 1],
    talent: [settle, 0, 1 - settle],
    southStation: SOUTH_STATION_DESTINATION,
  };
  for (const c of inflowComponents(levers, volumes, profiles)) {
    for (let s = 0; s < 3; s++) addProfile(out[s], c.profile, c.persons * destination[c.stream][s]);
  }
  return out;
}

const sameVolumes = (a: StreamVolumes, b: StreamVolumes): boolean =>
  a.centralCity === b.centralCity && a.outside === b.outside && a.talent === b.talent && a.southStation === b.southStation;

/** A per-run cache of {@link inflowsByState}: recomputes only when a year's volumes differ from the last. */
export function inflowCache(levers: LeverValues, profiles: StreamProfiles = SHIPPED_PROFILES): (v: StreamVolumes) => BySex<Float64Array>[] {
  let last: StreamVolumes | undefined;
  let inflows: BySex<Float64Array>[] = [];
  return (v) => {
    if (!last || !sameVolumes(last, v)) {
      inflows = inflowsByState(levers, v, profiles);
      last = v;
    }
    return inflows;
  };
}

/**
 * Adds `persons` arriving in a year to `out[state]` the way South Station residents arrive (the
 * central-city age profile, {@link SOUTH_STATION_DESTINATION} hukou split), persons by age at arrival.
 */
export function addArrivals(out: BySex<Float64Array>[], persons: number, profiles: StreamProfiles = SHIPPED_PROFILES): void {
  for (let s = 0; s < 3; s++) addProfile(out[s], profiles.centralCity, persons * SOUTH_STATION_DESTINATION[s]);
}

/**
 * Writes net migrant counts for calendar year `year` into `out[state]` (persons by age at the end of the
 * year): the streams' inflows minus outflows from each state's population at the start of the year.
 *
 * @param inflows the run's {@link inflowCache}
 * @param start start-of-year populations per state (students excluded), persons
 * @returns the year's inflow volumes by stream and the total outflow, persons
 */
export function netMigrantsForYear(
  levers: LeverValues,
  inflows: (v: StreamVolumes) => BySex<Float64Array>[],
  start: readonly BySex<Float64Array>[],
  year: number,
  out: BySex<Float64Array>[],
): StreamVolumes & { outflow: number; outflowLocal: number } {
  const v = streamVolumes(levers, year);
  const arriving = inflows(v);
  for (let s = 0; s < 3; s++) {
    out[s].male.set(arriving[s].male);
    out[s].female.set(arriving[s].female);
  }

  // Outflows: a rate on those aged x−1 at the start, who would be x at the end (the open group takes
  // the last two ages, as survival does). Imported bindings are read once: bundlers may turn them
  // into getters, too slow for a hot loop.
  const intensity = OUTFLOW_AGE_INTENSITY;
  const n = AGE_COUNT;
  const baseRate = valueInYear(levers.outflowRate, year);
  let outflow = 0;
  let outflowLocal = 0;
  for (let s = 0; s < 3; s++) {
    const rate = baseRate * (s === LOCAL ? LOCAL_OUTFLOW_FACTOR : 1);
    if (rate === 0) continue;
    const before = outflow;
    for (const sex of ['male', 'female'] as const) {
      const p = start[s][sex];
      const m = out[s][sex];
      for (let x = 1; x < n; x++) {
        const stock = x === n - 1 ? p[x - 1] + p[x] : p[x - 1];
        const leaving = rate * intensity[x] * stock;
        m[x] -= leaving;
        outflow += leaving;
      }
    }
    if (s === LOCAL) outflowLocal = outflow - before;
  }
  return { ...v, outflow, outflowLocal };
}

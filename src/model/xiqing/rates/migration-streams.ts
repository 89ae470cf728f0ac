/**
 * The annual migration streams (central city, outside Tianjin, talent, South Station, outflow) turned
 * into net migrant counts by state, sex and age for one step: inflows by volume × age–sex profile × destination shares, minus outflows as rates on the
 * stock. Settlement (hukou transfer by people already resident) is in settlement.ts.
 */
import type { LeverValues } from '../levers/lever-values';
import { valueInYear, valuesByYear } from '../levers/year-path';
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

/** {@link streamVolumes} of every calendar year from..to (index year − from), each path lever read once. */
export function streamVolumesByYear(levers: LeverValues, from: number, to: number): StreamVolumes[] {
  const centralCity = valuesByYear(levers.centralCityInflow, from, to);
  const outside = valuesByYear(levers.outsideMigrants, from, to);
  const talent = valuesByYear(levers.talentInflow, from, to);
  const ssYears = levers.southStationCompletionYear - SOUTH_STATION_FIRST_YEAR + 1;
  const out: StreamVolumes[] = [];
  for (let y = from; y <= to; y++) {
    const building = y >= SOUTH_STATION_FIRST_YEAR && y <= levers.southStationCompletionYear;
    const i = y - from;
    out.push({ centralCity: centralCity[i], outside: outside[i], talent: talent[i], southStation: building ? levers.southStationPopulation / ssYears : 0 });
  }
  return out;
}

/** Whether two years' volumes are the same (their arrivals are then the same too). */
export const sameVolumes = (a: StreamVolumes, b: StreamVolumes): boolean =>
  a.centralCity === b.centralCity && a.outside === b.outside && a.talent === b.talent && a.southStation === b.southStation;

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
 * Adds `persons` × a profile to the block pair of one state in a flattened population-like array
 * (layout `(state·2 + sex)·n + age`).
 */
function addProfileAt(target: Float64Array, state: number, profile: Profile, persons: number): void {
  if (persons === 0) return;
  const n = AGE_COUNT;
  const pm = profile.male;
  const pf = profile.female;
  const m = state * 2 * n;
  const f = m + n;
  for (let x = 0; x < n; x++) {
    target[m + x] += persons * pm[x];
    target[f + x] += persons * pf[x];
  }
}

/** Work lists of {@link arrivalsInto}: persons and profile by sex of one state's components (no callbacks inside). */
const componentPersons = new Float64Array(5);
const componentMale: Float64Array[] = [];
const componentFemale: Float64Array[] = [];
let components = 0;

/** Adds a component to the work lists unless it brings no one. */
function addComponent(persons: number, profile: Profile): void {
  if (persons === 0) return;
  componentPersons[components] = persons;
  componentMale[components] = profile.male;
  componentFemale[components] = profile.female;
  components++;
}

/**
 * Writes the inflows by state of every stream for one year's volumes into `out` (flattened like the
 * engine's populations), persons by age at arrival. Each cell is the sum, in the order of
 * {@link inflowComponents}, of persons × profile over the components that bring anyone to the state,
 * formed in one pass per state (the same sums as adding each component's profile in turn).
 * `centralCity` false leaves the central-city stream out (see {@link arrivalsByYear}).
 */
export function arrivalsInto(levers: LeverValues, volumes: StreamVolumes, profiles: StreamProfiles, out: Float64Array, at = 0, centralCity = true): void {
  // Destination shares by stream (local, tianjin, outside).
  const h = levers.centralCityHukouShare;
  const settle = levers.talentSettlementRate;
  const fam = levers.familyShare;
  const n = AGE_COUNT;
  for (let s = 0; s < 3; s++) {
    components = 0;
    // The components of inflowComponents, in its order, times the state's destination share.
    if (centralCity) addComponent(volumes.centralCity * (s === 0 ? h : s === 1 ? 1 - h : 0), profiles.centralCity);
    addComponent(volumes.outside * (1 - fam) * (s === 2 ? 1 : 0), profiles.labour);
    addComponent(volumes.outside * fam * (s === 2 ? 1 : 0), profiles.family);
    addComponent(volumes.talent * (s === 0 ? settle : s === 1 ? 0 : 1 - settle), profiles.talent);
    addComponent(volumes.southStation * SOUTH_STATION_DESTINATION[s], profiles.centralCity);
    for (let sex = 0; sex < 2; sex++) {
      const off = at + (s * 2 + sex) * n;
      const profile = sex === 0 ? componentMale : componentFemale;
      for (let x = 0; x < n; x++) out[off + x] = 0;
      for (let c = 0; c < components; c++) {
        const persons = componentPersons[c];
        const p = profile[c];
        for (let x = 0; x < n; x++) out[off + x] += persons * p[x];
      }
    }
  }
}

/**
 * A run's arrivals: those of year i are `centralCity[i] · perCentralCity + buffer[offset[i] ..]`
 * (606 values each; years with the same other volumes share one row). See {@link arrivalsOfYear}.
 */
export interface ArrivalsTable {
  /** Central-city arrivals by year, persons. */
  centralCity: readonly number[];
  /** Arrivals by state per central-city arrival (its profile split by the hukou share), per person. */
  perCentralCity: Float64Array;
  /**
   * How many cells, from the start, central-city arrivals reach: the local and tianjin blocks
   * (perCentralCity is zero beyond, so there a year's arrivals are the buffer's values as they are).
   */
  centralCityCells: number;
  /** The other streams' arrivals, persons. */
  buffer: Float64Array;
  offset: readonly number[];
}

/**
 * Writes the arrivals of year i of a table into `out`, persons by age at arrival. Central-city arrivals
 * are a volume times a fixed split profile, so a move of the central-city slider (one volume a year)
 * reuses the other streams' arrivals and only this sum is formed again; the result differs from
 * {@link arrivalsInto} by rounding only (about 1e-16 relative).
 * @param cells how many cells to write from the start (default all; {@link ArrivalsTable.centralCityCells}
 *   for the blocks that differ from the buffer's values)
 */
export function arrivalsOfYear(table: ArrivalsTable, i: number, out: Float64Array, cells: number = table.perCentralCity.length): void {
  const cc = table.centralCity[i];
  const unit = table.perCentralCity;
  const rest = table.buffer;
  const from = table.offset[i];
  for (let k = 0; k < cells; k++) out[k] = cc * unit[k] + rest[from + k];
}

/** Cells of perCentralCity that are not zero: the local and tianjin blocks (states 0 and 1, both sexes). */
const CENTRAL_CITY_CELLS = 4 * AGE_COUNT;

/** The central-city split profiles of the last few hukou shares (most runs use one). */
const perCentralCityCache: { share: number; profiles: StreamProfiles; unit: Float64Array }[] = [];
function perCentralCity(share: number, profiles: StreamProfiles): Float64Array {
  for (const e of perCentralCityCache) if (e.profiles === profiles && Object.is(e.share, share)) return e.unit;
  const n = AGE_COUNT;
  const unit = new Float64Array(3 * 2 * n);
  const p = profiles.centralCity;
  for (let x = 0; x < n; x++) {
    unit[x] = share * p.male[x];
    unit[n + x] = share * p.female[x];
    unit[2 * n + x] = (1 - share) * p.male[x];
    unit[3 * n + x] = (1 - share) * p.female[x];
  }
  perCentralCityCache.unshift({ share, profiles, unit });
  if (perCentralCityCache.length > ARRIVALS_CACHE_SIZE) perCentralCityCache.length = ARRIVALS_CACHE_SIZE;
  return unit;
}

/** Whether two years' volumes other than the central city's are the same. */
const sameOtherVolumes = (a: StreamVolumes, b: StreamVolumes): boolean => a.outside === b.outside && a.talent === b.talent && a.southStation === b.southStation;

/** The arrivals of the last few runs, keyed by what they are computed from (see {@link arrivalsByYear}). */
const arrivalsCache: { key: number[]; profiles: StreamProfiles; buffer: Float64Array; offset: number[] }[] = [];
/** Runs whose arrivals are kept: a few runs' worth (each at most one array of 606 values per year). */
export const ARRIVALS_CACHE_SIZE = 8;

/** Empties the arrivals cache (tests: a cold run). */
export function clearArrivalsCache(): void {
  arrivalsCache.length = 0;
}

/** How many runs' arrivals the cache holds (tests: it stays bounded). */
export const arrivalsCacheSize = (): number => arrivalsCache.length;

/**
 * The arrivals by state of every year of a run ({@link arrivalsOfYear}), persons by age at arrival.
 * The other streams' arrivals are kept for the next runs, keyed by their volumes of every year, the
 * hukou shares and the profiles (by identity: profiles are built once and never changed), so a run
 * that moves no migration lever (a fertility slider, most of the tornado, the probabilistic runs'
 * fertility and mortality draws) or only the central-city inflow reuses them. Read-only, and valid
 * until {@link ARRIVALS_CACHE_SIZE} other runs' arrivals were made (the memory of the entry dropped
 * then is reused): a run reads it while it projects and keeps nothing.
 */
export function arrivalsByYear(levers: LeverValues, volumes: readonly StreamVolumes[], profiles: StreamProfiles): ArrivalsTable {
  const centralCity: number[] = [];
  for (const v of volumes) centralCity.push(v.centralCity);
  const unit = perCentralCity(levers.centralCityHukouShare, profiles);
  const key = [levers.talentSettlementRate, levers.familyShare];
  for (const v of volumes) key.push(v.outside, v.talent, v.southStation);
  for (let i = 0; i < arrivalsCache.length; i++) {
    const e = arrivalsCache[i];
    if (e.profiles !== profiles || e.key.length !== key.length) continue;
    let same = true;
    for (let k = 0; k < key.length && same; k++) same = Object.is(e.key[k], key[k]);
    if (same) {
      if (i > 0) arrivalsCache.unshift(...arrivalsCache.splice(i, 1));
      return { centralCity, perCentralCity: unit, centralCityCells: CENTRAL_CITY_CELLS, buffer: e.buffer, offset: e.offset };
    }
  }
  const n = 3 * 2 * AGE_COUNT;
  let distinct = 0;
  for (let i = 0; i < volumes.length; i++) if (i === 0 || !sameOtherVolumes(volumes[i - 1], volumes[i])) distinct++;
  // The entry about to be dropped lends its memory when it is large enough (no allocation per run).
  const dropped = arrivalsCache.length >= ARRIVALS_CACHE_SIZE ? arrivalsCache.pop() : undefined;
  const buffer = dropped && dropped.buffer.length >= distinct * n ? dropped.buffer : new Float64Array(distinct * n);
  const offset: number[] = [];
  let d = -1;
  for (let i = 0; i < volumes.length; i++) {
    if (i === 0 || !sameOtherVolumes(volumes[i - 1], volumes[i])) {
      d++;
      arrivalsInto(levers, volumes[i], profiles, buffer, d * n, false);
    }
    offset.push(d * n);
  }
  arrivalsCache.unshift({ key, profiles, buffer, offset });
  if (arrivalsCache.length > ARRIVALS_CACHE_SIZE) arrivalsCache.length = ARRIVALS_CACHE_SIZE;
  return { centralCity, perCentralCity: unit, centralCityCells: CENTRAL_CITY_CELLS, buffer, offset };
}

/**
 * Adds `persons` arriving in a year to `out` (flattened by state) the way South Station residents
 * arrive (the central-city age profile, {@link SOUTH_STATION_DESTINATION} hukou split), persons by age
 * at arrival.
 */
export function addArrivals(out: Float64Array, persons: number, profiles: StreamProfiles = SHIPPED_PROFILES): void {
  for (let s = 0; s < 3; s++) addProfileAt(out, s, profiles.centralCity, persons * SOUTH_STATION_DESTINATION[s]);
}

/** A year's outflow, persons: all residents leaving, and of them Xiqing-hukou residents. */
export interface Outflow {
  outflow: number;
  outflowLocal: number;
}

/**
 * Writes net migrant counts for one calendar year into `out` (flattened like the engine's
 * populations; persons by age at the end of the year): the year's arrivals minus outflows from each
 * state's population at the start of the year.
 *
 * @param arrivals the year's inflows by state ({@link arrivalsInto}), persons
 * @param start start-of-year population (students excluded), flattened, persons
 * @param baseRate the year's outflow rate of non-hukou residents (a fraction a year)
 * @returns the total outflow and that of Xiqing-hukou residents, persons
 */
export function netMigrantsInto(arrivals: Float64Array, start: Float64Array, baseRate: number, out: Float64Array): Outflow {
  // Outflows: a rate on those aged x−1 at the start, who would be x at the end (the open group takes
  // the last two ages, as survival does). Imported bindings are read once: bundlers may turn them
  // into getters, too slow for a hot loop.
  const intensity = OUTFLOW_AGE_INTENSITY;
  const n = AGE_COUNT;
  let outflow = 0;
  let outflowLocal = 0;
  for (let s = 0; s < 3; s++) {
    const rate = baseRate * (s === LOCAL ? LOCAL_OUTFLOW_FACTOR : 1);
    const before = outflow;
    for (let b = s * 2; b < s * 2 + 2; b++) {
      const off = b * n;
      out[off] = arrivals[off];
      if (rate === 0) {
        for (let x = 1; x < n; x++) out[off + x] = arrivals[off + x];
        continue;
      }
      for (let x = 1; x < n - 1; x++) {
        const leaving = rate * intensity[x] * start[off + x - 1];
        out[off + x] = arrivals[off + x] - leaving;
        outflow += leaving;
      }
      const leaving = rate * intensity[n - 1] * (start[off + n - 2] + start[off + n - 1]);
      out[off + n - 1] = arrivals[off + n - 1] - leaving;
      outflow += leaving;
    }
    if (s === LOCAL) outflowLocal = outflow - before;
  }
  return { outflow, outflowLocal };
}

/**
 * The fertility and mortality of every year of a run, kept for the next runs. A slider move of a
 * migration lever changes neither, so the ASFR by year and the survival ratios are reused whole; a
 * move of a fertility lever reuses the mortality and the other way round.
 *
 * Each table is keyed by exactly what it is computed from — the per-year fertility settings (level,
 * policy multipliers, age shift) and the migrant ratio; the per-year both-sexes e0, the sex gap and the
 * SRB — not by lever names, so a table can never be reused for inputs that would give other rates.
 * The caches hold a few tables each (least recently used dropped): bounded memory, a few hundred kB.
 */
import { buildAsfr, type BirthOrder, type YearFertility } from './fertility';
import { AGE_COUNT, e0BySex, mortalityFor } from './mortality';

/** ASFR of local and migrant women and local TFR by order, for each year of a run. */
export interface FertilityTable {
  /** Births per woman per year by age, local women, index year − first year. */
  asfrLocal: readonly Float64Array[];
  /** The same for migrant women (local × the migrant fertility ratio). */
  asfrMigrant: readonly Float64Array[];
  /** TFR of local women by birth order, births per woman. */
  byOrder: readonly Readonly<Record<BirthOrder, number>>[];
  /** The first and last age where either ASFR is not zero (an empty span: first > last). */
  fertileFrom: readonly number[];
  fertileTo: readonly number[];
}

/** Survival ratios and both-sexes e0 for each year of a run. */
export interface MortalityTable {
  /** Survival ratios by sex (UN index convention), index year − first year; shared, read-only. */
  survival: readonly { male: Float64Array; female: Float64Array }[];
  /** Both-sexes life expectancy at birth, years. */
  e0: readonly number[];
}

/** How many tables of each kind are kept. */
export const RATE_CACHE_SIZE = 8;

interface Entry<T> {
  key: readonly number[];
  value: T;
}

/** A small most-recently-used list keyed by number vectors compared value by value (Object.is: NaN and −0 exact). */
function mruCache<T>(): { get(key: readonly number[]): T | undefined; set(key: readonly number[], value: T): void; clear(): void; size(): number } {
  let entries: Entry<T>[] = [];
  const same = (a: readonly number[], b: readonly number[]): boolean => {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
    return true;
  };
  return {
    get(key) {
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i];
        if (same(e.key, key)) {
          if (i > 0) entries = [e, ...entries.slice(0, i), ...entries.slice(i + 1)];
          return e.value;
        }
      }
      return undefined;
    },
    set(key, value) {
      entries = [{ key, value }, ...entries.slice(0, RATE_CACHE_SIZE - 1)];
    },
    clear() {
      entries = [];
    },
    size() {
      return entries.length;
    },
  };
}

const fertilityCache = mruCache<FertilityTable>();
const mortalityCache = mruCache<MortalityTable>();

/** Empties both caches (tests: a cold run). */
export function clearYearRateCaches(): void {
  fertilityCache.clear();
  mortalityCache.clear();
}

/** How many tables each cache holds (tests: the caches stay bounded). */
export function yearRateCacheSizes(): { fertility: number; mortality: number } {
  return { fertility: fertilityCache.size(), mortality: mortalityCache.size() };
}

/**
 * The fertility of the years from..to.
 * @param fertilityOf local women's fertility settings in a calendar year
 * @param migrantRatio migrant women's fertility relative to local women's
 */
export function fertilityByYear(fertilityOf: (year: number) => YearFertility, migrantRatio: number, from: number, to: number): FertilityTable {
  const years = to - from + 1;
  // Plain arrays: small, allocated every run (typed arrays this size cost more to allocate).
  const key: number[] = [];
  const settings: YearFertility[] = [];
  for (let i = 0; i < years; i++) {
    const f = fertilityOf(from + i);
    settings.push(f);
    key.push(f.baseTfr, f.secondMultiplier, f.thirdMultiplier, f.ageShift);
  }
  key.push(migrantRatio);
  const hit = fertilityCache.get(key);
  if (hit) return hit;
  const buffer = new Float64Array(2 * years * AGE_COUNT);
  const scratch = new Float64Array(AGE_COUNT);
  const asfrLocal: Float64Array[] = [];
  const asfrMigrant: Float64Array[] = [];
  const byOrder: Record<BirthOrder, number>[] = [];
  const fertileFrom: number[] = [];
  const fertileTo: number[] = [];
  for (let i = 0; i < years; i++) {
    const local = buffer.subarray(2 * i * AGE_COUNT, (2 * i + 1) * AGE_COUNT);
    const migrant = buffer.subarray((2 * i + 1) * AGE_COUNT, (2 * i + 2) * AGE_COUNT);
    byOrder.push(buildAsfr(settings[i], local, scratch));
    for (let x = 0; x < AGE_COUNT; x++) migrant[x] = local[x] * migrantRatio;
    asfrLocal.push(local);
    asfrMigrant.push(migrant);
    let lo = AGE_COUNT;
    let hi = -1;
    for (let x = 0; x < AGE_COUNT; x++) {
      if (local[x] !== 0 || migrant[x] !== 0) {
        if (lo === AGE_COUNT) lo = x;
        hi = x;
      }
    }
    fertileFrom.push(lo);
    fertileTo.push(hi);
  }
  const table: FertilityTable = { asfrLocal, asfrMigrant, byOrder, fertileFrom, fertileTo };
  fertilityCache.set(key, table);
  return table;
}

/**
 * The mortality of the years from..to.
 * @param e0Of both-sexes life expectancy at birth in a calendar year, years
 * @param sexGap female − male e0, years
 * @param srb sex ratio at birth (weights the sexes in the both-sexes e0)
 */
export function mortalityByYear(e0Of: (year: number) => number, sexGap: number, srb: number, from: number, to: number): MortalityTable {
  const years = to - from + 1;
  const key: number[] = [];
  for (let i = 0; i < years; i++) key.push(e0Of(from + i));
  key.push(sexGap, srb);
  const hit = mortalityCache.get(key);
  if (hit) return hit;
  const survival: { male: Float64Array; female: Float64Array }[] = [];
  const e0: number[] = [];
  for (let i = 0; i < years; i++) {
    const bySex = e0BySex(key[i], sexGap, srb);
    survival.push({ male: mortalityFor('male', bySex.male).survival, female: mortalityFor('female', bySex.female).survival });
    e0.push(key[i]);
  }
  const table: MortalityTable = { survival, e0 };
  mortalityCache.set(key, table);
  return table;
}

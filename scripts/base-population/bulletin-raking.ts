/** Steps 2–3 of the base-population build: rakes Xiqing's census age groups to the bulletin and splits 85+ in Tianjin's shape. */
import { splitByReference } from '../../src/model/demography/graduation';
import type { Census2020AgeSex } from './reference-tables';
import { SEXES, type SexKey } from './age-vectors';
import { BULLETIN_2020 } from './published-figures-and-assumptions';

/** Broad bands the bulletin's shares define, by index of the Xiqing yearbook groups (0, 1–4, 5–9 … 80–84, 85+). */
const BAND_OF_XIQING_GROUP = [0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 3, 3, 3, 3] as const;
/** Names of the broad bands, in band order. */
export const BAND_NAMES = ['0-14', '15-59', '60-64', '65+'] as const;

/**
 * Iterative proportional fitting of a 4-band × 2-sex table to band and sex margins.
 * @returns the fitted table, same layout as `seed`
 */
function rake(seed: number[][], bandTargets: number[], sexTargets: number[]): number[][] {
  const t = seed.map((r) => r.slice());
  for (let iter = 0; iter < 10_000; iter++) {
    for (let b = 0; b < t.length; b++) {
      const f = bandTargets[b] / (t[b][0] + t[b][1]);
      t[b][0] *= f;
      t[b][1] *= f;
    }
    let worst = 0;
    for (let s = 0; s < 2; s++) {
      const col = t.reduce((a, r) => a + r[s], 0);
      const f = sexTargets[s] / col;
      worst = Math.max(worst, Math.abs(f - 1));
      for (const r of t) r[s] *= f;
    }
    if (worst < 1e-15) return t;
  }
  throw new Error('raking did not converge');
}

/** Xiqing's age groups raked to the bulletin, in Tianjin's 22 groups. */
export interface RakedGroups {
  /** The published census count at age 0, kept out of the raking. */
  age0: { male: number; female: number };
  /** Raking factor per band (row) and sex (column: male, female). */
  factors: number[][];
  /** Raked counts in Tianjin's groups 0, 1–4, 5–9 … 95–99, 100+, by sex. */
  raked22: Record<SexKey, number[]>;
  /** Index of the Tianjin group `85-89`. */
  i85: number;
}

/**
 * Rakes Xiqing's 19 census age groups to the bulletin's resident total, sex share and broad age shares
 * (age 0 kept), then splits 85+ in Tianjin's shape.
 */
export function rakeToBulletin(census: Census2020AgeSex): RakedGroups {
  const x = census.xiqing;
  // ---- 2. Bulletin targets and raking ----------------------------------------------------------
  const B = BULLETIN_2020;
  const share60to64 = B.share60plus - B.share65plus;
  if (Math.abs(share60to64 - (B.share15to64 - B.share15to59)) > 1e-12) throw new Error('bulletin shares inconsistent');
  const bandShares = [B.share0to14, B.share15to59, share60to64, B.share65plus];
  if (Math.abs(bandShares.reduce((a, b) => a + b, 0) - 1) > 1e-12) throw new Error('bulletin band shares do not sum to 1');
  // Age 0 is kept at the published census count (the births the fertility calibration targets);
  // the raking adjusts every other age group.
  const age0 = { male: x.male[0], female: x.female[0] };
  const seed = BAND_NAMES.map((_, b) =>
    SEXES.map((sex) => x[sex].reduce((a, v, i) => a + (BAND_OF_XIQING_GROUP[i] === b && i !== 0 ? v : 0), 0)),
  );
  const bandTargets = bandShares.map((s, b) => s * B.residents - (b === 0 ? age0.male + age0.female : 0));
  const sexTargets = [B.maleShare * B.residents - age0.male, (1 - B.maleShare) * B.residents - age0.female];
  const fitted = rake(seed, bandTargets, sexTargets);
  const factors = fitted.map((r, b) => r.map((v, s) => v / seed[b][s]));
  const raked19: Record<SexKey, number[]> = {
    male: x.male.map((v, i) => (i === 0 ? v : v * factors[BAND_OF_XIQING_GROUP[i]][0])),
    female: x.female.map((v, i) => (i === 0 ? v : v * factors[BAND_OF_XIQING_GROUP[i]][1])),
  };

  // ---- 3. Split 85+ in Tianjin's shape (85–89, 90–94, 95–99, 100+), by sex ----------------------
  const t = census.tianjin;
  const i85 = t.labels.indexOf('85-89');
  const raked22: Record<SexKey, number[]> = { male: [], female: [] };
  for (const sex of SEXES) {
    const split = splitByReference(raked19[sex][18], t[sex].slice(i85));
    raked22[sex] = [...raked19[sex].slice(0, 18), ...split];
  }
  return { age0, factors, raked22, i85 };
}

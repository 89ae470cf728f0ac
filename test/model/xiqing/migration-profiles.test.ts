/**
 * The migration age profiles: distributions of movers fitted by the 2010 → 2020 backtest. No stream puts
 * more than 2% of its movers at 80+ (the cohort residual has about 1% of net in-migrants at 80–84 in
 * 2020, most of whom arrived younger), and children arrive with their parents.
 */
import { describe, expect, it } from 'vitest';
import {
  buildProfiles,
  childAges,
  PROFILE_PARAMETERS,
  shareAtOrAbove,
  type Profile,
} from '../../../src/model/xiqing/rates/migration-profiles';
import { SHIPPED_PROFILES } from '../../../src/model/xiqing/rates/migration-streams';

const total = (p: Profile): number => shareAtOrAbove(p, 0);
const children = (p: Profile): number => 1 - shareAtOrAbove(p, 15);

describe('migration age profiles', () => {
  it.each(Object.entries(SHIPPED_PROFILES))('%s: a distribution (sums to 1, no negative cell)', (_, p) => {
    expect(total(p)).toBeCloseTo(1, 12);
    for (const v of [...p.male, ...p.female]) expect(v).toBeGreaterThanOrEqual(0);
  });

  it.each(Object.entries(SHIPPED_PROFILES))('%s: at most 2% of movers are 80 or older', (_, p) => {
    expect(shareAtOrAbove(p, 80)).toBeLessThanOrEqual(0.02);
    expect(shareAtOrAbove(p, 90)).toBeLessThan(0.01);
  });

  it('children arrive with their parents: families and central-city households bring children, lone labour migrants and talent none', () => {
    expect(children(SHIPPED_PROFILES.family)).toBeGreaterThan(0.2);
    expect(children(SHIPPED_PROFILES.centralCity)).toBeGreaterThan(0.1);
    expect(children(SHIPPED_PROFILES.labour)).toBeCloseTo(0, 12);
    expect(children(SHIPPED_PROFILES.talent)).toBeCloseTo(0, 12);
  });

  it('children per adult woman is the fitted parameter; their ages are those of children of women of the movers’ ages', () => {
    const p = SHIPPED_PROFILES.family;
    let women = 0;
    for (let x = 15; x <= 100; x++) women += p.female[x];
    expect(children(p) / women).toBeCloseTo(PROFILE_PARAMETERS.childrenPerWoman, 9);
    // Mothers aged exactly 30 have children whose ages follow the fertility schedule read backwards:
    // none older than 30 − 15, more at 3–5 (births at 25–27) than at 13 (births at 17).
    const mothers = new Float64Array(101);
    mothers[30] = 1;
    const c = childAges(mothers);
    expect(c.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(c[4]).toBeGreaterThan(c[13]);
    expect(c[16]).toBe(0);
    // A child aged 0 at the end of the year arrived within its first year: half weight, so fewer than age 1.
    expect(c[0]).toBeLessThan(c[1]);
  });

  it('a profile can break the 80+ bound, and the fit rejects it (so the bound is not vacuous)', async () => {
    const broad = buildProfiles({ ...PROFILE_PARAMETERS, centralDescent: 0.02, centralPeak: 42 });
    expect(shareAtOrAbove(broad.centralCity, 80)).toBeGreaterThan(0.02);
    const { backtestMape } = await import('../../../scripts/backtest/fit-profiles');
    expect(backtestMape({ ...PROFILE_PARAMETERS, centralDescent: 0.02, centralPeak: 42 })).toBe(Number.POSITIVE_INFINITY);
  });
});

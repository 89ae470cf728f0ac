/**
 * Default separation factors (ax) for a single-year life table when the caller gives none.
 *
 * Only a0 needs a rule: infant deaths cluster in the first weeks of life, so the mean time lived
 * by those dying before age 1 is far below half a year and depends on the level of infant mortality.
 * Everywhere else deaths are close to uniform within the year and ax = 0.5 is the standard choice.
 */
import type { Sex } from './types';

/** Sex selector of the a0 rule; `both` averages the male and female rules. */
export type A0Sex = Sex | 'both';

/**
 * a0 (years) from the infant death rate m0 (deaths per person-year), after Andreev & Kingkade (2015),
 * "Average age at death in infancy and infant mortality level: Reconsidering the Coale-Demeny
 * formulas at current levels of low mortality", Demographic Research 33(13), Table 3 (the m0 rules).
 *
 * Chosen over Coale–Demeny because it was fitted on the low-mortality populations (HMD) that today's
 * Chinese infant mortality resembles. The paper gives no both-sex rule; for `both` we take the mean
 * of the two sex rules, which is within a few thousandths of a year of either.
 *
 * @param m0 infant death rate, deaths per person-year (≥ 0)
 * @param sex which rule to use (default `both`)
 * @returns a0, years lived in the interval by those dying in it (0..1)
 */
export function andreevKingkadeA0(m0: number, sex: A0Sex = 'both'): number {
  if (sex === 'male') {
    if (m0 < 0.023) return 0.14929 - 1.99545 * m0;
    if (m0 < 0.08307) return 0.02832 + 3.26201 * m0;
    return 0.29915;
  }
  if (sex === 'female') {
    if (m0 < 0.01724) return 0.14903 - 2.05527 * m0;
    if (m0 < 0.06891) return 0.04667 + 3.88089 * m0;
    return 0.31411;
  }
  return (andreevKingkadeA0(m0, 'male') + andreevKingkadeA0(m0, 'female')) / 2;
}

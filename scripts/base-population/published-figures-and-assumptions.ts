/** Published figures, reference file names and the [U] assumptions of the 2020 base population, in one place to change. */
import type { StateName } from '../../src/model/xiqing/base-population';

/** The reference files used, in `<repo>/data/reference/`. */
export const REFERENCE_FILES = {
  ageSex: 'census2020_agesex_xiqing_tianjin_china.csv',
  yearbook: 'census2020_yearbook_selected.csv',
  census2010: 'census2010_xiqing_row.csv',
  residual: 'xiqing_netmig_2010_2020_cohort_residual.csv',
} as const;

/** The script named in the JSON's `generatedBy`. */
export const GENERATED_BY = 'scripts/build-base-population.ts';

/**
 * Xiqing's 2020 census bulletin (七普公报), as quoted in the reference README §1 and the plan
 * (key-figures.md): resident total, share of men, broad age shares. Grade B.
 */
export const BULLETIN_2020 = {
  residents: 1_195_124,
  maleShare: 0.5262,
  share0to14: 0.1202,
  share15to59: 0.7151,
  share15to64: 0.7719,
  share60plus: 0.1647,
  share65plus: 0.1079,
} as const;

/** End-2020 hukou (register) population from the plan 《西青区人口发展"十四五"规划》 §一(一), persons. Grade A/B. */
export const REGISTER_HUKOU_2020 = 465_900;

/** Single ages 0..100; 100 is the open group 100+. */
export const OPEN_AGE = 100;

/**
 * Students (university-area special population): how the estimate is made and how it is spread over
 * single ages and hukou states. Every number here is an assumption (grade U) documented in
 * docs/data-sources.md; change it here and re-run the script.
 */
export const STUDENT_ASSUMPTIONS = {
  /**
   * Within-group age profile of the excess population: at the census date (1 November) first-year
   * students are mostly 18, second-years 19, …; the 20–24 group holds third- and fourth-years and
   * master's students. Shares sum to 1 within each group.
   */
  profile: {
    '15-19': { 17: 0.05, 18: 0.42, 19: 0.53 },
    '20-24': { 20: 0.35, 21: 0.3, 22: 0.15, 23: 0.12, 24: 0.08 },
  } as Record<'15-19' | '20-24', Record<number, number>>,
  /**
   * Where students' hukou is: half from Tianjin (municipal universities and vocational colleges
   * recruit mostly in Tianjin; a move inside the city brings them nothing, so they keep their
   * district hukou), half from other provinces, of whom half moved their hukou to the campus
   * collective hukou (then they hold Xiqing hukou, state `local`).
   */
  hukouShares: { local: 0.25, tianjin: 0.5, outside: 0.25 } as Record<StateName, number>,
} as const;

/**
 * Ages of residents without Xiqing hukou (non-students); assumptions documented in docs/data-sources.md.
 *
 * - Non-local share of residents: flat up to `plateauEndAge` (children share their parents' status;
 *   the level is solved so that the tianjin + outside totals are met); from the mid-point of 60–64 on,
 *   the share of each cohort that arrived (net) in 2010–2020 by the cohort residual; linear between.
 * - Tianjin share of non-local residents: `tianjinShareOfNonLocalOld` from `oldFromAge` on (older
 *   in-movers come mostly from central Tianjin: reference README §5, model guide §5; grade U); a flat level up
 *   to `plateauEndAge`, solved so that the tianjin total is met; linear between.
 * - Sex: local and tianjin residents have China's sex composition at each age up to `plateauEndAge`
 *   (natives and family movers follow birth-cohort sex ratios) and the residents' own composition
 *   from `oldFromAge` on (no labour-migration distortion at old ages); linear between. Outside-Tianjin
 *   residents take the rest, hence the male surplus of labour migration.
 */
export const HUKOU_AGE_ASSUMPTIONS = {
  plateauEndAge: 44,
  oldFromAge: 60,
  tianjinShareOfNonLocalOld: 0.75,
} as const;

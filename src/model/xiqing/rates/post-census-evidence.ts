/**
 * The evidence after the census that the default ("recent trend") uses, and what it implies for Xiqing.
 * Xiqing's own post-census figures are deliberately *not* here: they belong in observation files, so
 * that the trend stays an honest projection to compare them with (docs/calibration.md).
 *
 * Sources: reference README §8 (Tianjin statistical bulletins as quoted, grade B; WPP 2024, grade A).
 */
import wpp from '../data/wpp2024-china.json';

/** Tianjin's resident population: census (1 Nov 2020) and year ends 2021–2024, persons (README §8, grade A/B). */
export const TIANJIN_RESIDENTS = { census2020: 13_866_009, 2021: 13_730_000, 2022: 13_630_000, 2023: 13_640_000, 2024: 13_640_000 } as const;

/**
 * Tianjin's natural increase, per 1,000 residents: 2023 −2.57 and 2024 −1.97 are published (grade B);
 * 2021 and 2022 are not in the reference set: negative "every year since 2021" is, so they are
 * interpolated between the census year (crude birth rate 5.99, death rate ≈ 5.9: about +0.1) and 2023
 * (−0.5 and −1.5; grade D).
 */
export const TIANJIN_NATURAL_INCREASE_PER_1000 = { 2021: -0.5, 2022: -1.5, 2023: -2.57, 2024: -1.97 } as const;

/** Tianjin's crude birth rate, per 1,000 (grade B): the census year, 2023 and 2024 (a dragon year). */
export const TIANJIN_CBR = { 2020: 5.99, 2023: 4.47, 2024: 4.99 } as const;

/**
 * Tianjin's net migration from outside the city in calendar year Y, persons: the change in residents
 * minus natural increase (2021 runs from the census, 14 months, scaled to 12). Intra-Tianjin moves
 * (central city → suburbs) cancel out of this figure (grade D).
 */
export function tianjinNetMigration(year: 2021 | 2022 | 2023 | 2024): number {
  const r = TIANJIN_RESIDENTS;
  const start = year === 2021 ? r.census2020 : r[(year - 1) as 2021 | 2022 | 2023];
  const end = r[year];
  const months = year === 2021 ? 14 : 12;
  const natural = (TIANJIN_NATURAL_INCREASE_PER_1000[year] / 1000) * ((start + end) / 2) * (months / 12);
  return ((end - start - natural) * 12) / months;
}

/**
 * Tianjin's average net migration from outside the city over the census decade, persons a year: the
 * 2010 → 2020 census change (12,938,693 → 13,866,009) less natural increase at an average of +2.0 per
 * 1,000 (crude birth rate about 7.5, death rate about 5.5 in the 2010s: 2017's published 7.65 and the
 * census year's 5.99 bracket the births; grade D).
 */
export const TIANJIN_DECADE_NET_MIGRATION = (13_866_009 - 12_938_693 - 0.002 * 13_400_000 * 10) / 10;

/** Tianjin's residents with hukou in another province at the 2020 census (yearbook, grade A). */
export const TIANJIN_OUTSIDE_PROVINCE_RESIDENTS = 3_534_816;
/** Xiqing's residents with hukou in another province at the 2020 census (README §2, grade A). */
export const XIQING_OUTSIDE_PROVINCE_RESIDENTS = 446_228;
/** Xiqing's share of Tianjin's residents from other provinces (12.6%). */
export const XIQING_SHARE_OF_OUTSIDE_PROVINCE = XIQING_OUTSIDE_PROVINCE_RESIDENTS / TIANJIN_OUTSIDE_PROVINCE_RESIDENTS;

/** The post-census years with Tianjin evidence. */
export const EVIDENCE_YEARS = [2021, 2022, 2023, 2024] as const;

/**
 * Xiqing's share of Tianjin's shock: the change in Xiqing's migration from other provinces in year Y
 * against its normal level, persons — Xiqing's share of Tianjin's outside-province residents times the
 * departure of Tianjin's net migration from its decade average (the "deviation" mapping; the default).
 */
export function xiqingOutsideDeviation(year: (typeof EVIDENCE_YEARS)[number]): number {
  return XIQING_SHARE_OF_OUTSIDE_PROVINCE * (tianjinNetMigration(year) - TIANJIN_DECADE_NET_MIGRATION);
}

/**
 * Xiqing's net migration from other provinces under the "level" mapping (the downside): Xiqing's share of
 * Tianjin's net migration itself, as if Xiqing were an average Tianjin district for those migrants.
 */
export function xiqingOutsideLevelMapping(year: (typeof EVIDENCE_YEARS)[number]): number {
  return XIQING_SHARE_OF_OUTSIDE_PROVINCE * tianjinNetMigration(year);
}

const tfr = wpp.tfr as Record<string, number>;

/**
 * Fertility relative to 2020, by calendar year (1 = the calibrated 2020 level): WPP 2024 China's TFR for
 * 2021–2023 (1.12, 1.03, 1.00 against 1.24; observed, grade A), 2024 the 2023 level raised by Tianjin's
 * dragon-year rise in the crude birth rate (4.47‰ → 4.99‰; grade B), and 2025 WPP's medium variant
 * (1.02). After 2025 the TFR levers take over.
 */
export const FERTILITY_RATIO_TO_2020: Readonly<Record<number, number>> = {
  2020: 1,
  2021: tfr['2021'] / tfr['2020'],
  2022: tfr['2022'] / tfr['2020'],
  2023: tfr['2023'] / tfr['2020'],
  2024: (tfr['2023'] / tfr['2020']) * (TIANJIN_CBR[2024] / TIANJIN_CBR[2023]),
  2025: tfr['2025'] / tfr['2020'],
};

const e0 = wpp.e0.bothByYear as Record<string, number>;
/**
 * The COVID-19 wave of December 2022 – January 2023: life expectancy in 2023 below its trend by China's
 * shortfall in WPP 2024 (e0 2023 77.95 against 78.29 on the 2020–2022 trend: −0.34 years; deaths 11.68 M
 * against 11.00 M in 2022). Applied to Xiqing's 2023 e0 (grade D; Tianjin's crude death rate 7.04‰ in
 * 2023 against 6.96‰ in 2024 is consistent with a smaller local excess).
 */
export const COVID_E0_SHORTFALL_2023 = e0['2023'] - (e0['2022'] + (e0['2022'] - e0['2020']) / 2);

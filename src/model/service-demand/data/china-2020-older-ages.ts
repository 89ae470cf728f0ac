/**
 * China's 2020 census population at ages 50 and over, by 5-year age group and sex, persons.
 *
 * Source: 2020 population census,《中国人口普查年鉴—2020》table 1-5 (national), as transcribed in
 * `data/reference/census2020_agesex_xiqing_tianjin_china.csv`, columns China_M and China_F,
 * rows 50-54 … 95-99 and 100+ (reference README "Files here", grade A). The model may not read files,
 * so the numbers are copied here; `test/model/service-demand/prevalence.test.ts` re-reads the CSV and
 * checks that they match.
 *
 * Why ages 50+ when only 60+ is needed: Sprague graduation needs neighbouring groups on each side,
 * so the two groups below 60 give the 60–64 split its proper shape.
 */

/** Lower bound of the first 5-year group, years. */
export const CHINA_2020_FIRST_AGE = 50;

/** Closed 5-year groups 50–54 … 95–99 (10 groups) and the open group 100+, persons. */
export const CHINA_2020_OLDER_AGES = {
  male: {
    groups: [61105470, 50816026, 36871125, 36337923, 24162733, 14752433, 9157003, 4426091, 1367594, 271455],
    open: 35129,
  },
  female: {
    groups: [60058826, 50584760, 36511813, 37667637, 25427303, 16486416, 11225875, 6400439, 2285155, 548357],
    open: 83737,
  },
} as const;

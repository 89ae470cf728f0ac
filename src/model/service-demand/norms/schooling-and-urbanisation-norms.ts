/** Norm specs for schooling levels of cohorts and migrant streams (see schooling.ts) and for urbanisation. */
import { appliesToOther, assumption, pct, pctPerYear, schoolYears } from './norm-spec-common';
import type { NormSpec } from './norm-spec-common';

/** Schooling and urbanisation norm ids, in display order. */
export const SCHOOLING_AND_URBANISATION_NORM_IDS = [
  'schoolLeaverYears', 'schoolLeaverCollegeShare', 'studentYears',
  'centralCityYears', 'centralCityCollegeShare', 'outsideMigrantYears', 'outsideMigrantCollegeShare',
  'talentYears', 'talentCollegeShare', 'southStationYears', 'southStationCollegeShare',
  'ruralChangeRate',
] as const;

/** Identifier of a schooling and urbanisation norm. */
export type SchoolingAndUrbanisationNormId = (typeof SCHOOLING_AND_URBANISATION_NORM_IDS)[number];

/** The schooling and urbanisation norm specs, keyed by id (part of `NORM_SPECS`). */
export const SCHOOLING_AND_URBANISATION_NORM_SPECS: { readonly [K in SchoolingAndUrbanisationNormId]: NormSpec<K> } = {
  // ---- Schooling (a cohort attribute; see schooling.ts) ------------------------------------------
  schoolLeaverYears: {
    id: 'schoolLeaverYears', chapter: 'services',
    label: { zh: '新进入16岁队列的受教育年限', en: 'Schooling of cohorts reaching 16' },
    explanation: {
      zh: '每年满16岁的本地队列带入的平均受教育年限（其最终学历水平），此后随队列不变。',
      en: 'Mean years of schooling (final attainment) that each cohort reaching 16 brings; it then stays with the cohort.',
    },
    unit: schoolYears, format: 'number', decimals: 1, min: 9, max: 17, step: 0.1, default: 13.8,
    source: assumption(
      '取2020年校准年龄梯度中25岁及以下非学生人口的水平（最年轻的已完成学业队列；梯度斜率为假设，见schooling.ts），校准目标为规划的12.31年和42.6%。',
      'the level of non-students aged 25 and under in the 2020 age gradient (the youngest cohorts that have finished school; the gradient’s slopes are assumptions, see schooling.ts), calibrated to the plan’s 12.31 years and 42.6%.',
      'src/model/service-demand/schooling.ts; key-figures.md',
    ),
    drives: ['meanSchoolingYears16to59'],
    appliesTo: appliesToOther('年满16岁的队列', 'cohorts reaching 16'),
  },
  schoolLeaverCollegeShare: {
    id: 'schoolLeaverCollegeShare', chapter: 'services',
    label: { zh: '新进入16岁队列的大专及以上比例', en: 'College share of cohorts reaching 16' },
    explanation: { zh: '每年满16岁的队列最终获得大专及以上学历的比例。', en: 'Share of each cohort reaching 16 that ends up with college education or above.' },
    unit: pct, format: 'percent', decimals: 0, min: 0, max: 1, step: 0.01, default: 0.59,
    source: assumption(
      '同上：2020年校准梯度中25岁及以下非学生的大专及以上比例。',
      'as for the years: the college share of non-students aged 25 and under in the calibrated 2020 gradient.',
      'src/model/service-demand/schooling.ts; key-figures.md',
    ),
    drives: ['collegeShare16to59', 'meanSchoolingYears16to59'],
    appliesTo: appliesToOther('年满16岁的队列', 'cohorts reaching 16'),
  },
  studentYears: {
    id: 'studentYears', chapter: 'services',
    label: { zh: '高校学生的受教育年限', en: 'Schooling of university students' },
    explanation: {
      zh: '高校区在校生（按在读学历计，均为大专及以上）的平均受教育年限。',
      en: 'Mean years of schooling of university-area students (counted at the level attended; all are college or above).',
    },
    unit: schoolYears, format: 'number', decimals: 1, min: 14, max: 19, step: 0.1, default: 16,
    source: assumption(
      '取西青区2020年大专及以上人口的平均年限（专科15年、本科及以上约16.5年，由七普分学历人数和平均受教育年限11.31年推得≈16.0年）。',
      'the 2020 mean of Xiqing’s college-educated residents (专科 15 years, 本科+ ≈ 16.5 from the census counts by level and the 11.31-year mean) ≈ 16.0.',
      'census2020_yearbook_selected.csv (Xiqing)',
    ),
    drives: ['meanSchoolingYears16to59'],
    appliesTo: appliesToOther('高校在校生', 'university students'),
  },
  centralCityYears: {
    id: 'centralCityYears', chapter: 'services',
    label: { zh: '中心城区疏解迁入者受教育年限', en: 'Schooling of central-city movers' },
    explanation: { zh: '从中心城区迁入的16岁及以上人口的平均受教育年限。', en: 'Mean years of schooling of central-city movers aged 16+.' },
    unit: schoolYears, format: 'number', decimals: 1, min: 6, max: 19, step: 0.1, default: 12.8,
    source: assumption('以家庭为主的城市居民，略高于2020年全区16—59岁水平（12.31年）。', 'urban families, a little above Xiqing’s 2020 level for ages 16–59 (12.31).'),
    drives: ['meanSchoolingYears16to59'],
    appliesTo: appliesToOther('16岁及以上中心城区迁入者', 'central-city movers aged 16+'),
  },
  centralCityCollegeShare: {
    id: 'centralCityCollegeShare', chapter: 'services',
    label: { zh: '中心城区疏解迁入者大专及以上比例', en: 'College share of central-city movers' },
    explanation: { zh: '从中心城区迁入的16岁及以上人口中大专及以上学历的比例。', en: 'Share with college education or above among central-city movers aged 16+.' },
    unit: pct, format: 'percent', decimals: 0, min: 0, max: 1, step: 0.01, default: 0.45,
    source: assumption('略高于2020年全区16—59岁的42.6%。', 'a little above Xiqing’s 2020 share for ages 16–59 (42.6%).'),
    drives: ['collegeShare16to59', 'meanSchoolingYears16to59'],
    appliesTo: appliesToOther('16岁及以上中心城区迁入者', 'central-city movers aged 16+'),
  },
  outsideMigrantYears: {
    id: 'outsideMigrantYears', chapter: 'services',
    label: { zh: '外省市迁入者受教育年限', en: 'Schooling of migrants from outside Tianjin' },
    explanation: { zh: '外省市迁入的16岁及以上人口的平均受教育年限。', en: 'Mean years of schooling of migrants from outside Tianjin aged 16+.' },
    unit: schoolYears, format: 'number', decimals: 1, min: 6, max: 19, step: 0.1, default: 10.8,
    source: assumption('以制造业务工人员为主，约为初中至高中之间。', 'mostly manufacturing workers, between junior and senior secondary.'),
    drives: ['meanSchoolingYears16to59'],
    appliesTo: appliesToOther('16岁及以上外省市迁入者', 'migrants from outside Tianjin aged 16+'),
  },
  outsideMigrantCollegeShare: {
    id: 'outsideMigrantCollegeShare', chapter: 'services',
    label: { zh: '外省市迁入者大专及以上比例', en: 'College share of migrants from outside Tianjin' },
    explanation: { zh: '外省市迁入的16岁及以上人口中大专及以上学历的比例。', en: 'Share with college education or above among migrants from outside Tianjin aged 16+.' },
    unit: pct, format: 'percent', decimals: 0, min: 0, max: 1, step: 0.01, default: 0.15,
    source: assumption('务工人员中大专及以上比例较低（全国农民工约一成），外来人口中另有部分专业人员。', 'low among migrant workers (about a tenth nationally), with some professionals among other migrants.'),
    drives: ['collegeShare16to59', 'meanSchoolingYears16to59'],
    appliesTo: appliesToOther('16岁及以上外省市迁入者', 'migrants from outside Tianjin aged 16+'),
  },
  talentYears: {
    id: 'talentYears', chapter: 'services',
    label: { zh: '引进人才受教育年限', en: 'Schooling of attracted talent' },
    explanation: { zh: '引进的高校毕业生和专业人才的平均受教育年限。', en: 'Mean years of schooling of the graduates and professionals attracted.' },
    unit: schoolYears, format: 'number', decimals: 1, min: 12, max: 19, step: 0.1, default: 16.5,
    source: assumption('本科（16年）为主，部分研究生（19年）。', 'mostly bachelor’s degrees (16 years), some postgraduates (19).'),
    drives: ['meanSchoolingYears16to59'],
    appliesTo: appliesToOther('16岁及以上引进人才', 'attracted talent aged 16+'),
  },
  talentCollegeShare: {
    id: 'talentCollegeShare', chapter: 'services',
    label: { zh: '引进人才大专及以上比例', en: 'College share of attracted talent' },
    explanation: { zh: '引进人才中大专及以上学历的比例。', en: 'Share with college education or above among attracted talent.' },
    unit: pct, format: 'percent', decimals: 0, min: 0, max: 1, step: 0.01, default: 1,
    source: assumption('人才引进对象均为高校毕业生或专业人才。', 'the talent programmes recruit graduates and professionals.'),
    drives: ['collegeShare16to59', 'meanSchoolingYears16to59'],
    appliesTo: appliesToOther('16岁及以上引进人才', 'attracted talent aged 16+'),
  },
  southStationYears: {
    id: 'southStationYears', chapter: 'services',
    label: { zh: '南站科技商务区新居民受教育年限', en: 'Schooling of South Station newcomers' },
    explanation: { zh: '南站科技商务区新增16岁及以上居民的平均受教育年限。', en: 'Mean years of schooling of the South Station district’s new residents aged 16+.' },
    unit: schoolYears, format: 'number', decimals: 1, min: 6, max: 19, step: 0.1, default: 14,
    source: assumption('科技商务区，高于全区平均。', 'a science and business district, above the district average.'),
    drives: ['meanSchoolingYears16to59'],
    appliesTo: appliesToOther('16岁及以上南站新入住者', 'South Station newcomers aged 16+'),
  },
  southStationCollegeShare: {
    id: 'southStationCollegeShare', chapter: 'services',
    label: { zh: '南站科技商务区新居民大专及以上比例', en: 'College share of South Station newcomers' },
    explanation: { zh: '南站科技商务区新增16岁及以上居民中大专及以上学历的比例。', en: 'Share with college education or above among South Station newcomers aged 16+.' },
    unit: pct, format: 'percent', decimals: 0, min: 0, max: 1, step: 0.01, default: 0.6,
    source: assumption('科技商务区，高于全区平均。', 'a science and business district, above the district average.'),
    drives: ['collegeShare16to59', 'meanSchoolingYears16to59'],
    appliesTo: appliesToOther('16岁及以上南站新入住者', 'South Station newcomers aged 16+'),
  },

  // ---- Urbanisation --------------------------------------------------------------------------
  ruralChangeRate: {
    id: 'ruralChangeRate', chapter: 'services',
    label: { zh: '乡村常住人口年变化率', en: 'Annual change of the rural resident population' },
    explanation: {
      zh: '乡村常住人口每年的变化率（村庄改造、自然变动）；新增人口（出生、净迁入）均计入城镇。',
      en: 'Yearly change of the rural population (village redevelopment, natural change); all new residents (births, net inflows) count as urban.',
    },
    unit: pctPerYear, format: 'percent', decimals: 1, min: -0.15, max: 0.05, step: 0.005, default: -0.03,
    source: assumption(
      '2010—2020年乡村人口由188,166人降至62,647人（年均−10.4%，D级），主要来自大规模村改居；剩余村庄多在远郊，取其约三分之一。',
      '2010–2020 the rural population fell from 188,166 to 62,647 (−10.4% a year, grade D), mostly village-to-city reclassification; most remaining villages are outlying, so about a third of that pace.',
      'census2010_xiqing_row.csv, census2020_yearbook_selected.csv',
    ),
    drives: ['urbanisation', 'ruralResidents'],
    appliesTo: appliesToOther('乡村常住人口', 'rural residents'),
  },
};

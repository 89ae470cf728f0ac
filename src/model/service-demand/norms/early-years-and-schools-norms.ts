/** Norm specs for childcare (under-3s), preschool (ages 3–5) and compulsory-school class sizes. */
import { appliesToOther, assumption, pct, perClass, places, placesPerYear, pupilsPerClass, residentsAged } from './norm-spec-common';
import type { NormSpec } from './norm-spec-common';

/** Childcare, preschool and school norm ids, in display order. */
export const EARLY_YEARS_AND_SCHOOL_NORM_IDS = [
  'childcarePlacesPer1000', 'childcareDemandRate', 'childcareSupply2020', 'childcarePlacesAddedPerYear',
  'preschoolEnrolment', 'preschoolEnrolment2020', 'preschoolPlacesAddedPerYear',
  'kindergartenClassSizeAge3', 'kindergartenClassSizeAge4', 'kindergartenClassSizeAge5', 'maxChildrenPerKindergarten',
  'primaryClassSize', 'juniorClassSize',
] as const;

/** Identifier of a childcare, preschool and school norm. */
export type EarlyYearsAndSchoolNormId = (typeof EARLY_YEARS_AND_SCHOOL_NORM_IDS)[number];

/** The childcare, preschool and school norm specs, keyed by id (part of `NORM_SPECS`). */
export const EARLY_YEARS_AND_SCHOOL_NORM_SPECS: { readonly [K in EarlyYearsAndSchoolNormId]: NormSpec<K> } = {
  // ---- Childcare (托育), under-3s ----------------------------------------------------------------
  childcarePlacesPer1000: {
    id: 'childcarePlacesPer1000', chapter: 'services',
    label: { zh: '每千人口3岁以下婴幼儿托位数', en: 'Under-3 childcare places per 1,000 residents' },
    explanation: {
      zh: '按常住人口配置托位的标准；托位需求（按标准）＝常住人口×标准÷1000。',
      en: 'Provision standard for childcare places; places needed by the norm = residents × norm ÷ 1,000.',
    },
    unit: { zh: '个/千人', en: 'places per 1,000 residents' }, format: 'number', decimals: 1, min: 0, max: 20, step: 0.1, default: 4.5,
    source: {
      text: {
        zh: '规划：“每千人口拥有3岁以下婴幼儿托位数达到4.5个”（2025年，与全国目标一致）。',
        en: 'Plan: “4.5 under-3 childcare places per 1,000 residents” by 2025 (also the national target).',
      },
      ref: 'key-figures.md, 2025 targets; reference README §6', grade: 'A',
    },
    drives: ['childcarePlacesByNorm', 'childcareGap'],
    appliesTo: residentsAged(0),
  },
  childcareDemandRate: {
    id: 'childcareDemandRate', chapter: 'services',
    label: { zh: '有托育需求的婴幼儿比例', en: 'Share of under-3s whose families want a childcare place' },
    explanation: {
      zh: '3岁以下婴幼儿中家庭希望入托的比例；托位需求（按意愿）＝0—2岁人口×该比例。',
      en: 'Share of children under 3 whose families want a place; places wanted = population aged 0–2 × this share.',
    },
    unit: pct, format: 'percent', decimals: 0, min: 0, max: 1, step: 0.01, default: 0.3,
    source: {
      text: {
        zh: '“超过30%的婴幼儿家庭有托育需求，实际入托率约6%”（全国）。',
        en: '“Over 30% of families with infants want childcare; about 6% of children attend” (national).',
      },
      ref: 'reference README §6', grade: 'B',
    },
    drives: ['childcarePlacesByDemand', 'childcareGapByDemand'],
    appliesTo: residentsAged(0, 2),
  },
  childcareSupply2020: {
    id: 'childcareSupply2020', chapter: 'services',
    label: { zh: '现有托位数（2020年）', en: 'Childcare places available (2020)' },
    explanation: {
      zh: '2020年全区已有的3岁以下托位数，是计算缺口的起点。',
      en: 'Under-3 childcare places in the district in 2020: the starting point of the gap.',
    },
    unit: places, format: 'number', decimals: 0, min: 0, max: 50000, step: 10, default: 2430,
    source: assumption(
      '无西青区数据；按全国2021年底每千人2.03个托位×2020年常住人口1,195,124人≈2,426个。',
      'no Xiqing figure; the national end-2021 rate of 2.03 places per 1,000 × 1,195,124 residents (2020) ≈ 2,426 places.',
      'reference README §1, §6',
    ),
    drives: ['childcareSupply', 'childcareGap', 'childcareSupplyPer1000'],
    appliesTo: appliesToOther('现有托位（不按人口计）', 'places in 2020 (not a rate on people)'),
  },
  childcarePlacesAddedPerYear: {
    id: 'childcarePlacesAddedPerYear', chapter: 'services',
    label: { zh: '每年新增托位', en: 'Childcare places added each year' },
    explanation: {
      zh: '2020年后每年新建的托位数（如幼儿园托班、社区托育点）。',
      en: 'Places added each year after 2020 (nursery classes in kindergartens, community childcare).',
    },
    unit: placesPerYear, format: 'number', decimals: 0, min: 0, max: 10000, step: 50, default: 0,
    source: assumption('默认0，即现有托位不变，缺口全部显示。', 'default 0: supply stays at today’s places, so the whole gap shows.'),
    drives: ['childcareSupply', 'childcareGap', 'childcareSupplyPer1000'],
    appliesTo: appliesToOther('新增托位（不按人口计）', 'places added (not a rate on people)'),
  },

  // ---- Preschool (学前教育), ages 3–5 ----------------------------------------------------------
  preschoolEnrolment: {
    id: 'preschoolEnrolment', chapter: 'services',
    label: { zh: '学前教育三年毛入园率（配置标准）', en: 'Three-year preschool gross enrolment (provision norm)' },
    explanation: {
      zh: '按3—5岁人口配置幼儿园学位的比例；学位需求＝3—5岁人口×该比例。',
      en: 'Share of children aged 3–5 for whom kindergarten places are provided; places = ages 3–5 × this share.',
    },
    unit: pct, format: 'percent', decimals: 0, min: 0.5, max: 1, step: 0.01, default: 0.93,
    source: {
      text: { zh: '规划：“学前教育三年毛入园率提高到93%以上”。', en: 'Plan: “raise three-year preschool gross enrolment to over 93%”.' },
      ref: 'key-figures.md, 2025 targets', grade: 'A',
    },
    drives: ['preschoolPlaces', 'preschoolClasses', 'kindergartens', 'preschoolGap'],
    appliesTo: residentsAged(3, 5),
  },
  preschoolEnrolment2020: {
    id: 'preschoolEnrolment2020', chapter: 'services',
    label: { zh: '2020年学前教育三年毛入园率', en: 'Preschool gross enrolment in 2020' },
    explanation: {
      zh: '2020年在园幼儿占3—5岁人口的比例；乘以2020年3—5岁人口得到现有幼儿园学位。',
      en: 'Children enrolled in 2020 as a share of ages 3–5; times the 2020 population aged 3–5 gives today’s kindergarten places.',
    },
    unit: pct, format: 'percent', decimals: 0, min: 0.5, max: 1, step: 0.01, default: 0.85,
    source: {
      text: { zh: '规划：2020年学前教育三年毛入园率85%。', en: 'Plan: three-year preschool gross enrolment 85% in 2020.' },
      ref: 'key-figures.md, base year', grade: 'A',
    },
    drives: ['preschoolSupply', 'preschoolGap', 'preschoolAttainableEnrolment'],
    appliesTo: residentsAged(3, 5),
  },
  preschoolPlacesAddedPerYear: {
    id: 'preschoolPlacesAddedPerYear', chapter: 'services',
    label: { zh: '每年新增幼儿园学位', en: 'Kindergarten places added each year' },
    explanation: { zh: '2020年后每年新增的幼儿园学位。', en: 'Kindergarten places added each year after 2020.' },
    unit: placesPerYear, format: 'number', decimals: 0, min: 0, max: 10000, step: 50, default: 0,
    source: assumption('默认0，即学位保持2020年水平。', 'default 0: places stay at the 2020 level.'),
    drives: ['preschoolSupply', 'preschoolGap', 'preschoolAttainableEnrolment'],
    appliesTo: appliesToOther('新增学位（不按人口计）', 'places added (not a rate on people)'),
  },
  kindergartenClassSizeAge3: {
    id: 'kindergartenClassSizeAge3', chapter: 'services',
    label: { zh: '幼儿园小班班额（3岁）', en: 'Kindergarten class size, age 3 (小班)' },
    explanation: { zh: '3—4岁小班每班幼儿数。', en: 'Children per class in the youngest year (ages 3–4).' },
    unit: perClass, format: 'number', decimals: 0, min: 10, max: 40, step: 1, default: 25,
    source: { text: { zh: '《幼儿园工作规程》第十一条：小班25人。', en: 'Kindergarten Work Regulations, Art. 11: 25 in the youngest class.' }, ref: 'reference README §6', grade: 'A' },
    drives: ['preschoolClasses'],
    appliesTo: appliesToOther('3岁在园幼儿（3岁常住人口×毛入园率）', 'enrolled children aged 3 (residents aged 3 × enrolment)'),
  },
  kindergartenClassSizeAge4: {
    id: 'kindergartenClassSizeAge4', chapter: 'services',
    label: { zh: '幼儿园中班班额（4岁）', en: 'Kindergarten class size, age 4 (中班)' },
    explanation: { zh: '4—5岁中班每班幼儿数。', en: 'Children per class in the middle year (ages 4–5).' },
    unit: perClass, format: 'number', decimals: 0, min: 10, max: 45, step: 1, default: 30,
    source: { text: { zh: '《幼儿园工作规程》第十一条：中班30人。', en: 'Kindergarten Work Regulations, Art. 11: 30 in the middle class.' }, ref: 'reference README §6', grade: 'A' },
    drives: ['preschoolClasses'],
    appliesTo: appliesToOther('4岁在园幼儿（4岁常住人口×毛入园率）', 'enrolled children aged 4 (residents aged 4 × enrolment)'),
  },
  kindergartenClassSizeAge5: {
    id: 'kindergartenClassSizeAge5', chapter: 'services',
    label: { zh: '幼儿园大班班额（5岁）', en: 'Kindergarten class size, age 5 (大班)' },
    explanation: { zh: '5—6岁大班每班幼儿数。', en: 'Children per class in the oldest year (ages 5–6).' },
    unit: perClass, format: 'number', decimals: 0, min: 10, max: 50, step: 1, default: 35,
    source: { text: { zh: '《幼儿园工作规程》第十一条：大班35人。', en: 'Kindergarten Work Regulations, Art. 11: 35 in the oldest class.' }, ref: 'reference README §6', grade: 'A' },
    drives: ['preschoolClasses'],
    appliesTo: appliesToOther('5岁在园幼儿（5岁常住人口×毛入园率）', 'enrolled children aged 5 (residents aged 5 × enrolment)'),
  },
  maxChildrenPerKindergarten: {
    id: 'maxChildrenPerKindergarten', chapter: 'services',
    label: { zh: '每所幼儿园最多幼儿数', en: 'Maximum children per kindergarten' },
    explanation: { zh: '幼儿园规模上限；所需幼儿园数＝学位÷该值（向上取整）。', en: 'Size limit of a kindergarten; kindergartens needed = places ÷ this (rounded up).' },
    unit: { zh: '人/所', en: 'children per kindergarten' }, format: 'number', decimals: 0, min: 90, max: 720, step: 10, default: 360,
    source: { text: { zh: '《幼儿园工作规程》第十一条：幼儿园规模一般不超过360人。', en: 'Kindergarten Work Regulations, Art. 11: generally at most 360 children.' }, ref: 'reference README §6', grade: 'A' },
    drives: ['kindergartens'],
    appliesTo: appliesToOther('幼儿园学位需求', 'kindergarten places needed'),
  },

  // ---- Compulsory education ------------------------------------------------------------------
  primaryClassSize: {
    id: 'primaryClassSize', chapter: 'services',
    label: { zh: '小学班额', en: 'Primary class size' },
    explanation: { zh: '小学（6—11岁）每班学生数；所需班数＝学位÷班额（向上取整）。', en: 'Pupils per primary class (ages 6–11); classes = places ÷ class size (rounded up).' },
    unit: pupilsPerClass, format: 'number', decimals: 0, min: 20, max: 66, step: 1, default: 45,
    source: assumption(
      '建设标准小学每班45人（无出处）；教育部班额分档：36—45人为正常班额。',
      'building-standard class of 45 (no source at hand); the MOE bands call 36–45 a normal class (grade B).',
      'reference README §6',
    ),
    drives: ['primaryClasses'],
    appliesTo: residentsAged(6, 11),
  },
  juniorClassSize: {
    id: 'juniorClassSize', chapter: 'services',
    label: { zh: '初中班额', en: 'Junior secondary class size' },
    explanation: { zh: '初中（12—14岁）每班学生数。', en: 'Pupils per junior secondary class (ages 12–14).' },
    unit: pupilsPerClass, format: 'number', decimals: 0, min: 20, max: 66, step: 1, default: 50,
    source: assumption(
      '建设标准初中每班50人（无出处）；教育部班额分档：46—55人为大班额。',
      'building-standard class of 50 (no source at hand); the MOE bands call 46–55 a large class (grade B).',
      'reference README §6',
    ),
    drives: ['juniorClasses'],
    appliesTo: residentsAged(12, 14),
  },
};

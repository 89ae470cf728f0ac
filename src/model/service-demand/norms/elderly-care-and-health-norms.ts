/** Norm specs for elderly care and health: disability and dementia prevalence, care beds, day care, meals, family doctors. */
import { appliesToOther, assumption, pct, residentsAged, yearsOfAge } from './norm-spec-common';
import type { NormSpec } from './norm-spec-common';

/** Elderly care and health norm ids, in display order. */
export const ELDERLY_CARE_AND_HEALTH_NORM_IDS = [
  'careDependentShare60plus', 'disabledShare60plus', 'disabilityDoublingYears', 'dementiaShare60plus', 'dementiaDoublingYears',
  'careBedsPer1000Elderly', 'nursingBedShare', 'elderlyPerDayCareCentre', 'mealServiceRate',
  'healthManagementRate', 'elderlyPerFamilyDoctor',
] as const;

/** Identifier of an elderly care and health norm. */
export type ElderlyCareAndHealthNormId = (typeof ELDERLY_CARE_AND_HEALTH_NORM_IDS)[number];

/** The elderly care and health norm specs, keyed by id (part of `NORM_SPECS`). */
export const ELDERLY_CARE_AND_HEALTH_NORM_SPECS: { readonly [K in ElderlyCareAndHealthNormId]: NormSpec<K> } = {
  // ---- Elderly ---------------------------------------------------------------------------------
  careDependentShare60plus: {
    id: 'careDependentShare60plus', chapter: 'services',
    label: { zh: '60岁及以上生活不能自理老人比例（全国）', en: 'Share of people 60+ unable to care for themselves (national)' },
    explanation: {
      zh: '全国60岁及以上人口中生活不能自理者的比例：需要长期照护、养老护理床位的人群；按年龄梯度分配到各年龄后用于西青区常住老人。',
      en: 'National share of people 60+ who cannot care for themselves: the group that needs long-term care and nursing beds; spread over single ages by the age gradient and applied to Xiqing’s residents 60+.',
    },
    unit: pct, format: 'percent', decimals: 2, min: 0, max: 0.3, step: 0.0001, default: 0.0234,
    source: {
      text: {
        zh: '2020年第七次全国人口普查：60岁及以上人口中“生活不能自理”占2.34%。',
        en: '2020 census: 2.34% of people 60+ report being “unable to care for themselves”.',
      },
      ref: 'data/reference/README.md §6', grade: 'B',
    },
    drives: ['careDependentElderly'],
    appliesTo: residentsAged(60),
  },
  disabledShare60plus: {
    id: 'disabledShare60plus', chapter: 'services',
    label: { zh: '60岁及以上失能、半失能老人比例（广义，全国）', en: 'Disabled or semi-disabled share of people 60+ (broad, national)' },
    explanation: {
      zh: '全国60岁及以上人口中失能、半失能者（含轻度日常活动受限）的比例；口径宽，表示需要某种帮助的人，不是护理床位需求人群。',
      en: 'National share of people 60+ who are disabled or semi-disabled, mild limitations included: a broad group who need some help, not the group that needs a care bed.',
    },
    unit: pct, format: 'percent', decimals: 1, min: 0, max: 0.6, step: 0.001, default: 0.183,
    source: {
      text: { zh: '2015年第四次中国城乡老年人生活状况抽样调查：18.3%。', en: '2015 national survey of older people’s living conditions: 18.3%.' },
      ref: 'data/reference/README.md §6', grade: 'B',
    },
    drives: ['disabledElderly'],
    appliesTo: residentsAged(60),
  },
  disabilityDoublingYears: {
    id: 'disabilityDoublingYears', chapter: 'services',
    label: { zh: '失能率翻倍所需年龄增量', en: 'Years of age over which disability prevalence doubles' },
    explanation: {
      zh: '失能率（生活不能自理和广义失能、半失能两种口径）随年龄对数线性上升，每增加这么多岁翻一番（封顶100%），整体水平按2020年全国60岁及以上年龄结构校准到全国比例。',
      en: 'Disability prevalence (both the unable-to-care-for-self and the broad group) rises log-linearly with age, doubling every this many years (capped at 100%); its level is scaled so China’s 2020 60+ age structure gives the national share.',
    },
    unit: yearsOfAge, format: 'number', decimals: 1, min: 3, max: 30, step: 0.5, default: 10,
    source: assumption(
      '未找到全国分年龄失能率；取每10岁翻一番：广义失能、半失能60—64岁约9%、85—89岁约49%，与“80岁以上最高”的描述相符；生活不能自理60—64岁约1.1%、85—89岁约6.3%。',
      'no national age-specific rates were found; doubling every 10 years gives, for the broad group, about 9% at 60–64 and 49% at 85–89, consistent with “highest at 80+”, and for those unable to care for themselves about 1.1% at 60–64 and 6.3% at 85–89.',
      'reference README §6',
    ),
    drives: ['careDependentElderly', 'disabledElderly'],
    appliesTo: residentsAged(60),
  },
  dementiaShare60plus: {
    id: 'dementiaShare60plus', chapter: 'services',
    label: { zh: '60岁及以上痴呆患病率（全国）', en: 'Dementia prevalence among people 60+ (national)' },
    explanation: {
      zh: '全国60岁及以上人口痴呆患病率；按年龄梯度分配后用于西青区。',
      en: 'National dementia prevalence at 60+; spread over single ages by the age gradient and applied to Xiqing.',
    },
    unit: pct, format: 'percent', decimals: 1, min: 0, max: 0.3, step: 0.001, default: 0.06,
    source: {
      text: { zh: 'Jia 等（2020）：60岁及以上痴呆患病率6.0%，轻度认知障碍15.5%。', en: 'Jia et al. (2020): dementia 6.0% of people 60+, MCI 15.5%.' },
      ref: 'reference README §6', grade: 'B',
    },
    drives: ['dementiaElderly'],
    appliesTo: residentsAged(60),
  },
  dementiaDoublingYears: {
    id: 'dementiaDoublingYears', chapter: 'services',
    label: { zh: '痴呆患病率翻倍所需年龄增量', en: 'Years of age over which dementia prevalence doubles' },
    explanation: {
      zh: '痴呆患病率随年龄对数线性上升，每增加这么多岁翻一番（封顶100%），按全国2020年结构校准。',
      en: 'Dementia prevalence rises log-linearly with age, doubling every this many years (capped at 100%), calibrated on China’s 2020 structure.',
    },
    unit: yearsOfAge, format: 'number', decimals: 1, min: 3, max: 30, step: 0.5, default: 6,
    source: assumption(
      '未找到分年龄患病率；常说“约每5岁翻一番”（65—85岁），高龄段上升放缓；取6岁，使85—89岁约25%、90岁及以上约51%。',
      'no age-specific rates were found; prevalence is often said to double about every 5 years (ages 65–85) and to rise more slowly at the oldest ages; 6 years gives about 25% at 85–89 and 51% at 90+.',
      'reference README §6',
    ),
    drives: ['dementiaElderly'],
    appliesTo: residentsAged(60),
  },
  careBedsPer1000Elderly: {
    id: 'careBedsPer1000Elderly', chapter: 'services',
    label: { zh: '每千名老年人养老床位数', en: 'Elderly-care beds per 1,000 people 60+' },
    explanation: { zh: '养老机构床位配置标准；床位需求＝60岁及以上人口×标准÷1000。', en: 'Institutional care beds per 1,000 people aged 60+; beds = 60+ × norm ÷ 1,000.' },
    unit: { zh: '张/千名老人', en: 'beds per 1,000 people 60+' }, format: 'number', decimals: 0, min: 0, max: 100, step: 1, default: 40,
    source: {
      text: { zh: '全国2020年目标：每千名老年人养老床位35—40张（2015年实际30.3张）。', en: 'National 2020 target: 35–40 beds per 1,000 elderly (2015 actual 30.3).' },
      ref: 'reference README §6', grade: 'B',
    },
    drives: ['careBeds', 'nursingBeds'],
    appliesTo: residentsAged(60),
  },
  nursingBedShare: {
    id: 'nursingBedShare', chapter: 'services',
    label: { zh: '护理型床位占比', en: 'Nursing-type share of care beds' },
    explanation: { zh: '养老机构床位中护理型床位的比例。', en: 'Share of institutional care beds that are nursing-type beds.' },
    unit: pct, format: 'percent', decimals: 0, min: 0, max: 1, step: 0.01, default: 0.55,
    source: {
      text: { zh: '国家“十四五”老龄事业规划：2025年护理型床位占比不低于55%。', en: 'National 14th Five-Year Plan on ageing: nursing-type beds ≥ 55% by 2025.' },
      ref: 'reference README §6', grade: 'A',
    },
    drives: ['nursingBeds'],
    appliesTo: appliesToOther('养老床位需求', 'elderly-care beds needed'),
  },
  elderlyPerDayCareCentre: {
    id: 'elderlyPerDayCareCentre', chapter: 'services',
    label: { zh: '每个日间照料中心服务老人数', en: 'People 60+ served per day-care centre' },
    explanation: { zh: '一个社区日间照料中心覆盖的60岁及以上人口；中心数＝60岁及以上人口÷该值（向上取整）。', en: 'People aged 60+ in one day-care centre’s catchment; centres = 60+ ÷ this (rounded up).' },
    unit: { zh: '人/个', en: 'people 60+ per centre' }, format: 'number', decimals: 0, min: 500, max: 50000, step: 100, default: 5000,
    source: assumption(
      '无标准；每5,000名老人一个中心，2020年约40个，与规划所述2016—2020年新建36个相当。',
      'no standard found; one centre per 5,000 people 60+ gives about 40 in 2020, close to the 36 the plan says were built in 2016–2020.',
      'key-figures.md, base year',
    ),
    drives: ['dayCareCentres'],
    appliesTo: residentsAged(60),
  },
  mealServiceRate: {
    id: 'mealServiceRate', chapter: 'services',
    label: { zh: '老年助餐服务使用率', en: 'Share of people 60+ using meal services' },
    explanation: { zh: '60岁及以上人口中使用老人家食堂等助餐服务的比例。', en: 'Share of people aged 60+ who use community meal services (elderly canteens).' },
    unit: pct, format: 'percent', decimals: 0, min: 0, max: 1, step: 0.01, default: 0.05,
    source: assumption(
      '无数据；104个老人家食堂试点各约百人就餐，约1万人，即2020年60岁及以上人口的5%。',
      'no data; 104 pilot elderly canteens at about 100 diners each ≈ 10 k people, 5% of people 60+ in 2020.',
      'key-figures.md, base year',
    ),
    drives: ['mealServiceUsers'],
    appliesTo: residentsAged(60),
  },
  healthManagementRate: {
    id: 'healthManagementRate', chapter: 'services',
    label: { zh: '65岁及以上老年人健康管理率', en: 'Health-management rate of people 65+' },
    explanation: { zh: '纳入健康管理的65岁及以上老人比例；管理人数＝65岁及以上人口×该比例。', en: 'Share of people 65+ under health management; caseload = 65+ × this rate.' },
    unit: pct, format: 'percent', decimals: 0, min: 0, max: 1, step: 0.01, default: 0.8,
    source: {
      text: { zh: '规划：“65岁以上老年人健康管理率……都在80%以上”。', en: 'Plan: “health management of residents 65+ … at least 80%”.' },
      ref: 'key-figures.md, 2025 targets', grade: 'A',
    },
    drives: ['healthManagedElderly', 'familyDoctors'],
    appliesTo: residentsAged(65),
  },
  elderlyPerFamilyDoctor: {
    id: 'elderlyPerFamilyDoctor', chapter: 'services',
    label: { zh: '每名家庭医生管理的老年人数', en: 'Managed people 65+ per family doctor' },
    explanation: { zh: '一名家庭医生（团队）负责健康管理的65岁及以上老人数；所需家庭医生＝管理人数÷该值。', en: 'People 65+ under health management per family doctor (team); doctors = caseload ÷ this.' },
    unit: { zh: '人/名', en: 'people 65+ per doctor' }, format: 'number', decimals: 0, min: 100, max: 3000, step: 10, default: 600,
    source: assumption(
      '家庭医生签约一般每名不超过约2,000人，其中65岁及以上重点人群约占三成。',
      'a family doctor typically has at most about 2,000 contracted residents, of whom roughly 30% are 65+.',
    ),
    drives: ['familyDoctors'],
    appliesTo: appliesToOther('纳入健康管理的65岁及以上老人', 'people 65+ under health management'),
  },
};

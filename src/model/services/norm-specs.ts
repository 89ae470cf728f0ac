/**
 * Service norms as specs: the provision standards, prevalence figures and schooling levels that turn a
 * projected population into service demand (issue 4). Each norm has exactly the shape of a lever spec
 * (`LeverSpec`), so the app can draw a norm card, the scenario validator can check a value and the
 * Method & sources page can list its source the same way it does for levers.
 *
 * Defaults and trust grades follow `../shared/reference/README.md` §6 and the plan's figures
 * (`../shared/plan/key-figures.md`); every value without a source at hand is graded 'U' and says so.
 * Shares are stored as fractions 0..1 (shown as %), counts in persons or places.
 */
import type { LeverSpec, Localized } from '../xiqing/levers/lever-spec';

/**
 * A norm spec: a lever spec in the 'services' chapter. Defined with `Omit` because `LeverChapter` does
 * not (yet) include 'services'; once it does, a `NormSpec` is also a `LeverSpec`.
 */
export type NormSpec<Id extends string = string> = LeverSpec<Id> & { chapter: 'services' };

/** Every norm id, in display order (childcare, preschool, schools, elderly, schooling, urbanisation). */
export const NORM_IDS = [
  'childcarePlacesPer1000', 'childcareDemandRate', 'childcareSupply2020', 'childcarePlacesAddedPerYear',
  'preschoolEnrolment', 'preschoolEnrolment2020', 'preschoolPlacesAddedPerYear',
  'kindergartenClassSizeAge3', 'kindergartenClassSizeAge4', 'kindergartenClassSizeAge5', 'maxChildrenPerKindergarten',
  'primaryClassSize', 'juniorClassSize',
  'disabledShare60plus', 'disabilityDoublingYears', 'dementiaShare60plus', 'dementiaDoublingYears',
  'careBedsPer1000Elderly', 'nursingBedShare', 'elderlyPerDayCareCentre', 'mealServiceRate',
  'healthManagementRate', 'elderlyPerFamilyDoctor',
  'schoolLeaverYears', 'schoolLeaverCollegeShare', 'studentYears',
  'centralCityYears', 'centralCityCollegeShare', 'outsideMigrantYears', 'outsideMigrantCollegeShare',
  'talentYears', 'talentCollegeShare', 'southStationYears', 'southStationCollegeShare',
  'ruralChangeRate',
] as const;

/** Identifier of a norm. */
export type NormId = (typeof NORM_IDS)[number];

/** A value for every norm, in each spec's stored unit (shares as fractions 0..1). */
export type NormValues = Readonly<Record<NormId, number>>;

const pct: Localized = { zh: '%', en: '%' };
const pctPerYear: Localized = { zh: '%/年', en: '%/year' };
const places: Localized = { zh: '个', en: 'places' };
const placesPerYear: Localized = { zh: '个/年', en: 'places/year' };
const perClass: Localized = { zh: '人/班', en: 'children per class' };
const pupilsPerClass: Localized = { zh: '人/班', en: 'pupils per class' };
const yearsOfAge: Localized = { zh: '岁', en: 'years of age' };
const schoolYears: Localized = { zh: '年', en: 'years of schooling' };
const assumption = (zh: string, en: string, ref = 'src/model/services/norm-specs.ts'): LeverSpec['source'] => ({
  text: { zh: `假设：${zh}`, en: `Assumption: ${en}` },
  ref,
  grade: 'U',
});

/** The norm specs, keyed by id. */
export const NORM_SPECS: { readonly [K in NormId]: NormSpec<K> } = {
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
  },
  preschoolPlacesAddedPerYear: {
    id: 'preschoolPlacesAddedPerYear', chapter: 'services',
    label: { zh: '每年新增幼儿园学位', en: 'Kindergarten places added each year' },
    explanation: { zh: '2020年后每年新增的幼儿园学位。', en: 'Kindergarten places added each year after 2020.' },
    unit: placesPerYear, format: 'number', decimals: 0, min: 0, max: 10000, step: 50, default: 0,
    source: assumption('默认0，即学位保持2020年水平。', 'default 0: places stay at the 2020 level.'),
    drives: ['preschoolSupply', 'preschoolGap', 'preschoolAttainableEnrolment'],
  },
  kindergartenClassSizeAge3: {
    id: 'kindergartenClassSizeAge3', chapter: 'services',
    label: { zh: '幼儿园小班班额（3岁）', en: 'Kindergarten class size, age 3 (小班)' },
    explanation: { zh: '3—4岁小班每班幼儿数。', en: 'Children per class in the youngest year (ages 3–4).' },
    unit: perClass, format: 'number', decimals: 0, min: 10, max: 40, step: 1, default: 25,
    source: { text: { zh: '《幼儿园工作规程》第十一条：小班25人。', en: 'Kindergarten Work Regulations, Art. 11: 25 in the youngest class.' }, ref: 'reference README §6', grade: 'A' },
    drives: ['preschoolClasses'],
  },
  kindergartenClassSizeAge4: {
    id: 'kindergartenClassSizeAge4', chapter: 'services',
    label: { zh: '幼儿园中班班额（4岁）', en: 'Kindergarten class size, age 4 (中班)' },
    explanation: { zh: '4—5岁中班每班幼儿数。', en: 'Children per class in the middle year (ages 4–5).' },
    unit: perClass, format: 'number', decimals: 0, min: 10, max: 45, step: 1, default: 30,
    source: { text: { zh: '《幼儿园工作规程》第十一条：中班30人。', en: 'Kindergarten Work Regulations, Art. 11: 30 in the middle class.' }, ref: 'reference README §6', grade: 'A' },
    drives: ['preschoolClasses'],
  },
  kindergartenClassSizeAge5: {
    id: 'kindergartenClassSizeAge5', chapter: 'services',
    label: { zh: '幼儿园大班班额（5岁）', en: 'Kindergarten class size, age 5 (大班)' },
    explanation: { zh: '5—6岁大班每班幼儿数。', en: 'Children per class in the oldest year (ages 5–6).' },
    unit: perClass, format: 'number', decimals: 0, min: 10, max: 50, step: 1, default: 35,
    source: { text: { zh: '《幼儿园工作规程》第十一条：大班35人。', en: 'Kindergarten Work Regulations, Art. 11: 35 in the oldest class.' }, ref: 'reference README §6', grade: 'A' },
    drives: ['preschoolClasses'],
  },
  maxChildrenPerKindergarten: {
    id: 'maxChildrenPerKindergarten', chapter: 'services',
    label: { zh: '每所幼儿园最多幼儿数', en: 'Maximum children per kindergarten' },
    explanation: { zh: '幼儿园规模上限；所需幼儿园数＝学位÷该值（向上取整）。', en: 'Size limit of a kindergarten; kindergartens needed = places ÷ this (rounded up).' },
    unit: { zh: '人/所', en: 'children per kindergarten' }, format: 'number', decimals: 0, min: 90, max: 720, step: 10, default: 360,
    source: { text: { zh: '《幼儿园工作规程》第十一条：幼儿园规模一般不超过360人。', en: 'Kindergarten Work Regulations, Art. 11: generally at most 360 children.' }, ref: 'reference README §6', grade: 'A' },
    drives: ['kindergartens'],
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
  },

  // ---- Elderly ---------------------------------------------------------------------------------
  disabledShare60plus: {
    id: 'disabledShare60plus', chapter: 'services',
    label: { zh: '60岁及以上失能、半失能老人比例（全国）', en: 'Disabled or semi-disabled share of people 60+ (national)' },
    explanation: {
      zh: '全国60岁及以上人口中失能、半失能者的比例；按年龄梯度分配到各年龄后用于西青区的年龄结构。',
      en: 'National share of people 60+ who are disabled or semi-disabled; spread over single ages by the age gradient and applied to Xiqing’s age structure.',
    },
    unit: pct, format: 'percent', decimals: 1, min: 0, max: 0.6, step: 0.001, default: 0.183,
    source: {
      text: { zh: '2015年第四次中国城乡老年人生活状况抽样调查：18.3%。', en: '2015 national survey of older people’s living conditions: 18.3%.' },
      ref: 'reference README §6', grade: 'B',
    },
    drives: ['disabledElderly'],
  },
  disabilityDoublingYears: {
    id: 'disabilityDoublingYears', chapter: 'services',
    label: { zh: '失能率翻倍所需年龄增量', en: 'Years of age over which disability prevalence doubles' },
    explanation: {
      zh: '失能率随年龄对数线性上升，每增加这么多岁翻一番（封顶100%），整体水平按2020年全国60岁及以上年龄结构校准到全国比例。',
      en: 'Disability prevalence rises log-linearly with age, doubling every this many years (capped at 100%); its level is scaled so China’s 2020 60+ age structure gives the national share.',
    },
    unit: yearsOfAge, format: 'number', decimals: 1, min: 3, max: 30, step: 0.5, default: 10,
    source: assumption(
      '未找到分年龄失能率；取每10岁翻一番，使60—64岁约9%、85—89岁约49%，与“80岁以上最高”的描述相符。',
      'no age-specific rates were found; doubling every 10 years gives about 9% at 60–64 and 49% at 85–89, consistent with “highest at 80+”.',
      'reference README §6',
    ),
    drives: ['disabledElderly'],
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
  },

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
      'src/model/services/schooling.ts; key-figures.md',
    ),
    drives: ['meanSchoolingYears16to59'],
  },
  schoolLeaverCollegeShare: {
    id: 'schoolLeaverCollegeShare', chapter: 'services',
    label: { zh: '新进入16岁队列的大专及以上比例', en: 'College share of cohorts reaching 16' },
    explanation: { zh: '每年满16岁的队列最终获得大专及以上学历的比例。', en: 'Share of each cohort reaching 16 that ends up with college education or above.' },
    unit: pct, format: 'percent', decimals: 0, min: 0, max: 1, step: 0.01, default: 0.59,
    source: assumption(
      '同上：2020年校准梯度中25岁及以下非学生的大专及以上比例。',
      'as for the years: the college share of non-students aged 25 and under in the calibrated 2020 gradient.',
      'src/model/services/schooling.ts; key-figures.md',
    ),
    drives: ['collegeShare16to59', 'meanSchoolingYears16to59'],
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
  },
  centralCityYears: {
    id: 'centralCityYears', chapter: 'services',
    label: { zh: '中心城区疏解迁入者受教育年限', en: 'Schooling of central-city movers' },
    explanation: { zh: '从中心城区迁入的16岁及以上人口的平均受教育年限。', en: 'Mean years of schooling of central-city movers aged 16+.' },
    unit: schoolYears, format: 'number', decimals: 1, min: 6, max: 19, step: 0.1, default: 12.8,
    source: assumption('以家庭为主的城市居民，略高于2020年全区16—59岁水平（12.31年）。', 'urban families, a little above Xiqing’s 2020 level for ages 16–59 (12.31).'),
    drives: ['meanSchoolingYears16to59'],
  },
  centralCityCollegeShare: {
    id: 'centralCityCollegeShare', chapter: 'services',
    label: { zh: '中心城区疏解迁入者大专及以上比例', en: 'College share of central-city movers' },
    explanation: { zh: '从中心城区迁入的16岁及以上人口中大专及以上学历的比例。', en: 'Share with college education or above among central-city movers aged 16+.' },
    unit: pct, format: 'percent', decimals: 0, min: 0, max: 1, step: 0.01, default: 0.45,
    source: assumption('略高于2020年全区16—59岁的42.6%。', 'a little above Xiqing’s 2020 share for ages 16–59 (42.6%).'),
    drives: ['collegeShare16to59', 'meanSchoolingYears16to59'],
  },
  outsideMigrantYears: {
    id: 'outsideMigrantYears', chapter: 'services',
    label: { zh: '外省市迁入者受教育年限', en: 'Schooling of migrants from outside Tianjin' },
    explanation: { zh: '外省市迁入的16岁及以上人口的平均受教育年限。', en: 'Mean years of schooling of migrants from outside Tianjin aged 16+.' },
    unit: schoolYears, format: 'number', decimals: 1, min: 6, max: 19, step: 0.1, default: 10.8,
    source: assumption('以制造业务工人员为主，约为初中至高中之间。', 'mostly manufacturing workers, between junior and senior secondary.'),
    drives: ['meanSchoolingYears16to59'],
  },
  outsideMigrantCollegeShare: {
    id: 'outsideMigrantCollegeShare', chapter: 'services',
    label: { zh: '外省市迁入者大专及以上比例', en: 'College share of migrants from outside Tianjin' },
    explanation: { zh: '外省市迁入的16岁及以上人口中大专及以上学历的比例。', en: 'Share with college education or above among migrants from outside Tianjin aged 16+.' },
    unit: pct, format: 'percent', decimals: 0, min: 0, max: 1, step: 0.01, default: 0.15,
    source: assumption('务工人员中大专及以上比例较低（全国农民工约一成），外来人口中另有部分专业人员。', 'low among migrant workers (about a tenth nationally), with some professionals among other migrants.'),
    drives: ['collegeShare16to59', 'meanSchoolingYears16to59'],
  },
  talentYears: {
    id: 'talentYears', chapter: 'services',
    label: { zh: '引进人才受教育年限', en: 'Schooling of attracted talent' },
    explanation: { zh: '引进的高校毕业生和专业人才的平均受教育年限。', en: 'Mean years of schooling of the graduates and professionals attracted.' },
    unit: schoolYears, format: 'number', decimals: 1, min: 12, max: 19, step: 0.1, default: 16.5,
    source: assumption('本科（16年）为主，部分研究生（19年）。', 'mostly bachelor’s degrees (16 years), some postgraduates (19).'),
    drives: ['meanSchoolingYears16to59'],
  },
  talentCollegeShare: {
    id: 'talentCollegeShare', chapter: 'services',
    label: { zh: '引进人才大专及以上比例', en: 'College share of attracted talent' },
    explanation: { zh: '引进人才中大专及以上学历的比例。', en: 'Share with college education or above among attracted talent.' },
    unit: pct, format: 'percent', decimals: 0, min: 0, max: 1, step: 0.01, default: 1,
    source: assumption('人才引进对象均为高校毕业生或专业人才。', 'the talent programmes recruit graduates and professionals.'),
    drives: ['collegeShare16to59', 'meanSchoolingYears16to59'],
  },
  southStationYears: {
    id: 'southStationYears', chapter: 'services',
    label: { zh: '南站科技商务区新居民受教育年限', en: 'Schooling of South Station newcomers' },
    explanation: { zh: '南站科技商务区新增16岁及以上居民的平均受教育年限。', en: 'Mean years of schooling of the South Station district’s new residents aged 16+.' },
    unit: schoolYears, format: 'number', decimals: 1, min: 6, max: 19, step: 0.1, default: 14,
    source: assumption('科技商务区，高于全区平均。', 'a science and business district, above the district average.'),
    drives: ['meanSchoolingYears16to59'],
  },
  southStationCollegeShare: {
    id: 'southStationCollegeShare', chapter: 'services',
    label: { zh: '南站科技商务区新居民大专及以上比例', en: 'College share of South Station newcomers' },
    explanation: { zh: '南站科技商务区新增16岁及以上居民中大专及以上学历的比例。', en: 'Share with college education or above among South Station newcomers aged 16+.' },
    unit: pct, format: 'percent', decimals: 0, min: 0, max: 1, step: 0.01, default: 0.6,
    source: assumption('科技商务区，高于全区平均。', 'a science and business district, above the district average.'),
    drives: ['collegeShare16to59', 'meanSchoolingYears16to59'],
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
  },
};

/** The default value of every norm. */
export const DEFAULT_NORMS: NormValues = Object.fromEntries(NORM_IDS.map((id) => [id, NORM_SPECS[id].default])) as Record<NormId, number>;

/**
 * The service-demand row of one year: what a scenario implies the district must provide (childcare,
 * kindergartens, schools, elderly care, health management) plus schooling and urbanisation. The field
 * list with units and kinds drives CSV/JSON columns and goal-seek tolerances.
 */
import type { Localized } from '../xiqing/levers/lever-spec';

/**
 * One year's service demand. Counts of people, places, classes and facilities are plain numbers
 * (people and places may be fractional: they are expected values; classes and facilities are whole,
 * rounded up); shares are fractions 0..1. Every field is finite and ≥ 0.
 */
export interface ServiceRow {
  /** Calendar year. */
  year: number;

  // Childcare (托育), ages 0–2
  /** Residents aged 0–2, persons. */
  under3: number;
  /** Places needed by the per-1,000-residents norm: residents × norm / 1,000, places. */
  childcarePlacesByNorm: number;
  /** Places wanted by families: under-3s × demand rate, places. */
  childcarePlacesByDemand: number;
  /** Places available: 2020 places + places added per year × years since 2020, places. */
  childcareSupply: number;
  /** Places available per 1,000 residents (the plan's indicator), places per 1,000 residents. */
  childcareSupplyPer1000: number;
  /** Places still missing to reach the norm: max(0, by norm − supply), places. */
  childcareGap: number;
  /** Places still missing to meet families' demand: max(0, by demand − supply), places. */
  childcareGapByDemand: number;

  // Preschool (学前教育), ages 3–5
  /** Residents aged 3–5, persons. */
  age3to5: number;
  /** Kindergarten places: ages 3–5 × enrolment norm, places. */
  preschoolPlaces: number;
  /** Classes: per age band (3, 4, 5) places ÷ class size, each rounded up, summed; classes. */
  preschoolClasses: number;
  /** Kindergartens: places ÷ maximum children per kindergarten, rounded up; kindergartens. */
  kindergartens: number;
  /** Places available: 2020 enrolment × 2020 ages 3–5 + places added per year × years since 2020, places. */
  preschoolSupply: number;
  /** Places still missing: max(0, places − supply), places. */
  preschoolGap: number;
  /** Gross enrolment the available places allow: min(1, supply ÷ ages 3–5), fraction. */
  preschoolAttainableEnrolment: number;

  // Compulsory education
  /** Residents aged 6–11, persons. */
  age6to11: number;
  /** Primary places (compulsory: every resident child aged 6–11), places. */
  primaryPlaces: number;
  /** Primary classes: places ÷ class size, rounded up; classes. */
  primaryClasses: number;
  /** Residents aged 12–14, persons. */
  age12to14: number;
  /** Junior secondary places (every resident child aged 12–14), places. */
  juniorPlaces: number;
  /** Junior secondary classes: places ÷ class size, rounded up; classes. */
  juniorClasses: number;
  /** Share of children aged 6–14 whose hukou is not in Xiqing (tianjin + outside states), fraction. */
  nonLocalPupilShare: number;

  // Elderly
  /** Residents aged 60+, persons. */
  age60plus: number;
  /** Residents aged 65+, persons. */
  age65plus: number;
  /** Residents aged 80+, persons. */
  age80plus: number;
  /**
   * People 60+ unable to care for themselves (the census definition; the group that needs long-term
   * care and nursing beds): Σ age-specific prevalence × residents, persons.
   */
  careDependentElderly: number;
  /** Disabled or semi-disabled people 60+ in the broad survey sense (mild limitations included), persons. Overlaps the above. */
  disabledElderly: number;
  /** People 60+ with dementia, persons. Overlaps both disability groups: never added to them. */
  dementiaElderly: number;
  /** Institutional care beds: 60+ × beds per 1,000 / 1,000, beds. */
  careBeds: number;
  /** Nursing-type beds: care beds × nursing share, beds. */
  nursingBeds: number;
  /** Day-care centres: 60+ ÷ catchment, rounded up; centres. */
  dayCareCentres: number;
  /** Users of community meal services: 60+ × use rate, persons. */
  mealServiceUsers: number;
  /** People 65+ under health management: 65+ × management rate, persons. */
  healthManagedElderly: number;
  /** Family doctors the caseload needs: managed 65+ ÷ caseload per doctor, rounded up; doctors. */
  familyDoctors: number;

  // Schooling and urbanisation
  /** Mean years of schooling of residents aged 16–59 (cohort attribute), years. */
  meanSchoolingYears16to59: number;
  /** Share of residents aged 16–59 with college education or above, fraction. */
  collegeShare16to59: number;
  /** Urban share of residents, fraction. */
  urbanisation: number;
  /** Urban residents, persons. */
  urbanResidents: number;
  /** Rural residents, persons. */
  ruralResidents: number;
}

/** A numeric field of a service row other than the year. */
export type ServiceField = Exclude<keyof ServiceRow, 'year'>;

/**
 * What a field measures: a count (persons, places, classes, facilities: goal seek is satisfied within
 * 0.5), a share (fraction 0..1), or another level (years of schooling, places per 1,000) — both
 * solved to 1e-6.
 */
export type FieldKind = 'count' | 'share' | 'level';

/** Description of one service-row field (for column headers, units and tolerances). */
export interface ServiceFieldSpec {
  id: ServiceField;
  kind: FieldKind;
  label: Localized;
  unit: Localized;
}

const persons: Localized = { zh: '人', en: 'persons' };
const places: Localized = { zh: '个', en: 'places' };
const classes: Localized = { zh: '个班', en: 'classes' };
const share: Localized = { zh: '%', en: '%' };
const beds: Localized = { zh: '张', en: 'beds' };

const f = (id: ServiceField, kind: FieldKind, zh: string, en: string, unit: Localized): ServiceFieldSpec => ({ id, kind, label: { zh, en }, unit });

/** Every field of {@link ServiceRow} except the year, in display (and CSV column) order. */
export const SERVICE_FIELDS: readonly ServiceFieldSpec[] = [
  f('under3', 'count', '0—2岁人口', 'Residents aged 0–2', persons),
  f('childcarePlacesByNorm', 'count', '托位需求（按每千人标准）', 'Childcare places by the per-1,000 norm', places),
  f('childcarePlacesByDemand', 'count', '托位需求（按入托意愿）', 'Childcare places wanted by families', places),
  f('childcareSupply', 'count', '现有托位', 'Childcare places available', places),
  f('childcareSupplyPer1000', 'level', '每千人口托位数（现有）', 'Childcare places available per 1,000 residents', { zh: '个/千人', en: 'places per 1,000' }),
  f('childcareGap', 'count', '托位缺口（按标准）', 'Childcare gap to the norm', places),
  f('childcareGapByDemand', 'count', '托位缺口（按意愿）', 'Childcare gap to families’ demand', places),
  f('age3to5', 'count', '3—5岁人口', 'Residents aged 3–5', persons),
  f('preschoolPlaces', 'count', '幼儿园学位需求', 'Kindergarten places needed', places),
  f('preschoolClasses', 'count', '幼儿园班数', 'Kindergarten classes', classes),
  f('kindergartens', 'count', '幼儿园数', 'Kindergartens', { zh: '所', en: 'kindergartens' }),
  f('preschoolSupply', 'count', '现有幼儿园学位', 'Kindergarten places available', places),
  f('preschoolGap', 'count', '幼儿园学位缺口', 'Kindergarten place gap', places),
  f('preschoolAttainableEnrolment', 'share', '现有学位可达毛入园率', 'Gross enrolment the available places allow', share),
  f('age6to11', 'count', '6—11岁人口', 'Residents aged 6–11', persons),
  f('primaryPlaces', 'count', '小学学位', 'Primary places', places),
  f('primaryClasses', 'count', '小学班数', 'Primary classes', classes),
  f('age12to14', 'count', '12—14岁人口', 'Residents aged 12–14', persons),
  f('juniorPlaces', 'count', '初中学位', 'Junior secondary places', places),
  f('juniorClasses', 'count', '初中班数', 'Junior secondary classes', classes),
  f('nonLocalPupilShare', 'share', '非本区户籍学生比例', 'Share of pupils without Xiqing hukou', share),
  f('age60plus', 'count', '60岁及以上人口', 'Residents aged 60+', persons),
  f('age65plus', 'count', '65岁及以上人口', 'Residents aged 65+', persons),
  f('age80plus', 'count', '80岁及以上人口', 'Residents aged 80+', persons),
  f('careDependentElderly', 'count', '生活不能自理老人', 'People 60+ unable to care for themselves', persons),
  f('disabledElderly', 'count', '失能、半失能老人（广义）', 'Disabled or semi-disabled people 60+ (broad)', persons),
  f('dementiaElderly', 'count', '痴呆老人', 'People 60+ with dementia', persons),
  f('careBeds', 'count', '养老床位需求', 'Elderly-care beds needed', beds),
  f('nursingBeds', 'count', '护理型床位需求', 'Nursing-type beds needed', beds),
  f('dayCareCentres', 'count', '日间照料中心', 'Day-care centres', { zh: '个', en: 'centres' }),
  f('mealServiceUsers', 'count', '助餐服务人数', 'Meal-service users', persons),
  f('healthManagedElderly', 'count', '65岁及以上健康管理人数', 'People 65+ under health management', persons),
  f('familyDoctors', 'count', '所需家庭医生', 'Family doctors needed', { zh: '名', en: 'doctors' }),
  f('meanSchoolingYears16to59', 'level', '16—59岁平均受教育年限', 'Mean years of schooling, ages 16–59', { zh: '年', en: 'years' }),
  f('collegeShare16to59', 'share', '16—59岁大专及以上比例', 'College share, ages 16–59', share),
  f('urbanisation', 'share', '常住人口城镇化率', 'Urbanisation of residents', share),
  f('urbanResidents', 'count', '城镇常住人口', 'Urban residents', persons),
  f('ruralResidents', 'count', '乡村常住人口', 'Rural residents', persons),
];

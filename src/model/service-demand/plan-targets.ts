/**
 * The plan's 2025 targets (《西青区人口发展"十四五"规划》§二(三); `data/plan/key-figures.md`) as
 * data, and the checklist that sets a scenario's value against each.
 *
 * Which scenario value is compared matters where the model computes provision *from* a norm: places
 * by the norm always equal the norm, so comparing them would be circular. So:
 *  - childcare (4.5 places per 1,000 residents) compares the places AVAILABLE (2020 places + places
 *    added per year, norms) per 1,000 projected residents: the target is about building places, and
 *    a growing population dilutes a fixed stock;
 *  - preschool enrolment (≥ 93%) compares the gross enrolment the AVAILABLE kindergarten places allow
 *    (2020 enrolment × 2020 ages 3–5, plus places added) given the projected ages 3–5: with fewer
 *    children, the same places cover more of them;
 *  - 65+ health management (≥ 80%) has no supply side in the model, so it compares the scenario's
 *    management-rate norm: the checklist shows the assumption, and the caseload is in the service rows.
 * Targets the model does not cover (unemployment, chronic-disease management, fitness, titles) are left out.
 */
import type { Localized } from '../xiqing/levers/lever-spec';
import { BASE_YEAR } from '../xiqing/rates/year-paths';
import type { ScenarioRun } from '../xiqing/scenario/run-scenario';
import type { IndicatorId } from '../indicators/indicator-registry';
import { runIndicatorValue } from '../indicators/indicator-value';
import type { NormId, NormValues } from './norm-specs';

/** How a scenario value is compared with a target. '≈' uses a relative tolerance. */
export type Comparison = '≥' | '≈' | '≤';

/** Where the scenario's value for a target comes from. */
export type TargetMeasure =
  | { kind: 'indicator'; field: IndicatorId }
  | { kind: 'norm'; norm: NormId };

/** One target of the plan. */
export interface PlanTarget {
  id: string;
  label: Localized;
  /** The year the target is set for. */
  year: number;
  target: number;
  comparison: Comparison;
  /** For '≈': the largest relative deviation still counted as met (0.01 = ±1%). */
  tolerance?: number;
  unit: Localized;
  /** What the scenario's value is. */
  measure: TargetMeasure;
  /** The plan's own wording. */
  source: Localized;
}

const pct: Localized = { zh: '%', en: '%' };

/** The plan's 2025 targets that the model can speak to. */
export const PLAN_TARGETS: readonly PlanTarget[] = [
  {
    id: 'residents', year: 2025,
    label: { zh: '常住人口', en: 'Resident population' },
    target: 1_350_000, comparison: '≈', tolerance: 0.01, unit: { zh: '人', en: 'persons' },
    measure: { kind: 'indicator', field: 'residents' },
    source: { zh: '常住人口达到135万人左右', en: 'resident population of about 1.35 million' },
  },
  {
    id: 'hukouPopulation', year: 2025,
    label: { zh: '户籍人口', en: 'Hukou (registered) population' },
    target: 526_000, comparison: '≈', tolerance: 0.01, unit: { zh: '人', en: 'persons' },
    measure: { kind: 'indicator', field: 'hukouPopulation' },
    source: { zh: '户籍人口达到52.6万人左右', en: 'hukou population of about 526 thousand' },
  },
  {
    id: 'lifeExpectancy', year: 2025,
    label: { zh: '人均期望寿命', en: 'Life expectancy at birth' },
    target: 82.38, comparison: '≥', unit: { zh: '岁', en: 'years' },
    measure: { kind: 'indicator', field: 'e0' },
    source: { zh: '人均期望寿命提高到82.38岁', en: 'raise life expectancy to 82.38 years' },
  },
  {
    id: 'meanSchooling16to59', year: 2025,
    label: { zh: '16—59岁劳动年龄人口平均受教育年限', en: 'Mean years of schooling, ages 16–59' },
    target: 12.5, comparison: '≥', unit: { zh: '年', en: 'years' },
    measure: { kind: 'indicator', field: 'meanSchoolingYears16to59' },
    source: { zh: '16—59岁劳动年龄人口平均受教育年限达到12.5年', en: 'mean schooling of the working-age population 16–59 reaches 12.5 years' },
  },
  {
    id: 'urbanisation', year: 2025,
    label: { zh: '常住人口城镇化率', en: 'Urbanisation of residents' },
    target: 0.95, comparison: '≥', unit: pct,
    measure: { kind: 'indicator', field: 'urbanisation' },
    source: { zh: '常住人口城镇化率提高到95%以上', en: 'raise urbanisation of residents to over 95%' },
  },
  {
    id: 'childcarePlacesPer1000', year: 2025,
    label: { zh: '每千人口3岁以下婴幼儿托位数（现有托位）', en: 'Under-3 childcare places per 1,000 residents (places available)' },
    target: 4.5, comparison: '≥', unit: { zh: '个/千人', en: 'places per 1,000 residents' },
    measure: { kind: 'indicator', field: 'childcareSupplyPer1000' },
    source: { zh: '每千人口拥有3岁以下婴幼儿托位数达到4.5个', en: '4.5 under-3 childcare places per 1,000 residents' },
  },
  {
    id: 'preschoolEnrolment', year: 2025,
    label: { zh: '学前教育三年毛入园率（现有学位可达）', en: 'Three-year preschool gross enrolment (what the available places allow)' },
    target: 0.93, comparison: '≥', unit: pct,
    measure: { kind: 'indicator', field: 'preschoolAttainableEnrolment' },
    source: { zh: '学前教育三年毛入园率提高到93%以上', en: 'raise three-year preschool gross enrolment to over 93%' },
  },
  {
    id: 'healthManagement65', year: 2025,
    label: { zh: '65岁以上老年人健康管理率（情景假设）', en: 'Health management of people 65+ (scenario assumption)' },
    target: 0.8, comparison: '≥', unit: pct,
    measure: { kind: 'norm', norm: 'healthManagementRate' },
    source: { zh: '65岁以上老年人健康管理率……都在80%以上', en: 'health management of residents 65+ … at least 80%' },
  },
];

/** One line of the checklist. */
export interface PlanTargetRow {
  id: string;
  label: Localized;
  target: number;
  comparison: Comparison;
  /** For '≈': relative tolerance. */
  tolerance?: number;
  /** The scenario's value in the checked year, in the target's unit (shares as fractions). */
  value: number;
  met: boolean;
  /** value − target, in the target's unit (negative: below the target). */
  gap: number;
  unit: Localized;
  /** Where the value comes from: a projected indicator or a norm (assumption). */
  measure: TargetMeasure;
  source: Localized;
}

/** Whether `value` meets `target` under `comparison` (a 1e-9 relative slack absorbs rounding, e.g. e0 = 82.38). */
export function meets(value: number, target: number, comparison: Comparison, tolerance = 0): boolean {
  const slack = 1e-9 * Math.max(1, Math.abs(target));
  if (comparison === '≥') return value >= target - slack;
  if (comparison === '≤') return value <= target + slack;
  return Math.abs(value - target) <= tolerance * Math.abs(target) + slack;
}

/** A value checked against one plan target: met or not, and value − target in the target's unit. */
export function checkTarget(target: PlanTarget, value: number): { met: boolean; gap: number } {
  return { met: meets(value, target.target, target.comparison, target.tolerance), gap: value - target.target };
}

/**
 * The plan-target checklist of a scenario in one year (usually 2025, the plan's horizon; any year of
 * the run may be checked against the same targets).
 *
 * @param run a scenario run
 * @param norms norm values
 * @param year calendar year within the run
 * @throws RangeError if the year is not in the run
 */
export function planTargetChecklist(run: ScenarioRun, norms: NormValues, year: number): PlanTargetRow[] {
  const t = year - BASE_YEAR;
  if (!Number.isInteger(t) || t < 0 || t >= run.years.length) {
    throw new RangeError(`year ${year} is outside the run (${run.years[0]}..${run.years[run.years.length - 1]})`);
  }
  return PLAN_TARGETS.map((p) => {
    const value = p.measure.kind === 'norm' ? norms[p.measure.norm] : runIndicatorValue(run, norms, t, p.measure.field);
    return {
      id: p.id,
      label: p.label,
      target: p.target,
      comparison: p.comparison,
      ...(p.tolerance === undefined ? {} : { tolerance: p.tolerance }),
      value,
      ...checkTarget(p, value),
      unit: p.unit,
      measure: p.measure,
      source: p.source,
    };
  });
}

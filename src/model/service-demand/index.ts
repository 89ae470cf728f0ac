/**
 * The service-demand layer: norms as specs, per-year service demand, schooling as a cohort attribute,
 * urbanisation and the plan-target checklist. Code outside src/model reaches it through `@model`.
 */
export { NORM_IDS, NORM_SPECS, DEFAULT_NORMS, type NormId, type NormSpec, type NormValues } from './norm-specs';
export { checkNormValue, isNormId } from './norm-values';
export type { ServiceField, ServiceRow } from './service-row';
export { serviceDemand, serviceRows, wholeUnits } from './demand';
export { PLAN_TARGETS, meets, planTargetChecklist, type Comparison, type PlanTarget, type PlanTargetRow, type TargetMeasure } from './plan-targets';
export { SCHOOLING_2020, schoolingPath, type SchoolingPath, type SchoolingYear } from './schooling';
export { URBANISATION_2020, urbanisationAt, type UrbanisationYear } from './urbanisation';
export { CHINA_2020_ELDERLY_BY_AGE, prevalenceByAge } from './prevalence';
export { xiqingPlanTargets, xiqingServiceRows } from './xiqing-services';

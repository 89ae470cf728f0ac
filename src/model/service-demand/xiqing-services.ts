/**
 * Front-door helpers for callers that start from lever values (the CLI, the app): run the Xiqing
 * model once and derive the service rows or the plan-target checklist from it.
 */
import type { LeverValues } from '../xiqing/levers/lever-values';
import { runXiqing } from '../xiqing/model';
import { serviceRows } from './demand';
import { DEFAULT_NORMS, type NormValues } from './norm-specs';
import { planTargetChecklist, type PlanTargetRow } from './plan-targets';
import type { ServiceRow } from './service-row';

/** Service rows 2020..endYear for a full, validated set of lever values and norms (defaults if omitted). */
export function xiqingServiceRows(levers: LeverValues, norms: NormValues = DEFAULT_NORMS): ServiceRow[] {
  return serviceRows(runXiqing(levers), norms);
}

/** The plan-target checklist for lever values and norms in `year` (2025 unless given). */
export function xiqingPlanTargets(levers: LeverValues, norms: NormValues = DEFAULT_NORMS, year = 2025): PlanTargetRow[] {
  return planTargetChecklist(runXiqing(levers), norms, year);
}

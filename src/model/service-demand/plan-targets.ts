/**
 * The plan's 2025 targets (《西青区人口发展"十四五"规划》§二(三); `data/plan/key-figures.md`), read from
 * the shipped targets file `src/model/targets/data/xiqing-plan-2021-2025.targets.json`, and the
 * checklist against them. The file is the only place the figures are written; any other target set
 * (a user's draft for 2030) is checked the same way through `targetChecklist`.
 *
 * Which scenario value is compared matters where the model computes provision *from* a norm: places
 * by the norm always equal the norm, so comparing them would be circular. So:
 *  - childcare (4.5 places per 1,000 residents) compares the places AVAILABLE per 1,000 projected
 *    residents: the target is about building places, and a growing population dilutes a fixed stock;
 *  - preschool enrolment (≥ 93%) compares the gross enrolment the AVAILABLE kindergarten places allow;
 *  - 65+ health management (≥ 80%) has no supply side in the model, so it compares the scenario's
 *    management-rate norm: the checklist shows the assumption, and the caseload is in the service rows.
 */
import planFile from '../targets/data/xiqing-plan-2021-2025.targets.json';
import { targetChecklist, type PlanTargetRow } from '../targets/checklist';
import { parseTargets, targetSetOf, type PlanTarget, type TargetSet } from '../targets/targets-file';
import type { ScenarioRun } from '../xiqing/scenario/run-scenario';
import type { NormValues } from './norm-specs';

export { checkTarget, targetChecklist, type PlanTargetRow } from '../targets/checklist';
export type { TargetMeasure } from '../targets/target-indicators';
export { meets, targetStatus, type TargetKind, type TargetStatus } from '../targets/target-status';
export type { PlanTarget, TargetSet } from '../targets/targets-file';

function loadPlan(): TargetSet {
  const parsed = parseTargets(planFile);
  if (!parsed.ok) throw new Error(`the shipped plan targets file is invalid: ${parsed.error.message}`);
  return targetSetOf(parsed.file);
}

/** The district plan's target set (the default active set). */
export const PLAN_TARGET_SET: TargetSet = loadPlan();
/** The plan's 2025 targets that the model can speak to. */
export const PLAN_TARGETS: readonly PlanTarget[] = PLAN_TARGET_SET.targets;

/**
 * The plan-target checklist of a scenario in one year (usually 2025, the plan's horizon).
 *
 * @throws RangeError if the year is not in the run
 */
export function planTargetChecklist(run: ScenarioRun, norms: NormValues, year: number, targets: readonly PlanTarget[] = PLAN_TARGETS): PlanTargetRow[] {
  return targetChecklist(run, norms, year, targets);
}

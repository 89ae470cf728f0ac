/**
 * The model's front door, imported as `@model`: everything the app (renderer), the CLI, the export
 * builders, the host contract, Electron main and the benchmarks may use. Code outside src/model
 * imports only from here (lint enforces it); tests may reach internals because they test them.
 * Pure: no I/O, no React, no Electron, no Node built-ins.
 */

// Scenario levers: specs (range, default, unit, source) and value sets.
export { LEVER_IDS, LEVER_SPECS, type LeverId } from './xiqing/levers/lever-specs';
export type { LeverChapter, LeverSpec, Localized } from './xiqing/levers/lever-spec';
export { DEFAULT_LEVERS, checkLeverValue, isLeverId, isPathLever, type LeverValue, type LeverValues } from './xiqing/levers/lever-values';
// Per-year paths of the path-capable levers (scenario format version 2).
export {
  copyPathValue,
  isYearPath,
  pathChanges,
  pathPoints,
  representativeValue,
  samePathValue,
  valueInYear,
  type PathValue,
  type YearPath,
} from './xiqing/levers/year-path';
export type { TrustGrade } from './xiqing/levers/lever-spec';
export { BASE_YEAR } from './xiqing/rates/year-paths';

// Uncertainty: probabilistic runs (full and fast path), percentiles, target probabilities, the tornado.
export { PERCENTILES, percentileKey, type Percentile, type PercentileSet } from './uncertainty/percentiles';
export {
  DEFAULT_SEED,
  createProbabilisticJob,
  runProbabilistic,
  type ProbabilisticResult,
  type TargetProbability,
} from './uncertainty/probabilistic-run';
export { FAST_FIELDS, fastProbabilisticSteps, runFastProbabilistic } from './uncertainty/fast-path';
export { DEFAULT_UNCERTAINTY, withoutVariance, type UncertaintyParams } from './uncertainty/uncertainty-params';
export { HEADLINE_FIELDS, HEADLINE_TARGETS, headlineEvaluator } from './uncertainty/evaluators';
export { sensitivity, type SensitivityBar, type SensitivityResult } from './uncertainty/sensitivity';
export { PLAUSIBLE_RANGES, type PlausibleRange } from './xiqing/levers/plausible-ranges';
export {
  percentileColumns,
  sensitivityToCsv,
  sensitivityToJson,
  uncertaintyToCsv,
  uncertaintyToJson,
} from './uncertainty/uncertainty-output';

// The 2010 → 2020 backtest (npm run backtest).
export { runBacktest, type BacktestReport } from './xiqing/backtest/backtest';

// The post-census evidence behind the default, and the migration path built from it (presets derive from these).
export {
  EVIDENCE_YEARS,
  TIANJIN_DECADE_NET_MIGRATION,
  XIQING_SHARE_OF_OUTSIDE_PROVINCE,
  tianjinNetMigration,
  xiqingOutsideDeviation,
  xiqingOutsideLevelMapping,
} from './xiqing/rates/post-census-evidence';
export { DEFAULT_OUTSIDE_MIGRANTS_PATH, OUTSIDE_MIGRANTS_LEVEL, outsideMigrantsPath } from './xiqing/levers/default-paths';

// Running the Xiqing model and reading its per-year indicators.
export { readXiqing, runXiqing, xiqingIndicators } from './xiqing/model';
export type { ScenarioRun } from './xiqing/scenario/run-scenario';
export { indicatorRows, populationByAge, type IndicatorRow } from './xiqing/scenario/indicators';
export { SCENARIO_COLUMNS, scenarioToCsv, scenarioToJson, type ScenarioOutputMeta } from './xiqing/scenario/scenario-output';
export { REPORT_COLUMNS, scenarioReport, type ReportColumn, type ScenarioReport } from './scenario-report';

// The indicator registry: one spec per output (kind, unit, precision, labels, chapter, timing, whether
// goal seek may solve for it), and what follows from it.
export {
  INDICATORS,
  INDICATOR_IDS,
  INDICATOR_KINDS,
  SERVICE_FIELDS,
  headlineUnit,
  indicatorSpec,
  indicatorTolerance,
  indicatorValue,
  isIndicatorId,
  isServiceIndicator,
  outputFieldsDoc,
  outputFieldsTable,
  runIndicatorValue,
  spreadsheetFormat,
  storedDecimals,
  type DemographicIndicatorId,
  type HeadlineUnit,
  type IndicatorChapter,
  type IndicatorId,
  type IndicatorKind,
  type IndicatorSpec,
  type IndicatorTiming,
  type ScenarioRows,
  type ServiceField,
} from './indicators';

// Levers and service norms as one set of values.
export { VALUE_IDS, valueOf, valueOverrides, valueSpec, type ScenarioValues, type ValueId } from './scenario-values';

// Service demand: norms, service rows and the plan's targets.
export { DEFAULT_NORMS, NORM_IDS, NORM_SPECS, type NormId, type NormValues } from './service-demand/norm-specs';
export type { NormBase } from './service-demand/norms/norm-spec-common';
export { describeNormBase } from './service-demand/norm-population';
export type { ServiceRow } from './service-demand/service-row';
export { serviceRows } from './service-demand/demand';
export { residentsByAgeByYear } from './service-demand/run-populations';
export {
  PLAN_TARGETS, PLAN_TARGET_SET, checkTarget, meets, planTargetChecklist, targetChecklist, targetStatus,
  type PlanTarget, type PlanTargetRow, type TargetKind, type TargetMeasure, type TargetSet, type TargetStatus,
} from './service-demand/plan-targets';

// Target sets as files (the plan's is shipped; users make their own) and the indicators they name.
export { targetFor, targetsForYear } from './targets/checklist';
export { TARGET_INDICATORS, targetIndicator, type TargetIndicator } from './targets/target-indicators';
export { TARGET_KINDS } from './targets/target-status';
export {
  TARGETS_FORMAT, parseTargets, parseTargetsText, serializeTargets, targetSetOf, targetsFileOf,
  type TargetEntry, type TargetsFile,
} from './targets/targets-file';
export type { DataFileError, DataFileResult } from './data-files/versioned-file';

// Observed year-end figures, and fitting a scenario to them.
export {
  MAX_OBSERVED_VALUE, MAX_OBSERVED_YEAR, MIN_OBSERVED_YEAR, OBSERVATIONS_FORMAT, OBSERVED_FIELDS, TRUST_GRADES,
  observedValue, parseObservations, parseObservationsText, serializeObservations, sortedObservations,
  type Observation, type ObservationsFile, type ObservedField,
} from './observations/observations-file';
export { OBSERVED_COLUMNS, observedColumn, withObservedColumns } from './observations/observed-columns';
export { XIQING_OBSERVATIONS } from './observations/xiqing-observations';
export { fittedPath, type ContinuationRule } from './fit/continuation';
export {
  FIT_MIGRATION_LEVER, FIT_MIGRATION_LEVERS, FIT_SETTLEMENT_LEVER, MAX_RESIDUAL, fitToObserved,
  type FitMigrationLever, type FitOptions, type FitResult, type FitRow, type VitalGapRow,
} from './fit/fit-to-observed';
export { fittedScenarioFile } from './fit/fitted-scenario';

// Goal seek: the lever value that makes an indicator reach a target.
export { SOLVABLE_INDICATORS, goalSeek, type GoalSeekResult } from './solve/goal-seek';

// Comparing scenarios.
export {
  DEMOGRAPHIC_HEADLINES,
  HEADLINE_YEARS,
  MAX_COMPARED_SCENARIOS,
  comparisonMarkers,
  markerFor,
  markerStatus,
  SERVICE_HEADLINES,
  compareScenarios,
  headlineTable,
  indicatorSeries,
  whatDiffers,
  type Comparison,
  type HeadlineRow,
  type HeadlineTable,
  type MarkerStatus,
  type NamedScenario,
  type ScenarioResult,
  type ScenarioSettings,
  type MarkerComparison,
  type TargetMarker,
} from './compare';

// Reference values of the 2020 census that never move with levers.
export { censusBirths2020 } from './xiqing/census-reference';

// Scenario and walkthrough files: parse, check and serialise.
export {
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  SCENARIO_FORMAT,
  parseScenario,
  parseScenarioText,
  scenarioValues,
  serializeScenario,
  type ScenarioFile,
  type ScenarioLoadError,
} from './scenario-file/scenario-file';
export { BILINGUAL_SEPARATOR, bilingualParts, joinBilingual, splitBilingual } from './scenario-file/bilingual-text';
export {
  PREDICTABLE_INDICATORS,
  WALKTHROUGH_CHARTS,
  parseWalkthrough,
  parseWalkthroughText,
  resolveWalkthrough,
  serializeWalkthrough,
  type PredictableIndicator,
  type ResolvedStep,
  type WalkthroughChart,
  type WalkthroughFile,
  type WalkthroughLoadError,
  type WalkthroughStep,
} from './walkthrough-file/walkthrough-file';

// The general cohort-component engine and its inputs-file format (the CLI's `--inputs` runs).
export { project, type ProjectionInputs } from './engine/project';
export { survivalFromMx } from './engine/life-table';
export type { BySex, MultiStateStepInputs, StateTransfer, StepRates } from './engine/types';
export { INPUTS_FILE_FORMAT, parseInputsFile, resultToCsv, resultToJson, resultToJsonValue, toProjectionInputs, type ParseResult } from './inputs-file';

// Limits on parsed JSON, checked before any recursive walk (the CLI checks its input files with them).
export { jsonLimitProblem, type JsonLimits } from './json-limits';

// Towns and streets: the areas file, the district projection shared out over areas, per-area demand,
// supply and gaps (docs/areas.md).
export {
  ADDITIVE_FIELDS,
  AREA_COLUMNS,
  AREAS_FORMAT,
  FACILITIES,
  FIRST_TABLE_YEAR,
  LAST_TABLE_YEAR,
  areaRows,
  areasToCsv,
  areasToJson,
  checkAreasFile,
  defaultAreasFile,
  districtAreaRows,
  flatAreaRow,
  parseAreasFile,
  projectAreas,
  serializeAreasFile,
  xiqingAreas,
  type Area,
  type AreaPopulations,
  type AreasFile,
  type AreasResult,
  type AreaYearRow,
  type Facility,
  type PlannedAddition,
  type SupplyRow,
} from './areas/index';

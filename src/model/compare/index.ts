/**
 * Comparing 1..6 scenarios: run them, the headline table with differences from the
 * baseline, "what differs", and series for overlaid charts. Pure: runs in the renderer, the CLI and tests.
 */
export { compareScenarios, MAX_COMPARED_SCENARIOS } from './compare-scenarios';
export type { CompareOptions, Comparison, NamedScenario, ScenarioResult } from './compare-scenarios';
export { DEMOGRAPHIC_HEADLINES, HEADLINE_YEARS, SERVICE_HEADLINES, headlineTable } from './headline-table';
export type { CountCell, CountRow, HeadlineIndicator, HeadlineRow, HeadlineTable, ShareCell, ShareRow } from './headline-table';
export { indicatorSeries } from './series';
export type { IndicatorSeries, ScenarioLine } from './series';
export { HEADLINE_SERVICE_INDICATORS } from './service-indicators';
export { whatDiffers } from './what-differs';
export type { DifferingLever, DifferingNorm, DifferingSetting, ScenarioSettings, WhatDiffersOptions } from './what-differs';
export { comparisonMarkers, markerFor, markerStatus, PLAN_TARGET_SET } from './target-markers';
export type { MarkerStatus, TargetMarker, TargetSet } from './target-markers';

/** The indicator registry and what is derived from it. */
export {
  DEMOGRAPHIC_INDICATOR_IDS,
  INDICATORS,
  INDICATOR_IDS,
  SERVICE_FIELDS,
  SERVICE_FIELD_IDS,
  DEMOGRAPHIC_ENTRIES,
  SERVICE_ENTRIES,
  buildSpecs,
  indicatorSpec,
  isIndicatorId,
  isServiceIndicator,
  type DemographicIndicatorId,
  type IndicatorText,
  type IndicatorId,
  type ServiceField,
} from './indicator-registry';
export { INDICATOR_KINDS, indicatorSpecProblems, type IndicatorChapter, type IndicatorEntry, type IndicatorKind, type IndicatorSpec, type IndicatorTiming } from './indicator-spec';
export { headlineUnit, indicatorTolerance, spreadsheetFormat, storedDecimals, type HeadlineUnit } from './indicator-format';
export { indicatorValue, runIndicatorValue, type ScenarioRows } from './indicator-value';
export { outputFieldsTable } from './output-fields-table';
export { outputFieldsDoc } from './output-fields-doc';

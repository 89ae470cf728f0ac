/**
 * The indicator registry: one entry per number the model reports per year, the demographic indicators
 * (fields of `IndicatorRow`) and the service-demand fields (of `ServiceRow`) alike. The entries are
 * checked against both row types at compile time (`satisfies Record<…>`): a row field without an entry,
 * or an entry without a row field, is a type error. Labels and units, in Chinese and English, live in
 * the locale file beside this one (indicator-labels.json), also checked for completeness.
 *
 * Key order is output order: the CLI's and the exports' columns list the demographic indicators in
 * the order below, then the service fields not already among them.
 */
import type { ServiceField } from '../service-demand/service-row';
import type { IndicatorRow } from '../xiqing/scenario/indicators';
import type { Localized } from '../xiqing/levers/lever-spec';
import labels from './indicator-labels.json';
import { count, measure, netFlow, share, type IndicatorEntry, type IndicatorSpec } from './indicator-spec';

/** A numeric field of the model's indicator rows (every field but `year`). */
export type DemographicIndicatorId = Exclude<keyof IndicatorRow, 'year'>;

export type { ServiceField };

/** Any indicator the model reports: demographic or service demand. */
export type IndicatorId = DemographicIndicatorId | ServiceField;

/** The demographic indicators, in output order. */
export const DEMOGRAPHIC_ENTRIES = {
  residents: count('population'),
  hukouPopulation: count('population'),
  local: count('population'),
  tianjin: count('population'),
  outside: count('population'),
  // Students are a fixed number over a run: no lever moves them.
  students: count('population', 'stock', false),
  births: count('flows', 'flow'),
  deaths: count('flows', 'flow'),
  netMigration: netFlow('flows'),
  settlements: count('flows', 'flow'),
  tfr: measure('rate', 3, 'fertility-mortality', 'flow'),
  e0: measure('years', 2, 'fertility-mortality', 'flow'),
  age0to2: count('age-groups'),
  age3to5: count('age-groups'),
  age6to11: count('age-groups'),
  age12to14: count('age-groups'),
  age0to14Share: share('ageing'),
  age15to64Share: share('ageing'),
  age60plusShare: share('ageing'),
  age65plusShare: share('ageing'),
  age80plusShare: share('ageing'),
  oldAgeDependency: measure('ratio', 2, 'ageing', 'stock', true),
  medianAge: measure('years', 2, 'ageing', 'stock'),
  naturalIncrease: netFlow('flows'),
  inflowCentralCity: count('flows', 'flow'),
  inflowOutside: count('flows', 'flow'),
  inflowTalent: count('flows', 'flow'),
  inflowSouthStation: count('flows', 'flow'),
  outflow: count('flows', 'flow'),
  tfrFirst: measure('rate', 3, 'fertility-mortality', 'flow'),
  tfrSecond: measure('rate', 3, 'fertility-mortality', 'flow'),
  tfrThirdPlus: measure('rate', 3, 'fertility-mortality', 'flow'),
  age15to17: count('age-groups'),
  age0to14: count('age-groups'),
  age15to59: count('age-groups'),
  age15to64: count('age-groups'),
  age16to59: count('age-groups'),
  age60plus: count('age-groups'),
  age65plus: count('age-groups'),
  age80plus: count('age-groups'),
  age15to59Share: share('ageing'),
  totalDependency: measure('ratio', 2, 'ageing', 'stock', true),
  sexRatio: measure('ratio', 3, 'population', 'stock'),
} as const satisfies Record<DemographicIndicatorId, IndicatorEntry>;

/**
 * The service-demand fields, in the service row's order. Fields that are also demographic indicators
 * (the age groups 3–5 … 80+) take the demographic entry; `under3` repeats `age0to2` under the service
 * layer's name.
 */
export const SERVICE_ENTRIES = {
  under3: count('childcare'),
  childcarePlacesByNorm: count('childcare'),
  childcarePlacesByDemand: count('childcare'),
  // Supply follows the norms' 2020 places and yearly additions: no lever moves it.
  childcareSupply: count('childcare', 'stock', false),
  childcareSupplyPer1000: measure('rate', 2, 'childcare', 'stock'),
  childcareGap: count('childcare'),
  childcareGapByDemand: count('childcare'),
  age3to5: DEMOGRAPHIC_ENTRIES.age3to5,
  preschoolPlaces: count('preschool'),
  preschoolClasses: count('preschool'),
  kindergartens: count('preschool'),
  preschoolSupply: count('preschool', 'stock', false),
  preschoolGap: count('preschool'),
  preschoolAttainableEnrolment: share('preschool'),
  age6to11: DEMOGRAPHIC_ENTRIES.age6to11,
  primaryPlaces: count('schools'),
  primaryClasses: count('schools'),
  age12to14: DEMOGRAPHIC_ENTRIES.age12to14,
  juniorPlaces: count('schools'),
  juniorClasses: count('schools'),
  nonLocalPupilShare: share('schools'),
  age60plus: DEMOGRAPHIC_ENTRIES.age60plus,
  age65plus: DEMOGRAPHIC_ENTRIES.age65plus,
  age80plus: DEMOGRAPHIC_ENTRIES.age80plus,
  careDependentElderly: count('elderly'),
  disabledElderly: count('elderly'),
  dementiaElderly: count('elderly'),
  careBeds: count('elderly'),
  nursingBeds: count('elderly'),
  dayCareCentres: count('elderly'),
  mealServiceUsers: count('elderly'),
  healthManagedElderly: count('elderly'),
  familyDoctors: count('elderly'),
  meanSchoolingYears16to59: measure('years', 2, 'schooling-urbanisation', 'stock'),
  collegeShare16to59: share('schooling-urbanisation'),
  urbanisation: share('schooling-urbanisation'),
  urbanResidents: count('schooling-urbanisation'),
  ruralResidents: count('schooling-urbanisation'),
} as const satisfies Record<ServiceField, IndicatorEntry>;

/** An indicator's label and unit in both languages, as the locale file holds them. */
export interface IndicatorText {
  label: Localized;
  unit: Localized;
  /** What the value is, where the label alone does not say (English; the docs table shows it). */
  note?: string;
}
// An assignment, not a cast: a locale file missing an indicator is a type error here.
const TEXT: Record<IndicatorId, IndicatorText> = labels;

/** Builds specs from entries and texts (exported so that tests can build a trial registry the same way). */
export function buildSpecs<Id extends string>(
  entries: Readonly<Record<Id, IndicatorEntry>>,
  source: (id: Id) => IndicatorSpec['source'],
  text: Readonly<Record<Id, IndicatorText>>,
): Record<Id, IndicatorSpec<Id>> {
  const ids = Object.keys(entries) as Id[];
  return Object.fromEntries(ids.map((id) => [id, { id, ...entries[id], source: source(id), label: text[id]?.label, unit: text[id]?.unit, note: text[id]?.note ?? '' }])) as Record<
    Id,
    IndicatorSpec<Id>
  >;
}

const DEMOGRAPHIC_IDS = new Set<string>(Object.keys(DEMOGRAPHIC_ENTRIES));

/** Every indicator's spec, keyed by id, in output order (demographic indicators, then service fields). */
export const INDICATORS: Readonly<Record<IndicatorId, IndicatorSpec<IndicatorId>>> = buildSpecs<IndicatorId>(
  // Spread keeps the first position of a shared key (its entry is the same object on both sides).
  { ...DEMOGRAPHIC_ENTRIES, ...SERVICE_ENTRIES },
  (id) => (DEMOGRAPHIC_IDS.has(id) ? 'demographic' : 'service'),
  TEXT,
);

/** Every indicator id in output order. */
export const INDICATOR_IDS = Object.keys(INDICATORS) as IndicatorId[];

/** The demographic indicator ids in output order. */
export const DEMOGRAPHIC_INDICATOR_IDS = Object.keys(DEMOGRAPHIC_ENTRIES) as DemographicIndicatorId[];

/** The service fields in the service row's order (age groups shared with the demographic rows included). */
export const SERVICE_FIELD_IDS = Object.keys(SERVICE_ENTRIES) as ServiceField[];

/** The specs of the service fields, in the service row's order. */
export const SERVICE_FIELDS: readonly IndicatorSpec<ServiceField>[] = SERVICE_FIELD_IDS.map((id) => INDICATORS[id] as IndicatorSpec<ServiceField>);

/** Whether `id` names an indicator of the registry. */
export function isIndicatorId(id: string): id is IndicatorId {
  return Object.prototype.hasOwnProperty.call(INDICATORS, id);
}

/** The spec of an indicator. */
export function indicatorSpec(id: IndicatorId): IndicatorSpec<IndicatorId> {
  return INDICATORS[id];
}

/** Whether `id` is read from the service rows (a service field that is not also a demographic indicator). */
export function isServiceIndicator(id: string): id is Exclude<ServiceField, DemographicIndicatorId> {
  return isIndicatorId(id) && INDICATORS[id].source === 'service';
}

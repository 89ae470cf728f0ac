/**
 * What a target can be set on: the indicators a targets file may name, each with where the scenario's
 * value comes from (a projected indicator or service figure, or a norm the scenario assumes), its unit
 * and whether it is a share (written in files as a fraction 0..1).
 *
 * A norm is compared as an assumption where the model has no supply side (the 65+ health-management
 * rate): the checklist shows what the scenario assumes.
 */
import type { NormId } from '../service-demand/norm-specs';
import { SERVICE_FIELDS } from '../indicators/indicator-registry';
import type { Localized } from '../xiqing/levers/lever-spec';

/** Where the scenario's value for a target comes from. */
export type TargetMeasure =
  | { kind: 'indicator'; field: string }
  | { kind: 'norm'; norm: NormId };

/** An indicator a target can be set on. */
export interface TargetIndicator {
  id: string;
  label: Localized;
  unit: Localized;
  /** Values are fractions 0..1 (shown as %). */
  share: boolean;
  measure: TargetMeasure;
}

const persons: Localized = { zh: '人', en: 'persons' };
const pct: Localized = { zh: '%', en: '%' };

const indicator = (id: string, zh: string, en: string, unit: Localized): TargetIndicator =>
  ({ id, label: { zh, en }, unit, share: unit === pct, measure: { kind: 'indicator', field: id } });

/** Indicators of the yearly indicator row that plans set targets on. */
const FROM_INDICATOR_ROWS: readonly TargetIndicator[] = [
  indicator('residents', '常住人口', 'Resident population', persons),
  indicator('hukouPopulation', '户籍人口', 'Hukou (registered) population', persons),
  indicator('births', '出生人口', 'Births', persons),
  indicator('deaths', '死亡人口', 'Deaths', persons),
  indicator('e0', '人均期望寿命', 'Life expectancy at birth', { zh: '岁', en: 'years' }),
  indicator('tfr', '总和生育率', 'Total fertility rate', { zh: '个/妇女', en: 'births per woman' }),
  indicator('age60plusShare', '60岁及以上人口比重', 'Share aged 60+', pct),
  indicator('age65plusShare', '65岁及以上人口比重', 'Share aged 65+', pct),
  indicator('medianAge', '年龄中位数', 'Median age', { zh: '岁', en: 'years' }),
];

/** Every indicator a target can name, by id. */
export const TARGET_INDICATORS: ReadonlyMap<string, TargetIndicator> = new Map(
  [
    ...FROM_INDICATOR_ROWS,
    ...SERVICE_FIELDS.filter((f) => !FROM_INDICATOR_ROWS.some((i) => i.id === f.id))
      .map((f): TargetIndicator => ({ id: f.id, label: f.label, unit: f.unit, share: f.kind === 'share', measure: { kind: 'indicator', field: f.id } })),
    {
      id: 'healthManagementRate',
      label: { zh: '65岁以上老年人健康管理率（情景假设）', en: 'Health management of people 65+ (scenario assumption)' },
      unit: pct, share: true, measure: { kind: 'norm', norm: 'healthManagementRate' },
    } satisfies TargetIndicator,
  ].map((i) => [i.id, i]),
);

/** The indicator with this id, or undefined. */
export function targetIndicator(id: string): TargetIndicator | undefined {
  return TARGET_INDICATORS.get(id);
}

/**
 * The headline tiles for the plan year: each figure with the plan's target and the gap where the plan
 * sets one (targets and the "met" rule come from the model's plan targets), else with the 2020 base
 * or the supply for comparison. Pure: every number comes from the model's rows.
 */
import {
  checkTarget,
  type IndicatorRow,
  type NormValues,
  type ObservationsFile,
  type ObservedField,
  PLAN_TARGETS,
  type PlanTarget,
  type ServiceRow,
} from '@model';
import type { ViewContext } from '../charts/chart-view-model';
import { censusBirths2020 } from '@model';
import { activeTargetFor, PLAN_YEAR } from './plan-targets';
import { type NumberParts } from '../../../src/format';

/** below / above: outside the target's tolerance on that side. */
export type TileStatus = 'met' | 'below' | 'above';

export interface Tile {
  key: string;
  label: string;
  value: NumberParts;
  /** Secondary lines: target and gap, or a comparison. */
  lines: string[];
  status?: TileStatus;
  /** Which line carries the status colour. */
  statusLine?: number;
  /** The goal-seek indicator a "what would it take?" button on the tile opens (tiles with a target). */
  goal?: string;
}

export interface HeadlineViewModel {
  title: string;
  year: number;
  tiles: Tile[];
}

export interface HeadlineInput {
  rows: readonly IndicatorRow[];
  services: readonly ServiceRow[];
  norms: Pick<NormValues, 'careBedsPer1000Elderly'>;
  /** The active target set's targets (the plan's when omitted). */
  targets?: readonly PlanTarget[];
  /** Observed figures, if any: a tile adds "2023 actual vs scenario" for the latest observed year it shows. */
  observed?: Pick<ObservationsFile, 'observations'> | null;
  /**
   * With uncertainty bands on: the probability (0..1) of meeting each target by target id, or
   * 'pending' while it is computed. Absent: bands off, no probability line.
   */
  probabilities?: Readonly<Record<string, number>> | 'pending';
}

/**
 * The line comparing an observed figure with the scenario: the latest observed year up to the tile's
 * year (the tiles stand for the years up to it), or nothing when no such year was observed.
 */
function observedLine(
  rows: readonly IndicatorRow[], observed: HeadlineInput['observed'], field: ObservedField, upTo: number, { t, format }: ViewContext,
): string[] {
  const latest = observed?.observations
    .filter((o) => o[field] !== undefined && o.year <= upTo && rows.some((r) => r.year === o.year))
    .sort((a, b) => b.year - a.year)[0];
  if (!latest) return [];
  const actual = latest[field]!;
  const model = rows.find((r) => r.year === latest.year)!;
  const modelValue = field === 'hukouPopulation' ? model.hukouPopulation : model[field];
  return [
    `${t('actuals:observed.tileActual', { year: latest.year, value: format.persons(actual) })} · ${t('actuals:observed.tileVsScenario', { year: latest.year, value: format.personsDiff(actual - modelValue) })}`,
  ];
}

export function headlineViewModel({ rows, services, norms, targets = PLAN_TARGETS, observed, probabilities }: HeadlineInput, ctx: ViewContext): HeadlineViewModel | null {
  const { t, format } = ctx;
  const row = rows.find((r) => r.year === PLAN_YEAR);
  const demand = services.find((r) => r.year === PLAN_YEAR);
  const base = rows[0];
  if (!row || !demand) return null;

  const populationScale = Math.max(row.residents, row.hukouPopulation);
  const persons = (key: string, value: number, indicator: ObservedField): Tile => {
    const target = activeTargetFor(targets, indicator, PLAN_YEAR);
    const actual = observedLine(rows, observed, indicator, PLAN_YEAR, ctx);
    // A set without a target for this figure in the tiles' year: the figure, and what was observed.
    if (!target) return { key, label: t(`tiles.${key}`), value: format.personsParts(value, populationScale), lines: actual };
    const { status, gap } = checkTarget(target, value);
    // The population tiles sit side by side: one unit for both (1.293 M beside 0.540 M, not 540.0 k).
    const shown = format.persons(target.target, populationScale);
    const probability = probabilities === undefined ? [] : probabilities === 'pending'
      ? [t('uncertainty:probabilityPending')]
      : probabilities[target.id] === undefined ? [] : [t('uncertainty:probability', { value: `${format.number(probabilities[target.id] * 100, 0)}%` })];
    return {
      key,
      label: t(`tiles.${key}`),
      value: format.personsParts(value, populationScale),
      lines: [
        t('tiles.target', { value: target.kind === 'about' ? t('tiles.about', { value: shown }) : target.kind === 'atLeast' ? `≥ ${shown}` : `≤ ${shown}` }),
        t('tiles.gap', { value: format.personsDiff(gap) }),
        ...actual,
        ...probability,
      ],
      status,
      statusLine: 1,
      goal: target.measure.kind === 'indicator' ? target.measure.field : undefined,
    };
  };
  const share = (key: string, value: number, baseValue: number): Tile => ({
    key,
    label: t(`tiles.${key}`),
    value: { value: format.number(value * 100, 1), unit: '%' },
    lines: [t('tiles.base', { value: format.share(baseValue) }), format.pointsDiff(value - baseValue)],
  });
  const count = (value: number, unitKey: 'places' | 'beds') => `${format.number(value)}${format.language === 'zh-CN' ? '' : ' '}${t(`tiles.${unitKey}`)}`;

  // Childcare: what families want (driven by the under-3s, so it moves with fertility) leads; the plan's
  // per-1,000 norm (driven by all residents) sits beside it.
  const childcareGap = demand.childcareGapByDemand;
  return {
    title: t('tiles.title', { year: PLAN_YEAR }),
    year: PLAN_YEAR,
    tiles: [
      persons('residents', row.residents, 'residents'),
      persons('hukou', row.hukouPopulation, 'hukouPopulation'),
      share('age60', row.age60plusShare, base.age60plusShare),
      share('age65', row.age65plusShare, base.age65plusShare),
      // The 2020 reference is the census count, never the projection's 2020 row (its births are the
      // flow of the step to 2021, which moves with the levers).
      {
        key: 'births', label: t('tiles.births'), value: format.personsParts(row.births),
        lines: [t('tiles.census', { value: format.persons(censusBirths2020()) }), ...observedLine(rows, observed, 'births', PLAN_YEAR, ctx)],
      },
      {
        key: 'childcare',
        label: t('tiles.childcare'),
        value: { value: format.number(demand.childcarePlacesByDemand), unit: t('tiles.places') },
        lines: [
          t('tiles.childcareByNorm', { value: count(demand.childcarePlacesByNorm, 'places') }),
          t('tiles.childcareSupply', { value: count(demand.childcareSupply, 'places') }),
          t('tiles.childcareGap', { value: count(childcareGap, 'places') }),
          t('tiles.childcareWhy'),
        ],
        // Places are counted whole: less than half a place missing is no gap.
        status: childcareGap < 0.5 ? 'met' : 'below',
        statusLine: 2,
      },
      {
        key: 'careBeds',
        label: t('tiles.careBeds'),
        value: { value: format.number(demand.careBeds), unit: t('tiles.beds') },
        lines: [t('tiles.nursingBeds', { value: count(demand.nursingBeds, 'beds') }), t('tiles.careBedsNorm', { norm: format.number(norms.careBedsPer1000Elderly) })],
      },
    ],
  };
}

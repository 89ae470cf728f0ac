/**
 * The headline tiles for the plan year: each figure with the plan's target and the gap where the plan
 * sets one (targets and the "met" rule come from the model's plan targets), else with the 2020 base
 * or the supply for comparison. Pure: every number comes from the model's rows.
 */
import { checkTarget, type IndicatorRow, type NormValues, type ServiceRow } from '@model';
import type { ViewContext } from '../charts/chart-view-model';
import type { NumberParts } from '../format/number-format';
import { PLAN_YEAR, planTarget } from './plan-targets';

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
  /**
   * With uncertainty bands on: the probability (0..1) of meeting each plan target by target id, or
   * 'pending' while it is computed. Absent: bands off, no probability line.
   */
  probabilities?: Readonly<Record<string, number>> | 'pending';
}

export function headlineViewModel({ rows, services, norms, probabilities }: HeadlineInput, { t, format }: ViewContext): HeadlineViewModel | null {
  const row = rows.find((r) => r.year === PLAN_YEAR);
  const demand = services.find((r) => r.year === PLAN_YEAR);
  const base = rows[0];
  if (!row || !demand) return null;

  const persons = (key: string, value: number, targetId: string): Tile => {
    const target = planTarget(targetId);
    const { met, gap } = checkTarget(target, value);
    const shown = format.persons(target.target);
    const probability = probabilities === undefined ? [] : probabilities === 'pending'
      ? [t('uncertainty:probabilityPending')]
      : probabilities[targetId] === undefined ? [] : [t('uncertainty:probability', { value: `${format.number(probabilities[targetId] * 100, 0)}%` })];
    return {
      key,
      label: t(`tiles.${key}`),
      value: format.personsParts(value),
      lines: [
        t('tiles.target', { value: target.comparison === '≈' ? t('tiles.about', { value: shown }) : shown }),
        t('tiles.gap', { value: format.personsDiff(gap) }),
        ...probability,
      ],
      status: met ? 'met' : gap < 0 ? 'below' : 'above',
      statusLine: 1,
    };
  };
  const share = (key: string, value: number, baseValue: number): Tile => ({
    key,
    label: t(`tiles.${key}`),
    value: { value: format.number(value * 100, 1), unit: '%' },
    lines: [t('tiles.base', { value: format.share(baseValue) }), format.pointsDiff(value - baseValue)],
  });
  const count = (value: number, unitKey: 'places' | 'beds') => `${format.number(value)}${format.language === 'zh-CN' ? '' : ' '}${t(`tiles.${unitKey}`)}`;

  const childcareGap = demand.childcareGap;
  return {
    title: t('tiles.title', { year: PLAN_YEAR }),
    year: PLAN_YEAR,
    tiles: [
      persons('residents', row.residents, 'residents'),
      persons('hukou', row.hukouPopulation, 'hukouPopulation'),
      share('age60', row.age60plusShare, base.age60plusShare),
      share('age65', row.age65plusShare, base.age65plusShare),
      { key: 'births', label: t('tiles.births'), value: format.personsParts(row.births), lines: [t('tiles.base', { value: format.persons(base.births) })] },
      {
        key: 'childcare',
        label: t('tiles.childcare'),
        value: { value: format.number(demand.childcarePlacesByNorm), unit: t('tiles.places') },
        lines: [t('tiles.childcareSupply', { value: count(demand.childcareSupply, 'places') }), t('tiles.childcareGap', { value: count(childcareGap, 'places') })],
        // Places are counted whole: less than half a place missing is no gap.
        status: childcareGap < 0.5 ? 'met' : 'below',
        statusLine: 1,
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

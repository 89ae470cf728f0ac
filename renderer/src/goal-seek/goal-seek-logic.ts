/**
 * The "What would it take?" panel's pure logic: which indicators and levers it offers, the goal-seek
 * request it builds from the form, rounding a solution to the lever's step, and the answer in words.
 * The solving itself is the model's `goalSeek` (src/model/solve/goal-seek.ts); nothing here runs
 * the model except {@link solveGoal}, which calls it.
 */
import type { Language } from '../../../src/host/contract';
import {
  BASE_YEAR,
  goalSeek,
  type GoalSeekResult,
  type HeadlineUnit,
  headlineUnit,
  type IndicatorId,
  LEVER_IDS,
  LEVER_SPECS,
  type LeverId,
  type LeverValues,
  type NormValues,
  type PathValue,
  PLAN_TARGETS,
  type PlanTarget,
  runIndicatorValue,
  runXiqing,
} from '@model';
import type { ViewContext } from '../charts/chart-view-model';
import { asciiDigits, parseDisplayInput } from '../format/lever-format';
import { PLAN_YEAR } from '../results/plan-targets';
import quantitySuffixes from './quantity-suffixes.json';
import { formatSettingValue, localized } from '../../../src/format';

/** How an indicator's value is entered and shown: the registry's headline unit. */
export type IndicatorUnit = HeadlineUnit;

/** One indicator the panel can solve for: a model field, its label (shared with the tiles) and unit. */
export interface GoalIndicator {
  /** The indicator goalSeek reads. */
  field: IndicatorId;
  /** Key of its label in the shell's locale file (the headline tiles' wording). */
  labelKey: string;
  unit: IndicatorUnit;
}

const goal = (field: IndicatorId, labelKey: string): GoalIndicator => ({ field, labelKey, unit: headlineUnit(field) });

export const GOAL_INDICATORS: readonly GoalIndicator[] = [
  goal('residents', 'tiles.residents'),
  goal('hukouPopulation', 'tiles.hukou'),
  goal('births', 'tiles.births'),
  goal('age60plusShare', 'tiles.age60'),
  goal('age65plusShare', 'tiles.age65'),
  goal('childcarePlacesByNorm', 'tiles.childcare'),
  goal('careBeds', 'tiles.careBeds'),
];

export function goalIndicator(field: string): GoalIndicator {
  const found = GOAL_INDICATORS.find((i) => i.field === field);
  if (!found) throw new Error(`no goal-seek indicator "${field}"`);
  return found;
}

/**
 * Levers a volume or rate of which drives the indicators: every lever except calendar years, the
 * phase-in period and shape parameters (age shift, sex ratio at birth, sex gap in life expectancy),
 * whose effect on a count is weak or not monotone.
 */
const NOT_SOLVABLE = new Set<LeverId>(['upliftPhaseInYears', 'childbearingAgeShift', 'srb', 'e0SexGap']);
export const GOAL_LEVERS: readonly LeverId[] = LEVER_IDS.filter((id) => LEVER_SPECS[id].format !== 'year' && !NOT_SOLVABLE.has(id));

export const DEFAULT_GOAL_LEVER: LeverId = 'centralCityInflow';
export const DEFAULT_GOAL_INDICATOR = 'residents';

/** The years a target can be set for: after the base year, up to the scenario's end year. */
export function goalYears(endYear: number): number[] {
  const years: number[] = [];
  for (let y = BASE_YEAR + 1; y <= endYear; y++) years.push(y);
  return years;
}

/** The default year: the plan's (2025), or the scenario's last year if it ends earlier. */
export function defaultGoalYear(endYear: number): number {
  return Math.min(PLAN_YEAR, endYear);
}

/** The active set's target for an indicator field in exactly that year (the plan's by default), if it sets one. */
export function planTargetFor(field: string, year: number, targets: readonly PlanTarget[] = PLAN_TARGETS): number | undefined {
  const target = targets.find((p) => p.measure.kind === 'indicator' && p.measure.field === field && p.year === year);
  return target?.target;
}

/**
 * The unit the target box takes, the tiles' unit for the indicator: persons in 万人 (zh) or M / k
 * (en) when the figure is that large (scale from `reference`, the scenario's value or the plan's
 * target), % for shares, places and beds as they are.
 */
export interface TargetScale {
  /** Model value = typed value × factor (for shares: ÷ 100 instead). */
  factor: number;
  /** The unit shown beside the box. */
  unit: string;
}

export function targetScale(indicator: GoalIndicator, reference: number | undefined, { t, format }: ViewContext): TargetScale {
  if (indicator.unit === 'share') return { factor: 0.01, unit: t('goalSeek:units.share') };
  if (indicator.unit !== 'persons') return { factor: 1, unit: t(`goalSeek:units.${indicator.unit}`) };
  const scale = format.personsScale(reference ?? 0);
  return scale.factor === 1 ? { factor: 1, unit: t('goalSeek:units.persons') } : { factor: scale.factor, unit: t(`goalSeek:units.scaled.${scale.factor}`) };
}

/** A target value (model unit: shares as fractions) as the text the target box shows, in the box's unit (no grouping). */
export function targetText(indicator: GoalIndicator, value: number, scale: TargetScale): string {
  if (indicator.unit === 'share') return String(Number((value * 100).toFixed(1)));
  const shown = value / scale.factor;
  return String(Number(shown.toFixed(scale.factor === 1 ? 0 : scale.factor === 1_000_000 ? 3 : 2)));
}

/**
 * The text prefilled in the target box: the plan's target where the plan sets one for that year,
 * otherwise the scenario's current value (so the user edits from where the scenario stands).
 */
export function defaultTargetText(indicator: GoalIndicator, year: number, current: number | undefined, ctx: ViewContext, targets: readonly PlanTarget[] = PLAN_TARGETS): string {
  const plan = planTargetFor(indicator.field, year, targets);
  const value = plan ?? current;
  if (value === undefined || !Number.isFinite(value)) return '';
  return targetText(indicator, value, targetScale(indicator, value, ctx));
}

/** Multiplier of each word a typed target may carry (万, 亿, k / 千, M / million / 百万, plain persons), keyed in lower case. */
const SUFFIXES: ReadonlyMap<string, number> = new Map(
  quantitySuffixes.multipliers.flatMap(({ words, factor }) => words.map((w) => [w.toLowerCase(), factor] as const)),
);

/**
 * Reads a typed target in the box's unit: "135万", "135" (万人 in the box), "1350000" or "1,350,000"
 * all give 1,350,000 persons; "1.35M", "1350k" likewise in English. A plain number of 10,000 or more is
 * persons whatever the box's unit (nobody means 1,350,000万人); shares are % (0–100). NaN if unreadable.
 */
export function parseGoalTarget(text: string, indicator: GoalIndicator, scale: TargetScale): number {
  const halfWidth = asciiDigits(text);
  const match = /^\s*([-+]?[\d.,\uFF0C\uFF0E\s]*\d[\d.,\uFF0C\uFF0E]*)\s*([^\d\s]*)\s*$/.exec(halfWidth);
  if (!match) return Number.NaN;
  const number = parseDisplayInput(match[1]);
  const suffix = match[2];
  if (!Number.isFinite(number)) return Number.NaN;
  if (indicator.unit === 'share') return suffix === '' || suffix === '%' || suffix === '\uFF05' ? number / 100 : Number.NaN;
  if (suffix === '') {
    if (indicator.unit === 'persons' && Math.abs(number) >= 10_000) return number;
    return number * scale.factor;
  }
  if (indicator.unit !== 'persons') return suffix === scale.unit ? number : Number.NaN;
  const multiplier = SUFFIXES.get(suffix.toLowerCase());
  return multiplier === undefined ? Number.NaN : number * multiplier;
}

/** What the box understood, for the preview under it: "读作 1,350,000人（135.0万人）", "Read as 19.5%". */
export function understoodText(value: number, indicator: GoalIndicator, ctx: ViewContext): string {
  const shown = formatIndicator(indicator, value, ctx);
  if (indicator.unit !== 'persons') return ctx.t('goalSeek:understoodPlain', { value: shown });
  return ctx.t('goalSeek:understood', { exact: ctx.format.number(value), shown });
}

/** What the user entered in the form. */
export interface GoalForm {
  indicator: string;
  /** The target as typed, in display units (persons, places, beds, or % for shares). */
  target: string;
  year: number;
  lever: LeverId;
}

export type GoalRequestResult =
  | { ok: true; request: { levers: LeverValues; lever: LeverId; indicator: IndicatorId; target: number; year: number; norms: NormValues } }
  | { ok: false; error: 'target' | 'year' };

/** Validates the form (the target read in the box's unit) and builds the goal-seek request on the active scenario's values. */
export function buildGoalRequest(form: GoalForm, scale: TargetScale, levers: LeverValues, norms: NormValues): GoalRequestResult {
  const indicator = goalIndicator(form.indicator);
  const target = parseGoalTarget(form.target, indicator, scale);
  if (!Number.isFinite(target) || target < 0 || (indicator.unit === 'share' && target > 1)) return { ok: false, error: 'target' };
  if (!Number.isInteger(form.year) || form.year <= BASE_YEAR || form.year > levers.endYear) return { ok: false, error: 'year' };
  return { ok: true, request: { levers, lever: form.lever, indicator: indicator.field, target, year: form.year, norms } };
}

/**
 * A lever value rounded to the lever's step (counted from its minimum), kept in its range and free of
 * binary noise: 22,787.2 → 22,800 for a lever stepped by 100.
 */
export function roundToStep(lever: LeverId, value: number): number {
  const { min, max, step } = LEVER_SPECS[lever];
  const steps = Math.round((value - min) / step);
  const rounded = Math.min(max, Math.max(min, min + steps * step));
  const stepDecimals = (String(step).split('.')[1] ?? '').length;
  const minDecimals = (String(min).split('.')[1] ?? '').length;
  return Number(rounded.toFixed(Math.max(stepDecimals, minDecimals)));
}

/** The indicator's value in `year` for a set of lever values. */
export function indicatorAt(levers: LeverValues, norms: NormValues, field: IndicatorId, year: number): number {
  return runIndicatorValue(runXiqing(levers), norms, year - BASE_YEAR, field);
}

/** A solved request: the model's answer, plus the step-rounded value Apply sets and the indicator there. */
export interface GoalAnswer {
  request: Extract<GoalRequestResult, { ok: true }>['request'];
  result: GoalSeekResult;
  /** Only when solved: the value rounded to the lever's step and the indicator with it. */
  applied?: { value: number; achieved: number };
}

/** Runs the model's goal seek and, if it found a value, the model once more at the rounded value. */
export function solveGoal(request: GoalAnswer['request']): GoalAnswer {
  const result = goalSeek(request);
  if (!result.ok) return { request, result };
  const value = roundToStep(request.lever, result.value);
  const achieved = indicatorAt({ ...request.levers, [request.lever]: value }, request.norms, request.indicator, request.year);
  return { request, result, applied: { value, achieved } };
}

/** Whether an answer still describes the active scenario, has been applied to it, or is out of date. */
export type AnswerStatus = 'fresh' | 'applied' | 'stale';

export function answerStatus(answer: GoalAnswer, current: LeverValues): AnswerStatus {
  const base = answer.request.levers;
  const lever = answer.request.lever;
  const others = (Object.keys(base) as LeverId[]).every((id) => id === lever || base[id] === current[id]);
  if (!others) return 'stale';
  if (current[lever] === base[lever]) return 'fresh';
  if (answer.applied && current[lever] === answer.applied.value) return 'applied';
  return 'stale';
}

/** An indicator value with its unit in the interface language: 135.0万人, 25.3%, 4,120个. */
export function formatIndicator(indicator: GoalIndicator, value: number, { t, format }: ViewContext): string {
  if (indicator.unit === 'persons') return format.persons(value);
  if (indicator.unit === 'share') return format.share(value, 1);
  const unit = t(`translation:tiles.${indicator.unit}`);
  return format.language === 'zh-CN' ? `${format.number(value)}${unit}` : `${format.number(value)} ${unit}`;
}

/**
 * A lever value as the answer shows it: the lever's own display (unit included), with one more
 * decimal for percentages so a solved share does not look like a step value.
 */
export function formatSolvedLever(lever: LeverId, value: number, language: Language): string {
  const spec = LEVER_SPECS[lever];
  return formatSettingValue(spec.format === 'percent' ? { ...spec, decimals: spec.decimals + 1 } : spec, value, language);
}


/** The answer in words. */
export interface AnswerText {
  kind: 'found' | 'unreachable' | 'invalid';
  /** The main sentence. */
  headline: string;
  /** What the indicator is with the found value, or the values at both ends. */
  detail: string;
  /** The Apply button's label (found only). */
  applyLabel?: string;
  /** After applying: what the indicator now is (found only). */
  appliedText?: string;
}

export function answerText(answer: GoalAnswer, ctx: ViewContext): AnswerText {
  const { t, format } = ctx;
  const language = format.language;
  const { request, result } = answer;
  const indicator = goalIndicator(request.indicator);
  const leverLabel = localized(LEVER_SPECS[request.lever].label, language);
  const indicatorLabel = t(`translation:${indicator.labelKey}`);
  const target = formatIndicator(indicator, request.target, ctx);
  const lever = (v: PathValue) => formatSettingValue(LEVER_SPECS[request.lever], v, language);
  if (result.ok) {
    const applied = answer.applied!;
    return {
      kind: 'found',
      headline: t('goalSeek:answer.found', {
        lever: leverLabel,
        value: formatSolvedLever(request.lever, result.value, language),
        current: lever(request.levers[request.lever]),
      }),
      detail: t('goalSeek:answer.achieved', { year: request.year, indicator: indicatorLabel, value: formatIndicator(indicator, result.achieved, ctx), target }),
      applyLabel: t('goalSeek:apply', { value: lever(applied.value) }),
      appliedText: t('goalSeek:answer.applied', {
        lever: leverLabel,
        value: lever(applied.value),
        year: request.year,
        indicator: indicatorLabel,
        achieved: formatIndicator(indicator, applied.achieved, ctx),
      }),
    };
  }
  if (!result.valuesAtEnds) return { kind: 'invalid', headline: t('goalSeek:answer.invalid'), detail: '' };
  return {
    kind: 'unreachable',
    headline: t('goalSeek:answer.unreachable', { lever: leverLabel, year: request.year, indicator: indicatorLabel, target }),
    detail: t('goalSeek:answer.ends', {
      min: lever(result.range.min),
      max: lever(result.range.max),
      atMin: formatIndicator(indicator, result.valuesAtEnds.min, ctx),
      atMax: formatIndicator(indicator, result.valuesAtEnds.max, ctx),
    }),
  };
}

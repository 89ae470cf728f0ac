/**
 * The numbers a walkthrough step shows: the model run of each step (computed once per set of values),
 * the value of a "predict first" indicator, the headline numbers with their change from the previous
 * step, "what changed" lines, and the room's guess against the answer. Pure apart from the run cache;
 * every number comes from the same model run (and the same join of indicator and service rows as the
 * model's `scenarioReport`) that the tests compute in Node.
 */
import type { TFunction } from 'i18next';
import type { Language } from '../../../src/host/contract';
import { headlineUnit, INDICATORS, indicatorValue, type PathValue, type PredictableIndicator, type ScenarioValues, type ValueId, valueOverrides, valueSpec } from '@model';
import { formatSettingValue, localized, signed, withUnit, type NumberFormat, type NumberParts } from '../../../src/format';
import { asciiDigits } from '../format/lever-format';
import { computeResults, type ModelResults } from '../model/model-results';
import { PLAN_YEAR } from '../results/plan-targets';

const CACHE_SIZE = 64;
const cache = new Map<string, ModelResults>();

/** The model run of a step's values; steps with the same values share one run. */
export function stepResults(values: ScenarioValues): ModelResults {
  const key = JSON.stringify(valueOverrides(values));
  let results = cache.get(key);
  if (!results) {
    results = computeResults(values.levers, values.norms);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(key, results);
  }
  return results;
}

/** How an indicator is written: persons (万人 / k), a signed flow, a share, or places or beds. */
export type IndicatorKind = 'persons' | 'signed' | 'share' | 'places' | 'beds';

/** How a predictable indicator is written, from its registry spec: net flows signed, else its headline unit. */
export function indicatorKind(indicator: PredictableIndicator): IndicatorKind {
  return INDICATORS[indicator].signed ? 'signed' : headlineUnit(indicator);
}

/** The unit words of places and beds (from the walkthrough locale file). */
export interface CountUnits {
  places: string;
  beds: string;
  persons: string;
}

export function countUnits(t: TFunction): CountUnits {
  return { places: t('units.places'), beds: t('units.beds'), persons: t('units.persons') };
}

/** A value split into number and unit, so the big figures can show the unit smaller. */
export function indicatorParts(kind: IndicatorKind, value: number, format: NumberFormat, units: CountUnits): NumberParts {
  switch (kind) {
    case 'persons':
    case 'signed': {
      const parts = format.personsParts(value);
      return { value: kind === 'signed' ? signed(parts.value, value) : parts.value, unit: parts.unit };
    }
    case 'share':
      return { value: format.number(value * 100, 1), unit: '%' };
    case 'places':
    case 'beds':
      return { value: format.number(value), unit: kind === 'places' ? units.places : units.beds };
  }
}

/** The value as one string, written the way each language writes it (132.9万人, 1.329 M, 19.7%, 10,213 beds). */
export function formatIndicator(kind: IndicatorKind, value: number, format: NumberFormat, units: CountUnits): string {
  const parts = indicatorParts(kind, value, format, units);
  return withUnit(format.language, parts.value, parts.unit);
}

/** A signed difference, written like the value (+3.2万人, −0.3 pp, +120 beds). */
export function formatIndicatorDiff(kind: IndicatorKind, diff: number, format: NumberFormat, units: CountUnits): string {
  switch (kind) {
    case 'persons':
    case 'signed':
      return format.personsDiff(diff);
    case 'share':
      return format.pointsDiff(diff);
    case 'places':
    case 'beds':
      return signed(formatIndicator(kind, diff, format, units), diff);
  }
}

/** Whether a difference shows as zero at the precision it is written with. */
export function roundsToZero(kind: IndicatorKind, diff: number, format: NumberFormat, units: CountUnits): boolean {
  return !/[1-9]/.test(indicatorParts(kind, Math.abs(diff), format, units).value);
}

/** What the guess box takes: the number of units of `scale` model units (e.g. 万人 = 10,000 persons). */
export interface GuessUnit {
  scale: number;
  unit: string;
}

/**
 * The unit the room guesses in: the unit the answer will be written in (万人 or 人 in Chinese; M, k or
 * persons in English; % for shares), so a guess reads like the answer it is compared with.
 */
export function guessUnit(kind: IndicatorKind, answer: number, format: NumberFormat, units: CountUnits): GuessUnit {
  if (kind === 'share') return { scale: 0.01, unit: '%' };
  if (kind === 'places') return { scale: 1, unit: units.places };
  if (kind === 'beds') return { scale: 1, unit: units.beds };
  const size = Math.abs(answer);
  const unit = format.personsParts(answer).unit || units.persons;
  if (format.language === 'zh-CN') return { scale: size >= 10_000 ? 10_000 : 1, unit };
  return { scale: size >= 1_000_000 ? 1_000_000 : size >= 10_000 ? 1_000 : 1, unit };
}

/**
 * An example for the guess box in its unit, so the placeholder fits the question: the 2020 figure of
 * the indicator (never the answer) to two significant digits in the box's unit — "120" in 万人 for
 * residents, "7,000" for births, "16" for a share in %.
 */
export function guessExample(reference: number, unit: GuessUnit, format: NumberFormat): string {
  const shown = Math.abs(reference / unit.scale);
  if (!Number.isFinite(shown) || shown === 0) return format.number(0);
  const rounded = Number(shown.toPrecision(2));
  const decimals = Math.max(0, 1 - Math.floor(Math.log10(rounded)));
  return format.number(rounded, decimals);
}

/**
 * A typed guess in model units, or null. Accepts grouping commas, full-width digits (Chinese input
 * methods), a trailing unit the box already shows, and a leading sign.
 */
export function parseGuess(text: string, unit: GuessUnit): number | null {
  const half = asciiDigits(text).replace(/[\s,\uFF0C]/g, '');
  const match = /^[-+]?(\d+\.?\d*|\.\d+)/.exec(half);
  if (!match) return null;
  const value = Number(match[0]) * unit.scale;
  return Number.isFinite(value) ? value : null;
}

export interface GuessVerdict {
  guess: number;
  /** answer − guess, model units. */
  diff: number;
  /** (guess − answer) / |answer|, or null when the answer is 0. */
  relative: number | null;
}

export function judgeGuess(answer: number, guess: number): GuessVerdict {
  return { guess, diff: answer - guess, relative: answer === 0 ? null : (guess - answer) / Math.abs(answer) };
}

/** One big number of a step. */
export interface HeadlineNumber {
  key: string;
  indicator: PredictableIndicator;
  year: number;
  label: string;
  value: NumberParts;
  /** Change from the previous step ("+3.2万人 on the previous step"), null on the first step. */
  delta: string | null;
  /** The answer of a prediction not yet revealed: shown as a question mark. */
  hidden: boolean;
}

/** The four headline numbers of the plan year, in this order; a step's predicted indicator is added when it is another. */
export const HEADLINE_INDICATORS: readonly PredictableIndicator[] = ['residents', 'hukouPopulation', 'age60plusShare', 'births'];

export interface HeadlineInput {
  current: Pick<ModelResults, 'rows' | 'services'>;
  previous: Pick<ModelResults, 'rows' | 'services'> | null;
  predict?: { indicator: PredictableIndicator; year: number };
  /** The prediction's answer is still hidden. */
  pending: boolean;
}

/** The headline numbers of a step. `t` is the walkthrough namespace. */
export function headlineNumbers({ current, previous, predict, pending }: HeadlineInput, t: TFunction, format: NumberFormat): HeadlineNumber[] {
  const units = countUnits(t);
  const wanted = HEADLINE_INDICATORS.map((indicator) => ({ indicator, year: PLAN_YEAR }));
  if (predict && !wanted.some((w) => w.indicator === predict.indicator && w.year === predict.year)) wanted.push(predict);
  const out: HeadlineNumber[] = [];
  for (const { indicator, year } of wanted) {
    const value = indicatorValue(current, indicator, year);
    if (value === undefined) continue;
    const kind = indicatorKind(indicator);
    const before = previous ? indicatorValue(previous, indicator, year) : undefined;
    let delta: string | null = null;
    if (before !== undefined) {
      const diff = value - before;
      delta = roundsToZero(kind, diff, format, units) ? t('headline.noChange') : t('headline.delta', { value: formatIndicatorDiff(kind, diff, format, units) });
    }
    const hidden = pending && predict !== undefined && predict.indicator === indicator && predict.year === year;
    const name = t(`indicators.${indicator}`);
    out.push({
      key: `${indicator}-${year}`,
      indicator,
      year,
      label: t('headline.labelYear', { label: name, year }),
      value: hidden ? { value: '?', unit: '' } : indicatorParts(kind, value, format, units),
      delta: hidden ? null : delta,
      hidden,
    });
  }
  return out;
}

/** One line of "what changed": a lever or norm, its value before and after. */
export interface ChangeLine {
  id: string;
  label: string;
  from: string;
  to: string;
}

/** The values a step changed (resolveWalkthrough's `changed`) against the previous step's values. */
export function changeLines(changed: Readonly<Record<string, PathValue>>, previous: ScenarioValues, language: Language): ChangeLine[] {
  return Object.entries(changed).map(([id, to]) => {
    const spec = valueSpec(id as ValueId);
    const before = (previous.levers as Record<string, PathValue>)[id] ?? (previous.norms as Record<string, number>)[id];
    // A per-year path has arrows of its own: bracket it so "from → to" still reads as one change.
    const shown = (v: PathValue): string => {
      const text = formatSettingValue(spec, v, language);
      return typeof v === 'number' ? text : `(${text})`;
    };
    return {
      id,
      label: localized(spec.label, language),
      from: shown(before),
      to: shown(to),
    };
  });
}

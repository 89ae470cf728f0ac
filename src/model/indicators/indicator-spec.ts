/**
 * The shape of an indicator spec: everything the outputs need to know about one number the model
 * reports per year — what kind of quantity it is, its unit and precision, its labels, where it belongs,
 * whether it is a stock or a flow, and whether goal seek may solve for it. Columns, number formats,
 * goal-seek tolerances, headline units and the docs table of output fields are all derived from it.
 */
import type { Localized } from '../xiqing/levers/lever-spec';

/**
 * What kind of quantity an indicator is:
 * - `count`: persons, places, beds, classes, facilities (may be fractional: expected values);
 * - `share`: a part of a whole as a fraction 0..1 (shown as a percentage);
 * - `rate`: a quantity per person or per 1,000 (births per woman, places per 1,000 residents);
 * - `years`: an age or a duration in years (life expectancy, median age, years of schooling);
 * - `ratio`: one population over another that is not its whole (dependency ratios, the sex ratio).
 */
export type IndicatorKind = 'count' | 'share' | 'rate' | 'years' | 'ratio';

/** Every indicator kind, for checks. */
export const INDICATOR_KINDS: readonly IndicatorKind[] = ['count', 'share', 'rate', 'years', 'ratio'];

/** The group an indicator is listed under (in the docs table and the app). */
export type IndicatorChapter =
  | 'population'
  | 'flows'
  | 'fertility-mortality'
  | 'age-groups'
  | 'ageing'
  | 'childcare'
  | 'preschool'
  | 'schools'
  | 'elderly'
  | 'schooling-urbanisation';

/**
 * When a value holds: a `stock` is counted at the row's point in time (31 December of the year, or the
 * census point); a `flow` is summed or measured over the calendar year (births, migration, the TFR).
 */
export type IndicatorTiming = 'stock' | 'flow';

/** Which row of a year computes the value: the demographic indicator row or the service-demand row. */
export type IndicatorSource = 'demographic' | 'service';

/** What one registry entry states; the id, labels and units are added from the key and the label files. */
export interface IndicatorEntry {
  kind: IndicatorKind;
  /**
   * Decimals a value is written with in formatted output (spreadsheet cells, tables): of the number
   * itself, or, for values shown as percentages, of the percentage (2 → "12.34%").
   */
  decimals: number;
  chapter: IndicatorChapter;
  timing: IndicatorTiming;
  /** Whether goal seek may solve a lever for it (false where no lever moves the value). */
  solvable: boolean;
  /** Shown as a percentage: every share, and ratios defined that way (dependency ratios). */
  percent: boolean;
  /** May be negative (net flows): shown with its sign. */
  signed: boolean;
}

/** An indicator spec: the entry with its id, source, labels and units in both languages. */
export interface IndicatorSpec<Id extends string = string> extends IndicatorEntry {
  id: Id;
  source: IndicatorSource;
  /** What the value is, e.g. 常住人口 / Resident population. */
  label: Localized;
  /** The unit the model's value is in, e.g. 人 / persons, % (a share stored as a fraction). */
  unit: Localized;
  /** What the value is where the label alone does not say (English, for the docs); may be empty. */
  note: string;
}

/** Entry shorthands. Counts are written with no decimals, shares as percentages with two. */
export const count = (chapter: IndicatorChapter, timing: IndicatorTiming = 'stock', solvable = true): IndicatorEntry => ({
  kind: 'count',
  decimals: 0,
  chapter,
  timing,
  solvable,
  percent: false,
  signed: false,
});
/** A net flow of persons, which may be negative (births − deaths, inflows − outflows). */
export const netFlow = (chapter: IndicatorChapter): IndicatorEntry => ({ ...count(chapter, 'flow'), signed: true });
export const share = (chapter: IndicatorChapter, solvable = true): IndicatorEntry => ({
  kind: 'share',
  decimals: 2,
  chapter,
  timing: 'stock',
  solvable,
  percent: true,
  signed: false,
});
export const measure = (
  kind: Exclude<IndicatorKind, 'count' | 'share'>,
  decimals: number,
  chapter: IndicatorChapter,
  timing: IndicatorTiming,
  percent = false,
): IndicatorEntry => ({ kind, decimals, chapter, timing, solvable: true, percent, signed: false });

const CHAPTERS: ReadonlySet<string> = new Set<IndicatorChapter>([
  'population', 'flows', 'fertility-mortality', 'age-groups', 'ageing', 'childcare', 'preschool', 'schools', 'elderly',
  'schooling-urbanisation',
]);

const filled = (text: unknown): boolean => typeof text === 'string' && text.trim().length > 0;

/**
 * What is wrong with a set of specs, one message per problem (empty when every spec is complete): a
 * missing or empty label or unit in either language, an unknown kind or chapter, decimals that are not
 * a whole number 0..6, or a percentage that is not a share or a ratio.
 */
export function indicatorSpecProblems(specs: readonly IndicatorSpec[]): string[] {
  const problems: string[] = [];
  for (const s of specs) {
    for (const lang of ['zh', 'en'] as const) {
      if (!filled(s.label?.[lang])) problems.push(`${s.id}: no ${lang} label`);
      if (!filled(s.unit?.[lang])) problems.push(`${s.id}: no ${lang} unit`);
    }
    if (!INDICATOR_KINDS.includes(s.kind)) problems.push(`${s.id}: kind ${JSON.stringify(s.kind)} is not one of ${INDICATOR_KINDS.join(', ')}`);
    else if (s.percent && s.kind !== 'share' && s.kind !== 'ratio') problems.push(`${s.id}: only shares and ratios are shown as percentages`);
    if (!CHAPTERS.has(s.chapter)) problems.push(`${s.id}: unknown chapter ${JSON.stringify(s.chapter)}`);
    if (!Number.isInteger(s.decimals) || s.decimals < 0 || s.decimals > 6) problems.push(`${s.id}: decimals ${s.decimals} is not 0..6`);
  }
  return problems;
}

/**
 * The shape of a lever spec: the data from which the app draws a lever card, the scenario validator
 * checks values, and the docs list sources. SDEverywhere-style: the UI renders whatever the spec says.
 */
import type { YearPath } from './year-path';

/** Text in the interface's two languages. */
export interface Localized {
  zh: string;
  en: string;
}

/**
 * Trust grade of a source (reference README): A official table; B official figure quoted by a
 * secondary site; C secondary/aggregator; D derived from A/B by a stated method; U assumption or
 * commonly quoted without a source (a placeholder).
 */
export type TrustGrade = 'A' | 'B' | 'C' | 'D' | 'U';

/** Where a default comes from. */
export interface SourceRef {
  /** The plan sentence or data reference, in both languages. */
  text: Localized;
  /** Machine-readable reference (file, plan section, publication). */
  ref: string;
  grade: TrustGrade;
}

/** The plan's chapters, used to group lever cards. */
export type LeverChapter = 'fertility' | 'mortality' | 'migration' | 'talent' | 'horizon' | 'services';

/** How a value is shown: a plain number, a share shown as a percentage, or a calendar year. */
export type LeverFormat = 'number' | 'percent' | 'year';

export interface LeverSpec<Id extends string = string> {
  id: Id;
  chapter: LeverChapter;
  label: Localized;
  /** One sentence: what the lever means and what it changes. */
  explanation: Localized;
  /** Unit of the stored value (a share is stored as a fraction 0..1 and shown as %). */
  unit: Localized;
  format: LeverFormat;
  /** Decimal places shown (in the display unit). */
  decimals: number;
  min: number;
  max: number;
  step: number;
  default: number;
  source: SourceRef;
  /** The model inputs this lever drives (for the Method & sources page). */
  drives: string[];
  /**
   * Whether the lever may take a per-year path (`{ byYear: { "2021": …, … } }`, see year-path.ts) as well
   * as one number. The value for year Y is the flow or rate over calendar year Y.
   */
  path?: boolean;
  /**
   * For a path lever whose default differs by year: the default path. `default` is then its value in
   * 2025 (what a one-number card shows).
   */
  defaultPath?: YearPath;
}

/**
 * The shape every chart's view-model produces: what to draw, with labels and units already in the
 * interface language. View-models are pure functions of model results, unit-tested without a canvas;
 * the components only translate them into chart.js configuration.
 */
import type { TFunction } from 'i18next';
import { type NumberFormat } from '../../../src/format';

/**
 * 'marker': a target (a filled diamond); 'observed': a published figure (a hollow circle); 'band': a shaded
 * range between `lower` and `data` (the upper edge), drawn behind the lines.
 */
export type SeriesKind = 'bar' | 'line' | 'marker' | 'observed' | 'band';

export interface Series {
  key: string;
  label: string;
  kind: SeriesKind;
  /** Values in model units (persons, fractions); null where the series has no point. */
  data: (number | null)[];
  color: string;
  /** Bars with the same stack are stacked; other series have a stack of their own. */
  stack?: string;
  dashed?: boolean;
  /** For a band: its lower edge (`data` is the upper edge). */
  lower?: (number | null)[];
}

export interface ValueAxis {
  /** Axis title including its unit, e.g. "人口（万人）". */
  title: string;
  /** A tick shows value ÷ divisor (10,000 for 万人, 0.01 for %). */
  divisor: number;
  decimals: number;
  stacked: boolean;
  /** Tick labels show absolute values (the pyramid draws men to the left as negatives). */
  absolute?: boolean;
  min?: number;
  max?: number;
}

export interface ChartViewModel {
  key: string;
  title: string;
  /** A one-sentence text alternative for screen readers. */
  description: string;
  /** Category labels (years, or age groups for the pyramid). */
  labels: string[];
  categoryTitle: string;
  valueAxis: ValueAxis;
  series: Series[];
  /** Bars run left–right, categories top–bottom (the pyramid). */
  horizontal?: boolean;
  /** Tooltip text for one data value. */
  formatValue(value: number): string;
}

/** What every view-model needs besides model results. */
export interface ViewContext {
  t: TFunction;
  format: NumberFormat;
}

/** A tick label for a value on an axis, in the interface language's number style. */
export function tickLabel(axis: ValueAxis, value: number, format: NumberFormat): string {
  const shown = (axis.absolute ? Math.abs(value) : value) / axis.divisor;
  return format.number(shown, axis.decimals);
}

export const PALETTE = {
  local: '#2563eb',
  tianjin: '#0d9488',
  outside: '#d97706',
  hukou: '#111827',
  residentsBand: '#334155',
  targetResidents: '#dc2626',
  targetHukou: '#7c3aed',
  observedResidents: '#b91c1c',
  observedHukou: '#111827',
  observedBirths: '#15803d',
  observedDeaths: '#334155',
  age0to14: '#2563eb',
  age15to64: '#64748b',
  age60plus: '#dc2626',
  age65plus: '#ea580c',
  births: '#16a34a',
  deaths: '#475569',
  male: '#2563eb',
  female: '#db2777',
  childcare: '#0891b2',
  // Told apart from the demand line by hue and lightness, not by a second teal.
  childcareNorm: '#4d7c0f',
  childcareSupply: '#334155',
  careBeds: '#9333ea',
} as const;

/**
 * Number formatting per language, the one implementation the app (renderer/src/format) and every
 * export (PDF brief, PPTX, key message) share, so a figure reads the same on screen and on paper.
 * Chinese follows the plan's habits (populations in 万人 with one decimal, e.g. 119.5万人); English
 * uses international ones (1.195 M, 465.9 k); differences carry + or a true minus "−". Unit words
 * are passed in from a locale file (the app's or the export labels'), so no language's text lives here.
 */

/** A language numbers are formatted for. */
export type Language = 'zh-CN' | 'en';

/** The unit words a formatter needs (the `units` block of a locale file). */
export interface UnitStrings {
  persons: string;
  tenThousandPersons: string;
  million: string;
  thousand: string;
  percent: string;
  points: string;
  years: string;
}

/** A value split for display: the tiles show the number large and the unit small. */
export interface NumberParts {
  value: string;
  unit: string;
}

export interface NumberFormat {
  language: Language;
  /** A plain grouped number with a fixed number of decimals. */
  number(value: number, decimals?: number): string;
  /**
   * A count of persons, scaled to 万 (zh) or k / M (en) when large; with `reference`, in the scale
   * that value would take (so figures side by side share a unit: 1.293 M beside 0.540 M).
   */
  persons(value: number, reference?: number): string;
  /** The scale {@link persons} uses for a value (so related figures can share it). */
  personsScale(value: number): PersonsScale;
  personsParts(value: number, reference?: number): NumberParts;
  /** A signed difference of persons (+ or −), scaled as {@link persons}. */
  personsDiff(value: number): string;
  /** A fraction 0..1 shown as a percentage. */
  share(fraction: number, decimals?: number): string;
  /** A signed difference of two fractions, in percentage points. */
  pointsDiff(fractionDiff: number, decimals?: number): string;
  /** An age or life expectancy, years. */
  years(value: number, decimals?: number): string;
}

/** Populations at or above this are shown in 万 (zh) or k (en). */
const SCALE_FROM = 10_000;
/** The true minus sign reads better than a hyphen in figures. */
const MINUS = '\u2212';

const formatters = new Map<string, Intl.NumberFormat>();
function grouped(locale: string, value: number, decimals: number): string {
  const key = `${locale}|${decimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(key, f);
  }
  // Rounded first so that −0.04 shows as 0.0, never as −0.0.
  const rounded = Number(value.toFixed(decimals));
  return f.format(rounded === 0 ? 0 : rounded).replace('-', MINUS);
}

/** The scale a count of persons is shown in: 10,000 (万人), 1,000,000 (M), 1,000 (k) or 1, with its unit word. */
export interface PersonsScale {
  factor: number;
  unit: string;
}

function personsScaleFor(language: Language, units: UnitStrings, value: number): PersonsScale {
  const size = Math.abs(value);
  if (language === 'zh-CN') return size >= SCALE_FROM ? { factor: 10_000, unit: units.tenThousandPersons } : { factor: 1, unit: units.persons };
  if (size >= 1_000_000) return { factor: 1_000_000, unit: units.million };
  if (size >= SCALE_FROM) return { factor: 1_000, unit: units.thousand };
  return { factor: 1, unit: '' };
}

function personsPartsFor(language: Language, units: UnitStrings, value: number, reference = value): NumberParts {
  const { factor, unit } = personsScaleFor(language, units, reference);
  // 万 and k with one decimal, M with three (1.293 M), plain persons whole.
  const decimals = factor === 1 ? 0 : factor === 1_000_000 ? 3 : 1;
  return { value: grouped(language === 'zh-CN' ? 'zh-CN' : 'en', value / factor, decimals), unit };
}

/** Joins value and unit the way each language writes them: 132.9万人, 1.329 M, 19.4%. */
function join(language: Language, parts: NumberParts): string {
  if (!parts.unit) return parts.value;
  const tight = language === 'zh-CN' || parts.unit === '%';
  return tight ? `${parts.value}${parts.unit}` : `${parts.value} ${parts.unit}`;
}

/** Prefixes + to a positive figure; one that rounds to zero (no digit 1–9) stays unsigned. */
function signed(text: string, value: number): string {
  return value > 0 && /[1-9]/.test(text.replace(/[^\d]+$/, '')) ? `+${text}` : text;
}

/** The number format for a language with its unit words. */
export function makeNumberFormat(language: Language, units: UnitStrings): NumberFormat {
  const intl = language === 'zh-CN' ? 'zh-CN' : 'en';
  const personsParts = (value: number, reference?: number) => personsPartsFor(language, units, value, reference);
  const persons = (value: number, reference?: number) => join(language, personsParts(value, reference));
  return {
    language,
    number: (value, decimals = 0) => grouped(intl, value, decimals),
    persons,
    personsScale: (value) => personsScaleFor(language, units, value),
    personsParts,
    personsDiff: (value) => signed(persons(value), value),
    share: (fraction, decimals = 1) => `${grouped(intl, fraction * 100, decimals)}${units.percent}`,
    pointsDiff: (diff, decimals = 1) => signed(join(language, { value: grouped(intl, diff * 100, decimals), unit: units.points }), diff),
    years: (value, decimals = 2) => join(language, { value: grouped(intl, value, decimals), unit: units.years }),
  };
}

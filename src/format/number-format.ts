/**
 * Number formatting per language, the one implementation the app and every export (PDF brief, PPTX,
 * XLSX text, key message) share, so a figure reads the same on screen and on paper. Chinese follows the
 * plan's habits (populations in 万人 with one decimal, e.g. 119.5万人); English uses international ones
 * (1.195 M, 465.9 k); differences carry + or a true minus "−". The unit words come from the shared
 * resources (src/i18n, `common.units`), so no language's text lives here.
 */
import type { Language } from '../host/contract';
import { sharedStrings } from '../i18n/resources';
import { fixed, signed, withUnit } from './numbers';

/** A value split for display: the tiles show the number large and the unit small. */
export interface NumberParts {
  value: string;
  unit: string;
}

/** The scale a count of persons is shown in: 10,000 (万人), 1,000,000 (M), 1,000 (k) or 1, with its unit word. */
export interface PersonsScale {
  factor: number;
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

function makeNumberFormat(language: Language): NumberFormat {
  const units = sharedStrings(language, 'common').units;
  const personsScale = (value: number): PersonsScale => {
    const size = Math.abs(value);
    if (language === 'zh-CN') return size >= SCALE_FROM ? { factor: 10_000, unit: units.tenThousandPersons } : { factor: 1, unit: units.persons };
    if (size >= 1_000_000) return { factor: 1_000_000, unit: units.million };
    if (size >= SCALE_FROM) return { factor: 1_000, unit: units.thousand };
    return { factor: 1, unit: '' };
  };
  const personsParts = (value: number, reference = value): NumberParts => {
    const { factor, unit } = personsScale(reference);
    // 万 and k with one decimal, M with three (1.293 M), plain persons whole.
    const decimals = factor === 1 ? 0 : factor === 1_000_000 ? 3 : 1;
    return { value: fixed(language, value / factor, decimals), unit };
  };
  const persons = (value: number, reference?: number) => {
    const parts = personsParts(value, reference);
    return withUnit(language, parts.value, parts.unit);
  };
  return {
    language,
    number: (value, decimals = 0) => fixed(language, value, decimals),
    persons,
    personsScale,
    personsParts,
    personsDiff: (value) => signed(persons(value), value),
    share: (fraction, decimals = 1) => withUnit(language, fixed(language, fraction * 100, decimals), units.percent),
    pointsDiff: (diff, decimals = 1) => signed(withUnit(language, fixed(language, diff * 100, decimals), units.points), diff),
    years: (value, decimals = 2) => withUnit(language, fixed(language, value, decimals), units.years),
  };
}

const numberFormats = new Map<Language, NumberFormat>();

/** The number format of a language (built once per language). */
export function numberFormat(language: Language): NumberFormat {
  let f = numberFormats.get(language);
  if (!f) {
    f = makeNumberFormat(language);
    numberFormats.set(language, f);
  }
  return f;
}

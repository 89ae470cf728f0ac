/**
 * The one cache of Intl number formatters, and the sign rules every figure follows: a true minus sign
 * "−" (U+2212) rather than a hyphen, never "−0", and "+" on a positive difference that does not round
 * to zero. Shared by the app, the exports and the CLI.
 */
import type { Language } from '../host/contract';

/** The true minus sign: it reads better than a hyphen in figures and lines up with "+". */
export const MINUS = '\u2212';

const formatters = new Map<string, Intl.NumberFormat>();

/** Intl formatters are costly to build and every slider move formats values: one per style, kept. */
function formatter(language: Language, minDecimals: number, maxDecimals: number, grouping: boolean): Intl.NumberFormat {
  const key = `${language}|${minDecimals}|${maxDecimals}|${grouping}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(language, { minimumFractionDigits: minDecimals, maximumFractionDigits: maxDecimals, useGrouping: grouping });
    formatters.set(key, f);
  }
  return f;
}

/**
 * `value` with exactly `decimals` decimals, the language's digit grouping (pass `grouping` false for a
 * calendar year, never written 2,035) and a true minus. Rounded first, so −0.04 shows as 0.0, not −0.0.
 */
export function fixed(language: Language, value: number, decimals = 0, grouping = true): string {
  const rounded = Number(value.toFixed(Math.max(0, Math.min(20, decimals))));
  return formatter(language, decimals, decimals, grouping).format(rounded === 0 ? 0 : rounded).replace('-', MINUS);
}

/** `value` grouped with at most `maxDecimals` decimals, trailing zeros dropped (axis ticks: 2, 2.5, 3). */
export function upTo(language: Language, value: number, maxDecimals: number): string {
  const rounded = Number(value.toFixed(Math.max(0, Math.min(20, maxDecimals))));
  return formatter(language, 0, maxDecimals, true).format(rounded === 0 ? 0 : rounded).replace('-', MINUS);
}

/**
 * A difference with its sign: "+" before a positive figure whose number does not round to zero (its
 * first number has a digit 1–9; "+0.0" would mislead), a true minus for a negative one, "0" unsigned.
 * `text` is the figure as written, with its unit if any ("1.2万人", "−120 beds").
 */
export function signed(text: string, value: number): string {
  const withMinus = text.replace('-', MINUS);
  const firstNumber = /\d[\d,.\u00a0\u202f]*/.exec(withMinus)?.[0] ?? '';
  return value > 0 && /[1-9]/.test(firstNumber) ? `+${withMinus}` : withMinus;
}

/**
 * A number and its unit, by one rule for the app and every export: Chinese writes the unit tight
 * ("25,000人/年", "132.9万人"); English leaves a space ("25,000 persons/year", "1.329 M") except before
 * a unit that starts with "%" ("30%", "3.0%/year"). An empty unit leaves the number alone.
 */
export function withUnit(language: Language, number: string, unit: string): string {
  if (!unit) return number;
  return language === 'zh-CN' || unit.startsWith('%') ? `${number}${unit}` : `${number} ${unit}`;
}

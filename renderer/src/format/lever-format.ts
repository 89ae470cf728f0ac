/**
 * Lever values between their stored unit (shares as fractions 0..1) and what the card's number box and
 * slider show (shares ×100), plus parsing what a user types into a number box. Values as text for
 * reading are the shared formatting's (formatSettingValue in src/format), as in the exports.
 */
import type { LeverSpec } from '@model';

/** What formatting needs of a lever or norm spec (norms have the same shape, another chapter). */
export type ValueSpec = Pick<LeverSpec, 'format' | 'decimals' | 'min' | 'max' | 'step' | 'unit'>;

const scaleOf = (spec: ValueSpec) => (spec.format === 'percent' ? 100 : 1);

/** Rounds away binary noise (0.013 × 100 = 1.3000000000000003). */
function roundTo(value: number, decimals: number): number {
  return Number(value.toFixed(Math.max(0, Math.min(12, decimals))));
}

/** The stored value in display units, rounded to the spec's decimals. */
export function toDisplay(spec: ValueSpec, stored: number): number {
  return roundTo(stored * scaleOf(spec), spec.decimals);
}

/** A display value back in stored units; percentages keep two more decimals as fractions. */
export function fromDisplay(spec: ValueSpec, display: number): number {
  const scale = scaleOf(spec);
  return roundTo(display / scale, spec.decimals + (scale === 100 ? 2 : 0));
}

/** min, max and step in display units (what the slider and number box use). */
export function displayRange(spec: ValueSpec): { min: number; max: number; step: number } {
  const scale = scaleOf(spec);
  const decimals = spec.decimals + 2;
  return { min: roundTo(spec.min * scale, decimals), max: roundTo(spec.max * scale, decimals), step: roundTo(spec.step * scale, decimals) };
}

/** The display value as text for the number box: fixed decimals, no grouping (so it parses back). */
export function displayText(spec: ValueSpec, stored: number): string {
  return toDisplay(spec, stored).toFixed(spec.decimals);
}

/**
 * Typed text with full-width digits, points and minus signs (Chinese input methods produce them) and
 * the true minus "−" (the app writes it; a user may paste it back) as ASCII digits, "." and "-".
 */
export function asciiDigits(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\uFF0E|\u3002/g, '.')
    .replace(/\uFF0D|\u2212/g, '-');
}

/**
 * Parses what a user typed in display units. Accepts grouping commas, spaces, full-width digits and
 * signs (Chinese input methods produce them) and a trailing %; returns NaN if it is not a number.
 */
export function parseDisplayInput(text: string): number {
  const halfWidth = asciiDigits(text).replace(/[\s,\uFF0C%\uFF05]/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(halfWidth)) return Number.NaN;
  return Number(halfWidth);
}

/** Brings a display value into the spec's range and precision (the number box commits this). */
export function clampDisplay(spec: ValueSpec, display: number): number {
  const { min, max } = displayRange(spec);
  const integer = spec.format === 'year' || spec.decimals === 0;
  const rounded = integer ? Math.round(display) : roundTo(display, spec.decimals);
  return Math.min(max, Math.max(min, rounded));
}

/**
 * The one scenario palette of the app and every export: the compare view's charts, chips and table
 * headers, chart PNGs, the PDF brief, the PPTX deck (series colours in the chart XML) and the XLSX
 * header fills. A scenario's colour is its compare colour when it comes from the compare view, else
 * the colour of its position (baseline first).
 *
 * Okabe–Ito colours, chosen to stay apart for the common colour-vision deficiencies; each is at least
 * 3:1 against white, so lines and swatches read on the page and in exports.
 */

/** Scenario colours as CSS hex, baseline first: blue, orange, green, pink, dark gold, slate. */
export const SCENARIO_PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#b8860b', '#56638a'] as const;

export type ScenarioColour = (typeof SCENARIO_PALETTE)[number];

/** The colour of target and observed markers (not a scenario colour: a target belongs to no scenario). */
export const TARGET_COLOUR = '#1f2937';

/** The colour of the scenario at `index` (baseline 0) unless `colours` names one for it. */
export function scenarioColour(index: number, colours?: readonly string[]): string {
  return colours?.[index] ?? SCENARIO_PALETTE[index % SCENARIO_PALETTE.length];
}

/** A CSS hex colour as OOXML wants it: six upper-case hex digits without '#'. */
export function ooxmlColour(colour: string): string {
  const hex = colour.replace('#', '');
  if (!/^[0-9a-fA-F]{6}$/.test(hex)) throw new RangeError(`not a six-digit hex colour: ${colour}`);
  return hex.toUpperCase();
}

/** A CSS hex colour as exceljs wants it: ARGB, fully opaque. */
export function argbColour(colour: string): string {
  return `FF${ooxmlColour(colour)}`;
}

/** A lighter tint of a hex colour mixed with white (`amount` 0 = colour, 1 = white), as CSS hex. */
export function lighten(colour: string, amount: number): string {
  const hex = ooxmlColour(colour);
  const mix = [0, 2, 4].map((i) => Math.round(parseInt(hex.slice(i, i + 2), 16) + (255 - parseInt(hex.slice(i, i + 2), 16)) * amount));
  return `#${mix.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

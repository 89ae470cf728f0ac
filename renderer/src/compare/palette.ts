/**
 * One colour per compared scenario, the same in every chart, pyramid, table header and chip. A
 * scenario keeps its colour while it is compared (removing another does not recolour it); a new one
 * takes the first colour not in use.
 *
 * Okabe–Ito colours, chosen to stay apart for the common colour-vision deficiencies; each is at least
 * 3:1 against white, so lines and swatches read on the page and in exports.
 */
import { MAX_COMPARED_SCENARIOS } from '@model';

export const COMPARE_PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#b8860b', '#56638a'] as const;

export type CompareColour = (typeof COMPARE_PALETTE)[number];

/** The first palette colour not in `used` (the palette holds one per scenario a comparison can have). */
export function nextColour(used: readonly string[]): CompareColour {
  const free = COMPARE_PALETTE.find((colour) => !used.includes(colour));
  if (!free) throw new RangeError(`a comparison holds at most ${MAX_COMPARED_SCENARIOS} scenarios`);
  return free;
}

/** A lighter tint of a palette colour (the women's bars of a scenario's pyramid). */
export function tint(colour: string, alpha = 0.5): string {
  const hex = colour.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

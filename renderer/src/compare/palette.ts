/**
 * One colour per compared scenario, the same in every chart, pyramid, table header and chip — and in
 * every export (the palette lives in src/export/palette.ts, which the builders read too). A scenario
 * keeps its colour while it is compared (removing another does not recolour it); a new one takes the
 * first colour not in use.
 */
import { MAX_COMPARED_SCENARIOS } from '@model';
import { SCENARIO_PALETTE, type ScenarioColour } from '../../../src/export/palette';

export const COMPARE_PALETTE = SCENARIO_PALETTE;

export type CompareColour = ScenarioColour;

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

/**
 * Finishing touches pptxgenjs cannot write, applied to the deck's XML:
 *  - East-Asian typeface: beside every `<a:latin typeface="…"/>` in the charts (titles, axes, legends,
 *    labels) and slides without one, an `<a:ea typeface="…"/>` naming the same font, so Chinese chart
 *    text is drawn in the deck's font instead of the theme's fallback;
 *  - target series (after the scenario series in each chart): no line, a diamond mark in the target
 *    colour, the value written beside it, and no empty points (a blank stays a gap).
 */
import JSZip from 'jszip';

export interface FinishOptions {
  font: string;
  /** How many series of each chart are scenario lines; the series after them are target markers. */
  scenarioSeries: number;
  /** Marker fill (OOXML hex). */
  markerColour: string;
  /** Names of observed series (drawn as hollow circles without a line; never taken for targets). */
  observedNames?: readonly string[];
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Adds `<a:ea>` after every `<a:latin>` that has none. */
export function addEastAsianFont(xml: string, font: string): string {
  return xml.replace(/<a:latin typeface="([^"]*)"([^>]*)\/>(?!\s*<a:ea\b)/g, (whole, face: string) => `${whole}<a:ea typeface="${escapeAttr(face === '+mn-lt' || face === '+mj-lt' ? font : face)}"/>`);
}

/** The name a series' XML gives it (its first cached text). */
const seriesName = (body: string): string => /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(body)?.[1] ?? '';

/** Restyles observed series (by name) as hollow circles without a line; blanks stay gaps. */
export function markObservedSeries(xml: string, names: readonly string[]): string {
  if (names.length === 0) return xml;
  const escaped = new Set(names.map((n) => n.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')));
  return xml.replace(/<c:ser>([\s\S]*?)<\/c:ser>/g, (whole, body: string) => {
    if (!escaped.has(seriesName(body))) return whole;
    const styled = body
      .replace(/(<c:spPr>[\s\S]*?)<a:ln\b[\s\S]*?<\/a:ln>/, '$1<a:ln><a:noFill/></a:ln>')
      .replace(/<c:marker>[\s\S]*?<\/c:marker>/, '<c:marker><c:symbol val="circle"/><c:size val="9"/><c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="28575"><a:solidFill><a:srgbClr val="111827"/></a:solidFill></a:ln></c:spPr></c:marker>')
      .replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g, '');
    return `<c:ser>${styled}</c:ser>`;
  });
}

/** Restyles the target series (index ≥ `scenarioSeries`, observed series aside) of a chart's XML as marks without a line. */
export function markTargetSeries(xml: string, scenarioSeries: number, colour: string, observedNames: readonly string[] = []): string {
  let index = -1;
  const observed = new Set(observedNames.map((n) => n.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')));
  return xml.replace(/<c:ser>([\s\S]*?)<\/c:ser>/g, (whole, body: string) => {
    index++;
    if (index < scenarioSeries || observed.has(seriesName(body))) return whole;
    const styled = body
      // The series' own line: none.
      .replace(/(<c:spPr>[\s\S]*?)<a:ln\b[\s\S]*?<\/a:ln>/, '$1<a:ln><a:noFill/></a:ln>')
      // A diamond in the target colour, outlined in white so it reads on a scenario line.
      .replace(/<c:marker>[\s\S]*?<\/c:marker>/, `<c:marker><c:symbol val="diamond"/><c:size val="12"/><c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln></c:spPr></c:marker>`)
      // Its value written to the right of the mark.
      .replace(/<c:showLegendKey val="0"\/>\s*<c:showVal val="0"\/>/, '<c:dLblPos val="r"/><c:showLegendKey val="0"/><c:showVal val="1"/>')
      // Blank points are left out of the cache (an empty <c:v> is not a number).
      .replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g, '');
    return `<c:ser>${styled}</c:ser>`;
  });
}

/** The deck with its charts' and slides' XML finished. */
export async function finishDeck(bytes: Uint8Array, options: FinishOptions): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((name) => /^ppt\/(charts\/chart\d+|slides\/slide\d+)\.xml$/.test(name));
  for (const name of parts) {
    const xml = await zip.file(name)!.async('string');
    let finished = addEastAsianFont(xml, options.font);
    if (name.startsWith('ppt/charts/')) {
      finished = markTargetSeries(finished, options.scenarioSeries, options.markerColour, options.observedNames);
      finished = markObservedSeries(finished, options.observedNames ?? []);
    }
    zip.file(name, finished);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
}

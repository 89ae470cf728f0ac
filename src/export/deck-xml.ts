/**
 * Finishing touches pptxgenjs cannot write, applied to the deck's XML:
 *  - East-Asian typeface: beside every `<a:latin typeface="…"/>` in the charts (titles, axes, legends,
 *    labels) and slides without one, an `<a:ea typeface="…"/>` naming the same font, so Chinese chart
 *    text is drawn in the deck's font instead of the theme's fallback;
 *  - target series (after the scenario series in each chart): no line, a diamond mark in the target
 *    colour, the value written beside it, and no empty points (a blank stays a gap);
 *  - uncertainty bands (a stacked area behind the lines): no outline, the floor without fill, and
 *    only one entry per band in the legend.
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
  /**
   * Names of band series, four per chart with bands in stacking order (floor, lower 95% part, 80%,
   * upper 95% part; never taken for targets or scenario lines).
   */
  bandNames?: readonly string[];
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

const escapeText = (n: string) => n.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Restyles band series (by name): no outline; the floor (the first of each four) without fill; the
 * floor and the second 95% part (the fourth) left out of the legend.
 */
export function markBandSeries(xml: string, names: readonly string[]): string {
  if (names.length === 0) return xml;
  const role = new Map(names.map((n, i) => [escapeText(n), i % 4]));
  const hidden: string[] = [];
  const styled = xml.replace(/<c:ser>([\s\S]*?)<\/c:ser>/g, (whole, body: string) => {
    const at = role.get(seriesName(body));
    if (at === undefined) return whole;
    const idx = /<c:idx val="(\d+)"\/>/.exec(body)?.[1];
    if (idx !== undefined && (at === 0 || at === 3)) hidden.push(idx);
    const fill = at === 0 ? '<a:noFill/>' : (/<c:spPr>\s*(<a:solidFill>[\s\S]*?<\/a:solidFill>)/.exec(body)?.[1] ?? '<a:noFill/>');
    return `<c:ser>${body.replace(/<c:spPr>[\s\S]*?<\/c:spPr>/, `<c:spPr>${fill}<a:ln><a:noFill/></a:ln></c:spPr>`)}</c:ser>`;
  });
  if (hidden.length === 0) return styled;
  const entries = hidden.map((idx) => `<c:legendEntry><c:idx val="${idx}"/><c:delete val="1"/></c:legendEntry>`).join('');
  return styled.replace(/(<c:legend>\s*<c:legendPos val="[^"]*"\/>)/, `$1${entries}`);
}

/** Restyles the target series (index ≥ `scenarioSeries`, observed and band series aside) of a chart's XML as marks without a line. */
export function markTargetSeries(xml: string, scenarioSeries: number, colour: string, observedNames: readonly string[] = [], bandNames: readonly string[] = []): string {
  let index = -1;
  const observed = new Set(observedNames.map(escapeText));
  const bands = new Set(bandNames.map(escapeText));
  return xml.replace(/<c:ser>([\s\S]*?)<\/c:ser>/g, (whole, body: string) => {
    if (bands.has(seriesName(body))) return whole;
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
    // Line charts only: the tornado's bar chart has no targets.
    if (name.startsWith('ppt/charts/') && xml.includes('<c:lineChart>')) {
      finished = markTargetSeries(finished, options.scenarioSeries, options.markerColour, options.observedNames, options.bandNames);
      finished = markObservedSeries(finished, options.observedNames ?? []);
      finished = markBandSeries(finished, options.bandNames ?? []);
    }
    zip.file(name, finished);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
}

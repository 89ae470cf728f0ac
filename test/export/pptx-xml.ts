/** Reading a .pptx back (test helper): slides in order, their text, and the series of their native charts. */
import JSZip from 'jszip';

/** One series of a chart: its name, categories and values as written in the chart XML's caches. */
export interface ChartSeriesXml {
  name: string;
  categories: string[];
  /** The cached values by category index (null where the series has no point). */
  values: (number | null)[];
  /** The series' fill/line colour (the first srgbClr of its shape properties), upper-case hex. */
  colour: string;
  /** The symbol of its markers ('none' for a plain line). */
  symbol: string;
  /** Whether its line is drawn (false: marks only). */
  lineDrawn: boolean;
}

export interface ChartXml {
  path: string;
  xml: string;
  title: string;
  series: ChartSeriesXml[];
}

export interface SlideXml {
  path: string;
  xml: string;
  /** Every <a:t> text, in document order. */
  texts: string[];
  /** The speaker notes' text (empty without notes). */
  notes: string;
  charts: ChartXml[];
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const all = (xml: string, re: RegExp): string[] => [...xml.matchAll(re)].map((m) => decode(m[1]));
const points = (xml: string): string[] => all(xml, /<c:pt idx="\d+">\s*<c:v>([^<]*)<\/c:v>/g);

function parseChart(path: string, xml: string): ChartXml {
  const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => {
    const ser = m[1];
    const name = points(/<c:tx>([\s\S]*?)<\/c:tx>/.exec(ser)?.[1] ?? '')[0];
    const categories = points(/<c:cat>([\s\S]*?)<\/c:cat>/.exec(ser)?.[1] ?? '');
    const valXml = /<c:val>[\s\S]*?<c:numCache>([\s\S]*?)<\/c:numCache>[\s\S]*?<\/c:val>/.exec(ser)?.[1] ?? '';
    const count = Number(/<c:ptCount val="(\d+)"\/>/.exec(valXml)?.[1] ?? 0);
    const values: (number | null)[] = Array.from({ length: count }, () => null);
    for (const pt of valXml.matchAll(/<c:pt idx="(\d+)">\s*<c:v>([^<]+)<\/c:v>/g)) values[Number(pt[1])] = Number(pt[2]);
    const spPr = /<c:spPr>([\s\S]*?)<\/c:spPr>/.exec(ser)?.[1] ?? '';
    return {
      name,
      categories,
      values,
      colour: /<a:srgbClr val="([0-9A-Fa-f]{6})"/.exec(spPr)?.[1].toUpperCase() ?? '',
      symbol: /<c:marker>\s*<c:symbol val="([^"]+)"/.exec(ser)?.[1] ?? '',
      lineDrawn: !/<a:ln>\s*<a:noFill\/>/.test(spPr),
    };
  });
  const titleXml = /<c:title>([\s\S]*?)<\/c:title>/.exec(xml)?.[1] ?? '';
  return { path, xml, title: all(titleXml, /<a:t>([^<]*)<\/a:t>/g).join(''), series };
}

/** The slides of a .pptx in presentation order, with their charts. */
export async function readPptx(bytes: Uint8Array): Promise<{ zip: JSZip; slides: SlideXml[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const presentation = await zip.file('ppt/presentation.xml')!.async('string');
  const presRels = await zip.file('ppt/_rels/presentation.xml.rels')!.async('string');
  const ids = all(presentation, /<p:sldId [^>]*r:id="([^"]+)"/g);
  const slides: SlideXml[] = [];
  for (const id of ids) {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(presRels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(presRels)![1];
    const path = `ppt/${target.replace(/^\/?(ppt\/)?/, '')}`;
    const xml = await zip.file(path)!.async('string');
    const relsPath = path.replace(/slides\/(slide\d+\.xml)$/, 'slides/_rels/$1.rels');
    const rels = (await zip.file(relsPath)?.async('string')) ?? '';
    const chartTargets = all(rels, /Type="[^"]*\/chart" Target="([^"]+)"/g);
    const charts: ChartXml[] = [];
    for (const t of chartTargets) {
      const chartPath = t.startsWith('/') ? t.slice(1) : `ppt/charts/${t.split('/').pop()}`;
      charts.push(parseChart(chartPath, await zip.file(chartPath)!.async('string')));
    }
    // Charts appear in the slide in the order of their graphic frames; keep the rels order if ids agree.
    const frameOrder = all(xml, /<c:chart [^>]*r:id="([^"]+)"/g);
    const relIds = all(rels, /Id="([^"]+)" Type="[^"]*\/chart"/g);
    const ordered = frameOrder.length === charts.length ? frameOrder.map((rid) => charts[relIds.indexOf(rid)]) : charts;
    const notesTarget = all(rels, /Type="[^"]*\/notesSlide" Target="([^"]+)"/g)[0];
    const notesXml = notesTarget ? ((await zip.file(`ppt/notesSlides/${notesTarget.split('/').pop()}`)?.async('string')) ?? '') : '';
    // The notes body is the placeholder of type "body"; the slide-number placeholder is left out.
    const body = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?type="body"[\s\S]*?<\/p:sp>/.exec(notesXml)?.[0] ?? '';
    slides.push({ path, xml, texts: all(xml, /<a:t>([^<]*)<\/a:t>/g), notes: all(body, /<a:t>([^<]*)<\/a:t>/g).join(''), charts: ordered });
  }
  return { zip, slides };
}

/**
 * Pure view-models of the Areas view: the indicator shown on the map and the ranking, the diverging
 * colour of a gap (shortage red, surplus blue), the ranked bar chart and the area table.
 */
import type { AreasResult, AreaYearRow } from '@model';
import type { ChartViewModel, ViewContext } from '../charts/chart-view-model';

/** Indicators the map and the ranking can show: signed gaps, or residents. */
export const MAP_INDICATORS = ['childcareGap', 'preschoolGap', 'primaryGap', 'juniorGap', 'careBedGap', 'dayCareCentreGap', 'residents'] as const;
export type MapIndicator = (typeof MAP_INDICATORS)[number];

/** The unit key (areas:units.*) of each indicator. */
export const INDICATOR_UNITS: Record<MapIndicator, 'places' | 'beds' | 'centres' | 'persons'> = {
  childcareGap: 'places', preschoolGap: 'places', primaryGap: 'places', juniorGap: 'places',
  careBedGap: 'beds', dayCareCentreGap: 'centres', residents: 'persons',
};

export const isGap = (indicator: MapIndicator): boolean => indicator !== 'residents';

/** Colours: shortage (red), surplus (blue), neutral (near white), residents (a sequential teal). */
export const GAP_COLORS = { shortage: '#b2182b', surplus: '#2166ac', neutral: '#f4f4f2', residents: '#0f766e' } as const;

function mix(from: string, to: string, f: number): string {
  const a = parseInt(from.slice(1), 16);
  const b = parseInt(to.slice(1), 16);
  const ch = (shift: number) => Math.round(((a >> shift) & 255) + (((b >> shift) & 255) - ((a >> shift) & 255)) * f);
  return `#${((1 << 24) | (ch(16) << 16) | (ch(8) << 8) | ch(0)).toString(16).slice(1)}`;
}

/**
 * The fill of a value: for gaps a diverging scale around 0 (red for a shortage, blue for a surplus),
 * for residents a sequential one; `scale` is the largest absolute value over all areas and years, so
 * colours stay comparable while the year slider moves.
 */
export function fillFor(indicator: MapIndicator, value: number, scale: number): string {
  const f = scale > 0 ? Math.min(1, Math.abs(value) / scale) : 0;
  if (!isGap(indicator)) return mix(GAP_COLORS.neutral, GAP_COLORS.residents, 0.15 + 0.85 * f);
  return mix(GAP_COLORS.neutral, value >= 0 ? GAP_COLORS.shortage : GAP_COLORS.surplus, f);
}

/** Text colour readable on `fill` (dark on light fills, white on strong ones). */
export function textOn(fill: string): string {
  const v = parseInt(fill.slice(1), 16);
  const lum = 0.299 * ((v >> 16) & 255) + 0.587 * ((v >> 8) & 255) + 0.114 * (v & 255);
  return lum < 140 ? '#ffffff' : '#111827';
}

export const valueOf = (row: AreaYearRow, indicator: MapIndicator): number => row[indicator];

/** Largest |value| of the indicator over every area and year (the colour scale's end). */
export function scaleOf(result: AreasResult, indicator: MapIndicator): number {
  let m = 0;
  for (const rows of result.rows) for (const r of rows) m = Math.max(m, Math.abs(valueOf(r, indicator)));
  return m;
}

export const yearIndex = (result: AreasResult, year: number): number => Math.max(0, result.populations.years.indexOf(year));

/**
 * The ranked bars: areas sorted by the indicator, shortage red and surplus blue. Horizontal charts
 * draw the first category at the bottom, so the order is ascending and the largest value is on top.
 */
export function rankedBarsViewModel(result: AreasResult, indicator: MapIndicator, year: number, names: string[], { t, format }: ViewContext): ChartViewModel {
  const ti = yearIndex(result, year);
  const order = result.rows.map((rows, i) => ({ i, v: valueOf(rows[ti], indicator) })).sort((a, b) => a.v - b.v);
  const label = t(`areas:indicators.${indicator}`);
  const unit = t(`areas:units.${INDICATOR_UNITS[indicator]}`);
  const top = order[order.length - 1];
  const gap = isGap(indicator);
  return {
    key: 'areaRanking',
    title: t('areas:bars.title', { indicator: label, year }),
    description: t('areas:bars.description', { year, indicator: label, top: names[top.i], value: format.number(top.v) }),
    labels: order.map((o) => names[o.i]),
    categoryTitle: t('areas:bars.area'),
    valueAxis: { title: t('areas:bars.axis', { indicator: label, unit }), divisor: 1, decimals: 0, stacked: true },
    horizontal: true,
    series: gap
      ? [
          { key: 'shortage', label: t('areas:bars.shortage'), kind: 'bar', color: GAP_COLORS.shortage, stack: 'gap', data: order.map((o) => (o.v > 0 ? o.v : null)) },
          { key: 'surplus', label: t('areas:bars.surplus'), kind: 'bar', color: GAP_COLORS.surplus, stack: 'gap', data: order.map((o) => (o.v < 0 ? o.v : null)) },
        ]
      : [{ key: 'residents', label, kind: 'bar', color: GAP_COLORS.residents, data: order.map((o) => o.v) }],
    formatValue: (v) => format.number(v),
  };
}

/** One line of the area table. */
export interface AreaTableRow {
  code: string;
  name: string;
  grade: string;
  placeholder: boolean;
  residents: [number, number, number];
  change: number;
  childcareGap: number;
  careBedGap: number;
}

/** Table rows: residents 2020, 2025, 2030 and the change, with the gaps of `year`; plus the district line. */
export function areaTable(result: AreasResult, year: number, names: string[]): { rows: AreaTableRow[]; district: AreaTableRow } {
  const at = (y: number) => yearIndex(result, y);
  const [i20, i25, i30] = [at(2020), at(2025), at(2030)];
  const ti = at(year);
  const rows = result.file.areas.map((a, i) => {
    const r = result.rows[i];
    return {
      code: a.code,
      name: names[i],
      grade: a.sources.residents2020.grade,
      placeholder: a.sources.residents2020.grade === 'U',
      residents: [r[i20].residents, r[i25].residents, r[i30].residents] as [number, number, number],
      change: r[i30].residents - r[i20].residents,
      childcareGap: r[ti].childcareGap,
      careBedGap: r[ti].careBedGap,
    };
  });
  const d = result.district;
  const sum = (f: (r: AreaTableRow) => number) => rows.reduce((s, r) => s + f(r), 0);
  const district: AreaTableRow = {
    code: 'district', name: '', grade: '', placeholder: false,
    residents: [d[i20].residents, d[i25].residents, d[i30].residents],
    change: d[i30].residents - d[i20].residents,
    childcareGap: sum((r) => r.childcareGap),
    careBedGap: sum((r) => r.careBedGap),
  };
  return { rows, district };
}

/**
 * A tile's label: the Chinese name, or the English one without "Subdistrict"/"Town" and the "Xiqing"/
 * "TEDA" prefixes (the tile's tooltip has the full name).
 */
export function tileLabel(name: string, language: string): string {
  if (language !== 'en') return name;
  return name.replace(/ (Subdistrict|Town)$/, '').replace(/^(Xiqing|TEDA) /, '').replace(' Industrial', '');
}

/**
 * The slides of the deck as data (the deck is drawn from this; the PDF brief reuses its tables; tests
 * read it): the title with the key message, the assumptions, one chart per slide headed by its
 * finding, and the headline table per year with the active targets and each scenario's standing.
 */
import { headlineTable, markerFor, markerStatus, whatDiffers, type Comparison, type HeadlineRow, type MarkerStatus, type TargetSet } from '@model';
import { chartSlides, type ChartSlide } from './chart-specs';
import { columnLabel } from './columns';
import { formatSettingValue } from './format';
import { formatIndicator, formatIndicatorDiff, formatRelative, formatStatus, formatTarget } from './indicator-text';
import { keyMessage } from './key-message';
import { exportLabels, fillLabel, type ExportLang } from './labels';
import { exportMetadata, type ExportOptions } from './metadata';
import { sensitivitySlide, type SensitivitySlide } from './sensitivity-export';

/** Assumption rows per slide (more continue on the next slide; 14 pt text). */
export const ASSUMPTION_ROWS_PER_SLIDE = 8;
/** Headline rows per table slide (more continue on the next slide; 14 pt text). */
export const HEADLINE_ROWS_PER_SLIDE = 5;

/** One cell of the headline table: the value, the difference from the baseline, the standing against a target. */
export interface HeadlineCellText {
  value: string;
  /** "(+0.2万人, +0.1%)" for other scenarios; empty for the baseline. */
  diff: string;
  /** Against the row's target: "✓ 达到目标", "低于目标 5.7万人"; empty without a target. */
  status: string;
  statusKind?: MarkerStatus;
}

/** A row of the headline table: the indicator, its target in that year (or a dash), a cell per scenario. */
export interface HeadlineRowText {
  label: string;
  target: string;
  /** Source of the target, for notes. */
  targetSource?: string;
  cells: HeadlineCellText[];
}

/** A slide of the deck, in order. */
export type DeckSlide =
  | { kind: 'title'; title: string; keyMessage: string | null }
  | { kind: 'assumptions'; title: string; rows: string[][] }
  | { kind: 'chart'; title: string; chart: ChartSlide }
  | { kind: 'sensitivity'; title: string; tornado: SensitivitySlide }
  | { kind: 'comparison'; title: string; year: number; rows: HeadlineRowText[] };

function headlineRowText(row: HeadlineRow, lang: ExportLang, targets?: readonly TargetSet[]): HeadlineRowText {
  const labels = exportLabels(lang);
  const marker = markerFor(row.indicator, row.year, targets);
  const base = row.cells[0].value;
  return {
    label: columnLabel(row.indicator, lang),
    target: marker ? formatTarget(marker, lang) : labels.targets.none,
    ...(marker ? { targetSource: lang === 'zh-CN' ? marker.source.zh : marker.source.en } : {}),
    cells: row.cells.map((cell, i): HeadlineCellText => {
      const diff = i === 0 ? '' : fillLabel(labels.pptx.diffFormat, { diff: formatIndicatorDiff(row.indicator, cell.value - base, lang), rel: formatRelative(cell.relDiff, lang) });
      if (!marker) return { value: formatIndicator(row.indicator, cell.value, lang), diff, status: '' };
      const { status, gap } = markerStatus(marker, cell.value);
      return { value: formatIndicator(row.indicator, cell.value, lang), diff, status: formatStatus(marker, status, gap, lang), statusKind: status };
    }),
  };
}

/** The slides of the deck, as data. */
export function deckOutline(comparison: Comparison, options: ExportOptions): DeckSlide[] {
  const { lang } = options;
  const labels = exportLabels(lang);
  const meta = exportMetadata(comparison, options);
  const slides: DeckSlide[] = [{ kind: 'title', title: meta.appName, keyMessage: keyMessage(comparison, lang, options.targets)?.text ?? null }];

  const differing = whatDiffers(comparison.scenarios, { includeChangedFromDefault: true });
  const zh = lang === 'zh-CN';
  const assumptionRows = differing.map((d) => [
    zh ? d.spec.label.zh : d.spec.label.en,
    formatSettingValue(d.spec, d.defaultValue, lang),
    ...d.values.map((v) => formatSettingValue(d.spec, v, lang)),
  ]);
  if (assumptionRows.length === 0) slides.push({ kind: 'assumptions', title: labels.pptx.assumptionsTitle, rows: [] });
  for (let k = 0; k < assumptionRows.length; k += ASSUMPTION_ROWS_PER_SLIDE) {
    const title = k === 0 ? labels.pptx.assumptionsTitle : labels.pptx.assumptionsContinued;
    slides.push({ kind: 'assumptions', title, rows: assumptionRows.slice(k, k + ASSUMPTION_ROWS_PER_SLIDE) });
  }

  for (const chart of chartSlides(comparison, lang, options)) slides.push({ kind: 'chart', title: chart.title, chart });
  if (options.sensitivity) {
    const tornado = sensitivitySlide(comparison, options.sensitivity, lang);
    slides.push({ kind: 'sensitivity', title: tornado.title, tornado });
  }

  const table = headlineTable(comparison);
  for (const year of table.years) {
    const rows = table.rows.filter((r) => r.year === year).map((r) => headlineRowText(r, lang, options.targets));
    for (let k = 0; k < rows.length; k += HEADLINE_ROWS_PER_SLIDE) {
      const title = fillLabel(k === 0 ? labels.pptx.comparisonTitle : labels.pptx.comparisonContinued, { year });
      slides.push({ kind: 'comparison', title, year, rows: rows.slice(k, k + HEADLINE_ROWS_PER_SLIDE) });
    }
  }
  return slides;
}

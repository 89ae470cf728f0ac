/**
 * CSV export: UTF-8 with a byte-order mark (so Excel and WPS read Chinese correctly), metadata lines
 * starting with '#', then ONE table in long-by-scenario layout — `scenario, year, indicator…` — with one
 * row per scenario and year. One header row and one block of rows paste into Excel/WPS as a single
 * range that filters, sorts and pivots by scenario; the metadata lines sit above it in column A/B.
 *
 * Numbers are the model's, rounded to each indicator's precision in the registry: persons, places and
 * beds to whole units (the model's expected values are fractional), shares as fractions 0..1 to 4
 * decimals (0.1385 = 13.85%), rates to 3 and other levels to 2.
 */
import { indicatorValue, INDICATORS, PERCENTILES, percentileKey, storedDecimals, type Comparison, type IndicatorId } from '@model';
import { BAND_INDICATORS, scenarioUncertainty } from './bands';
import { columnHeader, columnText, exportColumns } from './columns';
import { exportLabels, fillLabel, type ExportLang } from './labels';
import { targetLines } from './targets-export';
import { exportMetadata, type ExportOptions } from './metadata';
import { observedAt, observedColumnHeader, observedFields } from './observed';

/** The byte-order mark that starts the CSV. */
export const BOM = '\uFEFF';
/** Line ending: CRLF, as RFC 4180 and Excel expect. */
const EOL = '\r\n';

/**
 * A text field, quoted, with `"` doubled. A leading = + - @ (which a spreadsheet would run as a
 * formula) is neutralised with an apostrophe.
 */
export function csvText(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** A number rounded to `decimals` and written without exponent or trailing zeros ("-0" as "0"). */
export function csvNumber(value: number, decimals: number): string {
  const rounded = Number(value.toFixed(decimals));
  return String(rounded === 0 ? 0 : rounded);
}

/** A metadata line: `# key,"value"` — the key lands in column A, the value in column B. */
function metaLine(key: string, value: string): string {
  return `# ${key.replace(/[",\r\n]/g, ' ')},${csvText(value)}`;
}

/** The percentile columns of a CSV with uncertainty: five per banded indicator the export has. */
function percentileColumns(columns: readonly string[], lang: ExportLang) {
  const labels = exportLabels(lang);
  return BAND_INDICATORS.filter((f) => columns.includes(f)).flatMap((f) => {
    const { label, unit } = columnText(f as IndicatorId, lang);
    return PERCENTILES.map((p) => ({ field: f, key: percentileKey(p), id: `${f}_${percentileKey(p)}`, header: fillLabel(labels.withUnit, { label: `${label} ${percentileKey(p)}`, unit }) }));
  });
}

/** The CSV as text, starting with the BOM. */
export function buildCsvText(comparison: Comparison, options: ExportOptions): string {
  const labels = exportLabels(options.lang);
  const meta = exportMetadata(comparison, options);
  const columns = exportColumns(comparison);
  const lines: string[] = [
    metaLine(labels.csv.app, meta.appName),
    metaLine(labels.csv.version, meta.appVersion),
    metaLine(labels.csv.exportDate, meta.date),
    metaLine(labels.csv.dataVintage, meta.dataVintage),
  ];
  meta.scenarioNames.forEach((name, i) => {
    lines.push(metaLine(i === 0 ? labels.csv.baseline : fillLabel(labels.csv.scenarioN, { n: i + 1 }), name));
  });
  meta.scenarioNames.forEach((name, i) => {
    const changed = meta.changed[i].map((c) => `${c.label} = ${c.value}`).join(labels.listSeparator);
    lines.push(metaLine(fillLabel(labels.csv.changedLevers, { name }), changed || labels.csv.none));
  });
  lines.push(metaLine(labels.csv.notes, labels.valueNotes));
  lines.push(...targetLines(options.targets, options.lang, metaLine));
  const observed = observedFields(options.observed).map((f) => ({ field: f, ...observedColumnHeader(f, options.lang) }));
  if (options.observed && observed.length) lines.push(metaLine(labels.csv.notes, `${observed.map((o) => o.header).join(', ')}: ${options.observed.name}`));
  // With uncertainty: each scenario's own percentiles (the model's probabilistic runs) beside its values.
  const runs = options.uncertaintyRuns ?? 0;
  const bands = runs > 0 ? percentileColumns(columns, options.lang) : [];
  const uncertainty = runs > 0 ? scenarioUncertainty(comparison, runs, options.targets) : [];
  if (bands.length) lines.push(metaLine(labels.csv.notes, fillLabel(labels.bands.csvNote, { columns: `${bands[0].id} … ${bands[bands.length - 1].id}`, runs })));
  lines.push(`# ${labels.csv.columnIds},scenario,${[...columns, ...observed.map((o) => o.id), ...bands.map((b) => b.id)].join(',')}`);

  lines.push([csvText(labels.csv.scenario), ...columns.map((c) => csvText(columnHeader(c, options.lang))), ...observed.map((o) => csvText(o.header)), ...bands.map((b) => csvText(b.header))].join(','));
  comparison.scenarios.forEach((s, i) => {
    const name = csvText(meta.scenarioNames[i]);
    for (const row of s.rows) {
      const values = columns.map((c) => {
        if (c === 'year') return String(row.year);
        const v = indicatorValue(s, c, row.year);
        return v === undefined ? '' : csvNumber(v, storedDecimals(INDICATORS[c]));
      });
      const seen = observed.map((o) => String(observedAt(options.observed, row.year, o.field) ?? ''));
      const result = uncertainty[i];
      const t = result ? result.years.indexOf(row.year) : -1;
      const spread = bands.map((b) => (t < 0 ? '' : csvNumber(result.percentiles[b.field][t][b.key], storedDecimals(INDICATORS[b.field as IndicatorId]))));
      lines.push([name, ...values, ...seen, ...spread].join(','));
    }
  });
  return BOM + lines.join(EOL) + EOL;
}

/** The CSV as UTF-8 bytes (with the BOM: EF BB BF). */
export function buildCsv(comparison: Comparison, options: ExportOptions): Uint8Array {
  return new TextEncoder().encode(buildCsvText(comparison, options));
}

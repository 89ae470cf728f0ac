/**
 * The docs table of output fields (docs/output-fields.md), generated from the indicator registry so
 * that the documentation lists exactly the columns the CLI and the exports write.
 */
import type { IndicatorSpec } from './indicator-spec';

const TIMING_TEXT: Readonly<Record<IndicatorSpec['timing'], string>> = { stock: 'stock at year end', flow: 'flow over the year' };

/** A table cell: pipes escaped. */
const cell = (text: string): string => text.replace(/\|/g, '\\|');

/** The markdown table of `specs`, one row per indicator, in the order given. */
export function outputFieldsTable(specs: readonly IndicatorSpec[]): string {
  const lines = [
    '| column | 中文 | English | unit | kind | timing | goal seek | chapter | note |',
    '|---|---|---|---|---|---|---|---|---|',
    ...specs.map((s) =>
      [
        `\`${s.id}\``,
        cell(s.label.zh),
        cell(s.label.en),
        cell(s.percent ? (s.kind === 'share' ? 'fraction 0–1 (shown as %)' : 'fraction (shown as %)') : s.unit.en),
        s.kind,
        TIMING_TEXT[s.timing],
        s.solvable ? 'yes' : 'no',
        s.chapter,
        cell(s.note),
      ].join(' | '),
    ).map((row) => `| ${row} |`),
  ];
  return lines.join('\n') + '\n';
}

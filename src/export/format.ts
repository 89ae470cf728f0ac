/**
 * Formatting for the human-readable parts of the exports (lever values in metadata, PPTX tables): the
 * shared strings-and-formatting module (src/format), which the app uses too, plus what only files need
 * (Excel number formats, the export date). Data cells keep the model's full numbers.
 */
import type { LeverSpec } from '@model';

export { displayName, formatSettingValue, numberFormat } from '../format';

/** The Excel number format of a spec's stored value ('0%', '0.0%', '#,##0', '0.00', '0'). */
export function settingNumberFormat(spec: Pick<LeverSpec, 'format' | 'decimals'>): string {
  const decimals = spec.decimals > 0 ? `.${'0'.repeat(spec.decimals)}` : '';
  if (spec.format === 'percent') return `0${decimals}%`;
  if (spec.format === 'year') return '0';
  return `#,##0${decimals}`;
}

/** The export date as YYYY-MM-DD (local calendar date). */
export function formatDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The tornado chart of a sensitivity result: one horizontal bar per lever, from the scenario's value
 * to the indicator with the lever at its plausible low (one colour) and high (another), largest swing
 * on top. Levers that do not move the indicator are left out.
 */
import { LEVER_SPECS, type SensitivityBar, type SensitivityResult } from '@model';
import type { ChartViewModel, ViewContext } from '../charts/chart-view-model';
import { formatSettingValue, localized } from '../../../src/format';

/** At most this many bars (the rest move the indicator less). */
export const TORNADO_BARS = 12;

/** Units in which an indicator's differences are shown. */
function isShare(indicator: string): boolean {
  return /Share$|Enrolment$|^urbanisation$/.test(indicator);
}

export interface TornadoViewModel extends ChartViewModel {
  /**
   * The bars drawn, in category order: the horizontal category axis runs bottom-up (as the pyramid's),
   * so the largest swing is last and drawn on top.
   */
  bars: SensitivityBar[];
}

export function tornadoViewModel(result: SensitivityResult, indicatorLabel: string, { t, format }: ViewContext): TornadoViewModel {
  const bars = result.levers.filter((b) => b.swing > 0).slice(0, TORNADO_BARS).reverse();
  const share = isShare(result.indicator);
  const label = (b: SensitivityBar) => localized(LEVER_SPECS[b.id].label, format.language);
  const range = (b: SensitivityBar, v: number) => formatSettingValue(LEVER_SPECS[b.id], v, format.language);
  return {
    key: 'tornado',
    title: `${t('uncertainty:tornado.title')} · ${indicatorLabel} ${result.year}`,
    description: t('uncertainty:tornado.description', { indicator: indicatorLabel, year: result.year, top: bars.length ? label(bars[bars.length - 1]) : '—' }),
    labels: bars.map((b) => `${label(b)} (${range(b, b.low)} – ${range(b, b.high)})`),
    categoryTitle: '',
    valueAxis: { title: t('uncertainty:tornado.axis'), divisor: share ? 0.01 : 1, decimals: share ? 1 : 0, stacked: true },
    horizontal: true,
    series: [
      { key: 'low', label: t('uncertainty:tornado.low'), kind: 'bar', stack: 'tornado', color: '#0ea5e9', data: bars.map((b) => b.atLow - result.base) },
      { key: 'high', label: t('uncertainty:tornado.high'), kind: 'bar', stack: 'tornado', color: '#f97316', data: bars.map((b) => b.atHigh - result.base) },
    ],
    bars,
    formatValue: (v) => (share ? format.pointsDiff(v) : format.personsDiff(v)),
  };
}

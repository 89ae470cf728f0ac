/**
 * The editor's sensitivity panel: a tornado of every lever at its plausible low and high for a chosen
 * indicator and year (default residents in the plan year). Computed when opened and again shortly after
 * the values stop changing; clicking a bar applies that lever value as one undoable change.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ChartEvent, ActiveElement, ChartOptions } from 'chart.js';
import { LEVER_SPECS, sensitivity, type SensitivityResult } from '@model';
import type { AppState } from '../state/app-store';
import type { Scenario } from '../state/scenario';
import { useAppState } from '../state/use-app-state';
import { useAppServices } from '../app/app-context';
import { ChartCanvas } from '../charts/chart-canvas';
import { chartData, chartOptions, type MixedType } from '../charts/chart-config';
import { useRegisteredChart } from '../charts/use-registered-chart';
import { useLanguage } from '../i18n/use-language';
import { PLAN_YEAR } from '../results/plan-targets';
import { tornadoViewModel } from './tornado-view-model';
import { formatSettingValue, localized } from '../../../src/format';
import { ChartExportButton } from '../export/chart-export-button';
import { useCachedT } from '../i18n/use-view-context';

const INDICATORS = ['residents', 'hukouPopulation', 'age65plusShare', 'childcarePlacesByNorm', 'careBeds'] as const;
/** Wait this long after the last change before recomputing (about 40 model runs). */
const SETTLE_MS = 250;

/** The values the tornado is computed for: the active scenario's, while the panel is open. */
const valuesWhen = (open: boolean) => (state: AppState): Pick<Scenario, 'levers' | 'norms'> | null =>
  (open ? state.entries[state.activeId].scenario : null);

/**
 * Reads the scenario's values itself, and only while open: closed (as it starts), a lever move does
 * not re-render it.
 */
export function TornadoPanel({ years }: { years: readonly number[] }) {
  const t = useCachedT();
  const { format } = useLanguage();
  const { store } = useAppServices();
  const [open, setOpen] = useState(false);
  const values = useAppState(valuesWhen(open));
  const levers = values?.levers;
  const norms = values?.norms;
  const [indicator, setIndicator] = useState<(typeof INDICATORS)[number]>('residents');
  const [chosenYear, setYear] = useState(PLAN_YEAR);
  const year = years.includes(chosenYear) ? chosenYear : years[years.length - 1];
  const [result, setResult] = useState<SensitivityResult | null>(null);
  const [applied, setApplied] = useState<string | null>(null);

  // The first computation runs at once; later ones wait until the values have settled.
  const computedOnce = useRef(false);
  useEffect(() => {
    if (!open || !levers || !norms) return;
    const timer = setTimeout(() => {
      computedOnce.current = true;
      setResult(sensitivity({ levers, norms }, indicator, year));
    }, computedOnce.current ? SETTLE_MS : 0);
    return () => clearTimeout(timer);
  }, [open, levers, norms, indicator, year]);

  const indicatorLabel = t(`uncertainty:tornado.indicators.${indicator}`);
  const ctx = useMemo(() => ({ t, format }), [t, format]);
  const vm = useMemo(() => (result ? tornadoViewModel(result, indicatorLabel, ctx) : null), [result, indicatorLabel, ctx]);
  const data = useMemo(() => (vm ? chartData(vm) : null), [vm]);
  const { ref, get: getChart } = useRegisteredChart('tornado');
  const options = useMemo((): ChartOptions<MixedType> | null => {
    if (!vm) return null;
    return {
      ...chartOptions(vm, format),
      animation: false,
      // A click means the bar under the pointer (low or high), not every bar of that lever.
      interaction: { mode: 'nearest', intersect: true, axis: 'xy' },
      onClick: (_event: ChartEvent, elements: ActiveElement[]) => {
        const hit = elements[0];
        const bar = hit && vm.bars[hit.index];
        if (!bar) return;
        const low = hit.datasetIndex === 0;
        // The value the bar was computed with: a level, or the scenario's per-year path scaled to it.
        const value = low ? bar.lowValue : bar.highValue;
        if (typeof value === 'number') store.setValue('levers', bar.id, value);
        else store.setLeverPath(bar.id, value);
        const spec = LEVER_SPECS[bar.id];
        setApplied(t('uncertainty:tornado.applied', { lever: localized(spec.label, format.language), value: formatSettingValue(spec, low ? bar.low : bar.high, format.language) }));
      },
    };
  }, [vm, format, store, t]);

  return (
    <details className="tornado" data-testid="tornado" open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{t('uncertainty:tornado.title')}</summary>
      <div className="tornado__controls">
        <label>
          {t('uncertainty:tornado.indicator')}{' '}
          <select value={indicator} onChange={(e) => setIndicator(e.target.value as (typeof INDICATORS)[number])} data-testid="tornado-indicator">
            {INDICATORS.map((id) => <option key={id} value={id}>{t(`uncertainty:tornado.indicators.${id}`)}</option>)}
          </select>
        </label>
        <label>
          {t('uncertainty:tornado.year')}{' '}
          <select value={year} onChange={(e) => setYear(Number(e.target.value))} data-testid="tornado-year">
            {years.slice(1).map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
      </div>
      <p className="tornado__hint">{t('uncertainty:tornado.hint')}</p>
      {vm && data && options && (
        <figure className="chart-panel tornado__chart" data-testid="chart-tornado" aria-label={vm.title}>
          {/* Exportable as PNG like every chart; the deck's tornado slide and the workbook's sheet come from the export dialog. */}
          <div className="chart-panel__head">
            <h3>{vm.title}</h3>
            <ChartExportButton getChart={getChart} title={vm.title} testKey="tornado" />
          </div>
          <ChartCanvas className="chart-panel__canvas tornado__canvas" chartRef={ref} type="bar" data={data} options={options} description={vm.description} />
        </figure>
      )}
      <p className="tornado__status" role="status" data-testid="tornado-status">{applied ?? ''}</p>
    </details>
  );
}

/**
 * One of the overlaid charts: a small chart.js line chart without its own legend (the scenarios'
 * colours are named once, above the charts). Changes redraw without animation, as the editor's live
 * charts do, so a comparison follows edits frame by frame.
 */
import { useCallback, useMemo, useRef } from 'react';
import { Chart } from 'react-chartjs-2';
import type { Chart as ChartInstance, ChartOptions } from 'chart.js';
import { chartData, chartOptions, DATASET_ID_KEY, type MixedType } from '../charts/chart-config';
import { registerChart } from '../charts/chart-registry';
import type { ChartViewModel } from '../charts/chart-view-model';
import { ChartExportButton } from '../export';
import { useLanguage } from '../i18n/use-language';

export function CompareChart({ vm }: { vm: ChartViewModel }) {
  const { format } = useLanguage();
  const data = useMemo(() => chartData(vm), [vm]);
  const optionsKey = JSON.stringify([vm.valueAxis, vm.categoryTitle, format.language, vm.series.map((s) => s.label)]);
  const options = useMemo((): ChartOptions<MixedType> => {
    const base = chartOptions(vm, format);
    return {
      ...base,
      animation: false,
      plugins: { ...base.plugins, legend: { display: false } },
      elements: { line: { borderWidth: 2.5 } },
      // Small multiples: the years speak for themselves, so the category axis has no title.
      scales: { ...base.scales, x: { ...base.scales?.x, title: { display: false } } },
    };
    // The key covers everything of the view-model the options read.
  }, [optionsKey, format]);
  const key = vm.key;
  const instance = useRef<ChartInstance | null>(null);
  const ref = useCallback(
    (chart: ChartInstance<MixedType, (number | null)[], string> | null | undefined) => {
      instance.current = (chart ?? null) as ChartInstance | null;
      registerChart(key, instance.current);
    },
    [key],
  );
  const headingId = `${vm.key}-title`;
  return (
    <figure className="compare-chart" aria-labelledby={headingId} data-testid={vm.key}>
      <div className="compare-chart__head">
        <h4 id={headingId} className="compare-chart__title">{vm.title}</h4>
        {/* The caption names the compared scenarios (ChartExportContext of the compare view). */}
        <ChartExportButton getChart={() => instance.current} title={vm.title} testKey={vm.key} />
      </div>
      <div className="compare-chart__canvas">
        <Chart<MixedType, (number | null)[], string>
          ref={ref}
          type="line"
          datasetIdKey={DATASET_ID_KEY}
          data={data}
          options={options}
          aria-label={vm.description}
        >
          {vm.description}
        </Chart>
      </div>
    </figure>
  );
}

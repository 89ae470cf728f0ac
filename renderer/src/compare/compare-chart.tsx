/**
 * One of the overlaid charts: a small chart.js line chart without its own legend (the scenarios'
 * colours are named once, above the charts). Changes redraw without animation, as the editor's live
 * charts do, so a comparison follows edits frame by frame.
 */
import { useMemo } from 'react';
import type { ChartOptions, Plugin } from 'chart.js';
import { ChartCanvas } from '../charts/chart-canvas';
import { chartData, chartOptions, type MixedType } from '../charts/chart-config';
import { renderTimePlugin } from '../charts/chart-registry';
import type { ChartViewModel } from '../charts/chart-view-model';
import { useRegisteredChart } from '../charts/use-registered-chart';
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
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by optionsKey, not by every new view-model
  }, [optionsKey, format]);
  // Draw times for bench:ui (the compare view's timing).
  const plugins = useMemo(() => [renderTimePlugin(vm.key) as Plugin<MixedType>], [vm.key]);
  const { instance, ref } = useRegisteredChart(vm.key);
  const headingId = `${vm.key}-title`;
  return (
    <figure className="compare-chart" aria-labelledby={headingId} data-testid={vm.key}>
      <div className="compare-chart__head">
        <h4 id={headingId} className="compare-chart__title">{vm.title}</h4>
        {/* The caption names the compared scenarios (ChartExportContext of the compare view). */}
        <ChartExportButton getChart={() => instance.current} title={vm.title} testKey={vm.key} />
      </div>
      <ChartCanvas className="compare-chart__canvas" chartRef={ref} type="line" data={data} options={options} plugins={plugins} description={vm.description} />
    </figure>
  );
}

/**
 * One chart card: a heading, the chart.js canvas (with a text alternative) and optional controls.
 * Live changes (a slider being moved) redraw without animation so the chart keeps up with the hand;
 * a chart scrolled out of view keeps its drawing until it is back on screen. The first drawing is
 * immediate (no grow-in), so the numbers are on screen as soon as the page or the view opens.
 */
import { memo, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Plugin } from 'chart.js';
import { ChartExportButton } from '../export/chart-export-button';
import type { ExportScenario } from '../export/export-types';
import { useLanguage } from '../i18n/use-language';
import { ChartCanvas } from './chart-canvas';
import { chartData, chartOptions, type MixedType } from './chart-config';
import { renderTimePlugin, setChartOnScreen } from './chart-registry';
import { useOnScreen } from './use-on-screen';
import { useRegisteredChart } from './use-registered-chart';
import type { ChartViewModel } from './chart-view-model';

interface ChartPanelProps {
  vm: ChartViewModel;
  /** True while values change under the user's hand: skip animation. */
  live: boolean;
  controls?: ReactNode;
  className?: string;
  /** For a chart of one year (the pyramid): the year, named in the exported image's title. */
  exportYear?: number;
  /**
   * The scenarios the chart shows (baseline first), named in the exported image's caption. Default:
   * the nearest ChartExportContext's, else the editor's active scenario (see renderer/src/export).
   */
  exportScenarios?: readonly ExportScenario[];
}

/** Memoised (with a stable `getChart`): a new model run does not re-render the export menus. */
const ExportButton = memo(ChartExportButton);

// The drawn view-model lives in a ref read during render, on purpose (see below); the React Compiler's
// refs rule cannot tell that the ref only ever holds the last props seen on screen.
/* eslint-disable react-hooks/refs */
export function ChartPanel({ vm: latest, live, controls, className, exportYear, exportScenarios }: ChartPanelProps) {
  const { format } = useLanguage();
  const figure = useRef<HTMLElement>(null);
  const onScreen = useOnScreen(figure);
  // The view-model drawn: the latest while on screen, the last one drawn while off screen. A ref, not
  // state, so following the latest costs no second render on every move.
  const drawn = useRef(latest);
  if (onScreen) drawn.current = latest;
  const vm = drawn.current;
  useEffect(() => setChartOnScreen(latest.key, onScreen), [latest.key, onScreen]);
  const data = useMemo(() => chartData(vm), [vm]);
  // Options change only when the axes do (language, units, the pyramid's limit), not with every
  // value: re-resolving chart.js options on every slider move would cost more than drawing.
  const optionsKey = JSON.stringify([vm.valueAxis, vm.categoryTitle, vm.horizontal, format.language]);
  // The view-model captured here is only read for axes and formatters, which the key covers.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the axes (optionsKey), not by every new view-model
  const options = useMemo(() => chartOptions(vm, format), [optionsKey, format]);
  const plugins = useMemo(() => [renderTimePlugin(vm.key) as Plugin<MixedType>], [vm.key]);
  const { ref, get: getChart } = useRegisteredChart(vm.key);
  const headingId = `chart-${vm.key}-title`;
  return (
    <figure ref={figure} className={`chart-panel ${className ?? ''}`} aria-labelledby={headingId} data-testid={`chart-${vm.key}`}>
      <div className="chart-panel__head">
        <h3 id={headingId}>{vm.title}</h3>
        {controls}
        <ExportButton getChart={getChart} title={vm.title} year={exportYear} scenarios={exportScenarios} testKey={vm.key} />
      </div>
      <ChartCanvas
        className="chart-panel__canvas"
        chartRef={ref}
        type="bar"
        data={data}
        options={options}
        plugins={plugins}
        updateMode={live ? 'none' : undefined}
        animateFirstDraw={false}
        createWhenVisible
        description={vm.description}
      />
    </figure>
  );
}
/* eslint-enable react-hooks/refs */

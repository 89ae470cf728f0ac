/**
 * The chart.js canvas every chart of the app draws on (the editor's panels, the compare view's small
 * multiples, the presentation). One chart.js instance lives as long as the component; new data is
 * written into it in place (chart-sync.ts: datasets matched by id, only what changed) and the chart is
 * updated only when something did change, in the same commit as the render that brought the data (a
 * layout effect), so a lever move is drawn in the frame that computed it. The view-model's description
 * is the canvas's label.
 */
import { useLayoutEffect, useRef } from 'react';
import { Chart, type ChartOptions, type Plugin, type UpdateMode } from 'chart.js';
import type { MixedData, MixedType } from './chart-config';
import { copyData, syncChartData } from './chart-sync';
import type { MixedChart, RegisteredChart } from './use-registered-chart';

export interface ChartCanvasProps {
  /** The class of the box around the canvas, which sizes it within its card. */
  className: string;
  /** From {@link useRegisteredChart}. */
  chartRef: RegisteredChart['ref'];
  /** The chart's base type; each dataset may still be drawn as bars or lines. */
  type: MixedType;
  data: MixedData;
  options: ChartOptions<MixedType>;
  /** Read when the chart is made (as react-chartjs-2 did): keep them stable for a chart's life. */
  plugins?: Plugin<MixedType>[];
  /** chart.js's update mode for changes; `'none'` skips the animation. */
  updateMode?: UpdateMode;
  /**
   * Whether the first drawing grows in with the options' animation (default) or is drawn at once (the
   * editor's charts: the numbers are on screen in the first frame, and the page's start is not held up).
   */
  animateFirstDraw?: boolean;
  /** The text alternative for the drawing. */
  description: string;
}

/** One chart.js chart in its box; see {@link ChartCanvasProps}. */
export function ChartCanvas({ className, chartRef, type, data, options, plugins, updateMode, animateFirstDraw = true, description }: ChartCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<MixedChart | null>(null);
  /** What the chart shows: the props last written into it. */
  const applied = useRef<{ data: MixedData; options: ChartOptions<MixedType> } | null>(null);
  /** The props of the latest render, for making the chart (the effect below runs only on `type`). */
  const latest = useRef({ data, options, plugins, animateFirstDraw });

  useLayoutEffect(() => {
    latest.current = { data, options, plugins, animateFirstDraw };
  });

  useLayoutEffect(() => {
    const element = canvas.current;
    if (!element) return undefined;
    const first = latest.current;
    // chart.js mutates the options object it is given (merged scales): it gets a copy, never the memo.
    const instance = new Chart(element, {
      type,
      data: copyData(first.data),
      options: first.animateFirstDraw ? { ...first.options } : { ...first.options, animation: false },
      plugins: first.plugins,
    }) as unknown as MixedChart;
    // Later changes animate (or not) as the options say.
    if (!first.animateFirstDraw) instance.options = { ...first.options } as MixedChart['options'];
    chart.current = instance;
    applied.current = { data: first.data, options: first.options };
    chartRef(instance);
    return () => {
      chartRef(null);
      chart.current = null;
      applied.current = null;
      instance.destroy();
    };
  }, [type, chartRef]);

  useLayoutEffect(() => {
    const instance = chart.current;
    const shown = applied.current;
    if (!instance || !shown) return;
    let changed = false;
    if (options !== shown.options) {
      instance.options = { ...options } as MixedChart['options'];
      changed = true;
    }
    if (data !== shown.data) changed = syncChartData(instance.data as MixedData, data) || changed;
    applied.current = { data, options };
    if (changed) instance.update(updateMode);
  }, [data, options, updateMode]);

  return (
    <div className={className}>
      <canvas ref={canvas} role="img" width={300} height={150} aria-label={description} />
    </div>
  );
}

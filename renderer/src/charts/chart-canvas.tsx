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
  /**
   * Make the chart.js instance only once the canvas is on screen, or when the page is idle, whichever
   * comes first (the editor's charts below the fold: the page's start draws the visible ones first).
   */
  createWhenVisible?: boolean;
  /** The text alternative for the drawing. */
  description: string;
}

/** Whether any part of `element` is inside the window now. */
function onScreenNow(element: Element): boolean {
  const r = element.getBoundingClientRect();
  return r.bottom > 0 && r.right > 0 && r.top < window.innerHeight && r.left < window.innerWidth;
}

/**
 * Calls `create` now if `element` is on screen, else when it scrolls into view or the page is idle;
 * returns a cancel for a creation still waiting.
 */
function whenVisible(element: Element, create: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined' || typeof requestIdleCallback === 'undefined' || onScreenNow(element)) {
    create();
    return () => undefined;
  }
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    cancelIdleCallback(idle);
    create();
  };
  const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && once());
  observer.observe(element);
  const idle = requestIdleCallback(once, { timeout: 2_000 });
  return () => {
    done = true;
    observer.disconnect();
    cancelIdleCallback(idle);
  };
}

/** One chart.js chart in its box; see {@link ChartCanvasProps}. */
export function ChartCanvas({ className, chartRef, type, data, options, plugins, updateMode, animateFirstDraw = true, createWhenVisible = false, description }: ChartCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<MixedChart | null>(null);
  /** What the chart shows: the props last written into it. */
  const applied = useRef<{ data: MixedData; options: ChartOptions<MixedType> } | null>(null);
  /** The props of the latest render, for making the chart (the effect below runs only on `type`). */
  const latest = useRef({ data, options, plugins, animateFirstDraw, createWhenVisible });

  useLayoutEffect(() => {
    latest.current = { data, options, plugins, animateFirstDraw, createWhenVisible };
  });

  useLayoutEffect(() => {
    const element = canvas.current;
    if (!element) return undefined;
    let instance: MixedChart | null = null;
    const create = () => {
      // The props of the latest render: a chart made late shows the numbers of its moment.
      const first = latest.current;
      // chart.js mutates the options object it is given (merged scales): it gets a copy, never the memo.
      instance = new Chart(element, {
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
    };
    const cancel = latest.current.createWhenVisible ? whenVisible(element, create) : (create(), () => undefined);
    return () => {
      cancel();
      if (!instance) return;
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

/**
 * The chart.js canvas every chart of the app draws on (the editor's panels, the compare view's small
 * multiples, the presentation), through react-chartjs-2's `Chart`, which owns the chart.js instance:
 * one instance lives as long as the component, datasets are matched by id (`datasetIdKey`) and new
 * data is assigned into them in place, and the chart is updated when `data` or `options` is a new
 * reference. So that an unchanged chart is not updated on every model run, `data` is passed on with
 * the previous references wherever the values are equal (chart-sync.ts), and callers memoise
 * `options` and `plugins`. What this component adds: the chart made only once on screen or when the
 * page is idle (`createWhenVisible`), a first drawing without the grow-in (`animateFirstDraw`), the
 * instance registered through `chartRef` (exports, tests, the benchmark), and the view-model's
 * description as the canvas's label.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ChartOptions, Plugin, UpdateMode } from 'chart.js';
import { Chart } from 'react-chartjs-2';
import { DATASET_ID_KEY, type MixedData, type MixedType } from './chart-config';
import { changesValuesOnly, stableData } from './chart-sync';
import { markValuesOnlyUpdate, requireFullUpdate, unmarkValuesOnlyUpdate } from './values-only-update';
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
  /** Read when the chart is made (react-chartjs-2): keep them stable for a chart's life. */
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

/**
 * `data` with the references of the last data passed on kept where the values are equal (see
 * chart-sync.ts). The ref is only a cache of values already seen: a render React discards leaves in
 * it data equal to or newer than what is on screen, which the next render compares against as well.
 */
function useStableData(data: MixedData): MixedData {
  const kept = useRef(data);
  // eslint-disable-next-line react-hooks/refs -- a cache of the last value, read and written in render by design
  kept.current = stableData(kept.current, data);
  // eslint-disable-next-line react-hooks/refs -- see above
  return kept.current;
}

/** One chart.js chart in its box; see {@link ChartCanvasProps}. */
export function ChartCanvas({ className, chartRef, type, data, options, plugins, updateMode, animateFirstDraw = true, createWhenVisible = false, description }: ChartCanvasProps) {
  const box = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(!createWhenVisible);
  useLayoutEffect(() => {
    const element = box.current;
    if (shown || !element) return undefined;
    return whenVisible(element, () => setShown(true));
  }, [shown]);

  const chartData = useStableData(data);

  // Without a grow-in, the chart is made with a copy of the options saying `animation: false`, and
  // that copy is passed on (the same reference, so react-chartjs-2 leaves the chart alone) while the
  // caller's options stay the ones the chart was made with; once made, the chart's animation is set
  // back to the caller's, so later changes animate (or not) as the options say.
  const quiet = useMemo(() => (animateFirstDraw ? options : { ...options, animation: false as const }), [options, animateFirstDraw]);
  const madeWith = useRef<ChartOptions<MixedType> | null>(null);
  /* eslint-disable react-hooks/refs -- the options the chart was made with: set once, in the render that mounts <Chart> */
  if (shown && madeWith.current === null) madeWith.current = options;
  const chartOptions = options === madeWith.current ? quiet : options;
  /* eslint-enable react-hooks/refs */

  // react-chartjs-2 calls its ref when it makes and destroys the chart, with the ref of its first
  // render: a stable callback that hands the instance to the caller's latest `chartRef`.
  const instance = useRef<MixedChart | null>(null);
  const registered = useRef(chartRef);
  const firstDrawAnimated = useRef(animateFirstDraw);
  const forward = useCallback((chart: MixedChart | null | undefined) => {
    instance.current = chart ?? null;
    if (chart && !firstDrawAnimated.current) {
      const animation = madeWith.current?.animation;
      const live = chart.options as Record<string, unknown>;
      if (animation === undefined) delete live.animation;
      else live.animation = animation;
      requireFullUpdate(chart);
    }
    registered.current(instance.current);
  }, []);
  useLayoutEffect(() => {
    firstDrawAnimated.current = animateFirstDraw;
    if (registered.current === chartRef) return;
    registered.current(null);
    registered.current = chartRef;
    chartRef(instance.current);
  }, [chartRef, animateFirstDraw]);

  // When only values changed since the data and options last passed on, the chart's coming update
  // (react-chartjs-2's, in its effect, which runs after this layout effect) may keep the options
  // chart.js resolved before; the mark is withdrawn after that update in case it did not happen.
  const passed = useRef<{ data: MixedData; options: ChartOptions<MixedType> } | null>(null);
  useLayoutEffect(() => {
    const before = passed.current;
    passed.current = { data: chartData, options: chartOptions };
    const chart = instance.current;
    if (chart && before?.options === chartOptions && changesValuesOnly(before.data, chartData)) markValuesOnlyUpdate(chart);
  }, [chartData, chartOptions]);
  useEffect(() => {
    if (instance.current) unmarkValuesOnlyUpdate(instance.current);
  }, [chartData, chartOptions]);

  return (
    <div ref={box} className={className}>
      {shown ? (
        <Chart
          ref={forward}
          type={type}
          data={chartData}
          options={chartOptions}
          plugins={plugins}
          updateMode={updateMode}
          datasetIdKey={DATASET_ID_KEY}
          aria-label={description}
        />
      ) : (
        <canvas role="img" width={300} height={150} aria-label={description} />
      )}
    </div>
  );
}

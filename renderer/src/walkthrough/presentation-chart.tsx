/**
 * One chart of the presentation: the editor's view-model drawn with projector-sized fonts, and
 * "replay last change": the chart is set to the previous step's data without animation, then, on the
 * next frame, to this step's with chart.js's animation between the two datasets (REPLAY_MS).
 */
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Chart as ChartInstance } from 'chart.js';
import { ChartCanvas } from '../charts/chart-canvas';
import type { KeyedDataset, MixedData } from '../charts/chart-config';
import type { ChartViewModel } from '../charts/chart-view-model';
import { useRegisteredChart, type MixedChart } from '../charts/use-registered-chart';
import { useLanguage } from '../i18n/use-language';
import { registerWalkthroughChart } from './walkthrough-test-hooks';
import { presentationData, presentationOptions } from './walkthrough-charts';

interface PresentationChartProps {
  slot: number;
  /** The file format's chart id (residents, pyramid, …). */
  chart: string;
  vm: ChartViewModel;
  /** The same chart of the previous step (same axis), or null on the first step. */
  from: ChartViewModel | null;
  /** A replay request; each new object starts one. */
  replay: { seq: number } | null;
  fontSize: number;
  controls?: ReactNode;
}

/**
 * Sets the chart to `from` at once, then animates to `to` on the next frame. Returns a cancel that
 * leaves the chart on `to`. Nothing happens when the two have different categories (another end year).
 */
export function replayChart(chart: MixedChart, from: MixedData, to: MixedData): () => void {
  if ((from.labels ?? []).join('|') !== (to.labels ?? []).join('|')) return () => undefined;
  const set = (data: MixedData) => {
    const byId = new Map((data.datasets as KeyedDataset[]).map((d) => [d.id, d.data]));
    for (const dataset of chart.data.datasets as KeyedDataset[]) {
      const values = byId.get(dataset.id);
      if (values) dataset.data = [...values];
    }
  };
  // A chart made a moment ago (a reveal shows it) is still growing in from its base: that animation is
  // stopped first, else the next update would carry it on from the base instead of from `from`.
  chart.stop();
  set(from);
  chart.update('none');
  let done = false;
  const frame = requestAnimationFrame(() => {
    done = true;
    set(to);
    chart.update();
  });
  return () => {
    cancelAnimationFrame(frame);
    if (!done) {
      set(to);
      chart.update('none');
    }
  };
}

export function PresentationChart({ slot, chart, vm, from, replay, fontSize, controls }: PresentationChartProps) {
  const { format } = useLanguage();
  const data = useMemo(() => presentationData(vm), [vm]);
  const fromData = useMemo(() => (from ? presentationData(from) : null), [from]);
  // Options follow the axes, the language and the font size, not each value (see ChartPanel).
  const optionsKey = JSON.stringify([vm.valueAxis, vm.categoryTitle, vm.horizontal, format.language, fontSize]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the axes and font size (optionsKey), not by every new view-model
  const options = useMemo(() => presentationOptions(vm, format, fontSize), [optionsKey, format]);
  // Registered twice: by key like every chart (chart-registry.ts), and by slot for the walkthrough's test hooks.
  // Only a new request replays: moving to another step clears the request, so arriving never replays.
  const latest = useRef({ data, fromData });
  // eslint-disable-next-line react-hooks/refs -- the replay effect reads the latest data without re-running on each new value
  latest.current = { data, fromData };
  // A reveal asks for the replay as the charts first appear, before chart.js has made the chart: the
  // request waits here and plays when the chart arrives, so a reveal animates exactly as Replay does.
  const waiting = useRef(false);
  const onChart = useCallback((c: ChartInstance | null) => {
    registerWalkthroughChart(slot, c);
    const { data: to, fromData: start } = latest.current;
    if (c && waiting.current && start) {
      waiting.current = false;
      replayChart(c as unknown as MixedChart, start, to);
    }
  }, [slot]);
  const { instance, ref } = useRegisteredChart(`walkthrough-${slot}`, onChart);
  useEffect(() => {
    const c = instance.current;
    const { data: to, fromData: start } = latest.current;
    if (!replay || !start) return;
    if (!c) {
      waiting.current = true;
      return;
    }
    return replayChart(c, start, to);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new replay request replays (instance is a stable ref)
  }, [replay]);

  const headingId = `walkthrough-chart-${slot}-title`;
  return (
    <figure className="wt-chart" aria-labelledby={headingId} data-testid={`walkthrough-chart-${slot}`} data-chart={chart}>
      <div className="wt-chart__head">
        <h3 id={headingId}>{vm.title}</h3>
        {controls}
      </div>
      <ChartCanvas className="wt-chart__canvas" chartRef={ref} type="bar" data={data} options={options} description={vm.description} />
    </figure>
  );
}

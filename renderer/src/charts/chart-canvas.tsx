/**
 * The chart.js canvas every chart of the app draws on (the editor's panels, the compare view's small
 * multiples, the presentation): datasets matched by id so that a relabelled dataset is updated in place
 * rather than replaced, and the view-model's description as the canvas's label and fallback content.
 */
import { Chart } from 'react-chartjs-2';
import type { ChartOptions, Plugin, UpdateMode } from 'chart.js';
import { DATASET_ID_KEY, type MixedData, type MixedType } from './chart-config';
import type { RegisteredChart } from './use-registered-chart';

export interface ChartCanvasProps {
  /** The class of the box around the canvas, which sizes it within its card. */
  className: string;
  /** From {@link useRegisteredChart}. */
  chartRef: RegisteredChart['ref'];
  /** The chart's base type; each dataset may still be drawn as bars or lines. */
  type: MixedType;
  data: MixedData;
  options: ChartOptions<MixedType>;
  plugins?: Plugin<MixedType>[];
  /** chart.js's update mode for changes; `'none'` skips the animation. */
  updateMode?: UpdateMode;
  /** The text alternative for the drawing. */
  description: string;
}

/** One chart.js chart in its box; see {@link ChartCanvasProps}. */
export function ChartCanvas({ className, chartRef, type, data, options, plugins, updateMode, description }: ChartCanvasProps) {
  return (
    <div className={className}>
      <Chart<MixedType, (number | null)[], string>
        ref={chartRef}
        type={type}
        datasetIdKey={DATASET_ID_KEY}
        data={data}
        options={options}
        plugins={plugins}
        updateMode={updateMode}
        aria-label={description}
      >
        {description}
      </Chart>
    </div>
  );
}

/** The age pyramid with its year slider and a play button that steps through the years. */
import { useEffect, useId, useMemo, useState } from 'react';
import { useCachedT, useViewContext } from '../i18n/use-view-context';
import type { ModelResults } from '../model/model-results';
import { PLAN_YEAR } from '../results/plan-targets';
import { ChartPanel } from './chart-panel';
import { pyramidViewModel } from './pyramid-view-model';
import { YearSlider } from './year-slider';

/** Time per year while playing, ms: slow enough to read the year. */
const STEP_MS = 600;

export function PyramidPanel({ results, live }: { results: ModelResults; live: boolean }) {
  const t = useCachedT();
  const ctx = useViewContext();
  const years = useMemo(() => results.rows.map((row) => row.year), [results.rows]);
  const [year, setYear] = useState(PLAN_YEAR);
  const [playing, setPlaying] = useState(false);
  const sliderId = useId();
  const index = Math.max(0, Math.min(years.length - 1, years.indexOf(year) >= 0 ? years.indexOf(year) : years.length - 1));
  const shownYear = years[index];

  const lastYear = years[years.length - 1];
  useEffect(() => {
    if (!playing) return;
    if (shownYear >= lastYear) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- playback stops itself on the last year; deriving it in render is a refactor
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => setYear(shownYear + 1), STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, shownYear, lastYear]);

  const togglePlay = () => {
    // Playing from the last year starts again at the first.
    if (!playing && shownYear === lastYear) setYear(years[0]);
    setPlaying(!playing);
  };

  const vm = useMemo(() => pyramidViewModel({ years, byAge: results.byAge, index }, ctx), [years, results.byAge, index, ctx]);

  const controls = (
    <div className="pyramid-controls">
      <button type="button" className="button button--small" onClick={togglePlay} aria-label={t('charts.pyramid.playLabel')} aria-pressed={playing}>
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? t('charts.pyramid.pause') : t('charts.pyramid.play')}
      </button>
      <label htmlFor={sliderId} className="pyramid-controls__label">{t('charts.pyramid.year')}</label>
      <YearSlider
        id={sliderId}
        years={years}
        year={shownYear}
        onYear={(chosen) => {
          setPlaying(false);
          setYear(chosen);
        }}
      />
      <output htmlFor={sliderId} className="pyramid-controls__year">{shownYear}</output>
    </div>
  );
  return <ChartPanel vm={vm} live={live} controls={controls} className="chart-panel--pyramid" exportYear={shownYear} />;
}

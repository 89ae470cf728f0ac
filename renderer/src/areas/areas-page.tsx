/**
 * The Areas view (街镇): the active scenario shared out over towns and streets — a schematic tile map
 * and a ranked bar chart of the chosen gap for the chosen year, the area table (2020, 2025, 2030,
 * change, gaps), and the editable supply and planned-additions tables. The scenario's levers drive it.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../charts/chart-panel';
import { YearSlider } from '../charts/year-slider';
import { useLanguage } from '../i18n/use-language';
import { useActiveEntry, useAppState } from '../state/use-app-state';
import { AdditionsEditor } from './additions-editor';
import { AreaTable } from './area-table';
import { AreasActions } from './areas-actions';
import { useAreasState } from './areas-store';
import { MAP_INDICATORS, rankedBarsViewModel, scaleOf, type MapIndicator } from './areas-view-model';
import { SupplyEditor } from './supply-editor';
import { TileMap } from './tile-map';
import { useAreasResults } from './use-areas-results';
import './areas.css';

/** The year and indicator shown, kept while the user visits other views. */
const remembered: { year: number; indicator: MapIndicator } = { year: 2025, indicator: 'childcareGap' };

export function AreasPage() {
  const { t } = useTranslation('areas');
  const { format, language } = useLanguage();
  const { scenario } = useActiveEntry();
  const live = useAppState((state) => state.lastChange === 'live');
  const { file, origin, warnings } = useAreasState();
  const result = useAreasResults(file, scenario.levers, scenario.norms);
  const years = result.populations.years;
  const [yearChoice, setYearState] = useState(remembered.year);
  const setYear = (y: number) => {
    remembered.year = y;
    setYearState(y);
  };
  const year = Math.min(Math.max(yearChoice, years[0]), years[years.length - 1]);
  const [indicator, setIndicatorState] = useState<MapIndicator>(remembered.indicator);
  const setIndicator = (m: MapIndicator) => {
    remembered.indicator = m;
    setIndicatorState(m);
  };
  const sliderId = useId();
  const indicatorId = useId();
  const names = useMemo(() => file.areas.map((a) => (language === 'en' ? a.name.en : a.name.zh)), [file, language]);
  const scale = useMemo(() => scaleOf(result, indicator), [result, indicator]);
  const bars = useMemo(() => rankedBarsViewModel(result, indicator, year, names, { t, format }), [result, indicator, year, names, t, format]);
  const placeholders = file.areas.filter((a) => a.sources.residents2020.grade === 'U').length;
  const fileName = language === 'en' ? file.name.en : file.name.zh;

  return (
    <div className="areas" data-testid="areas-page">
      <header className="areas__head">
        <h2>{t('title')}</h2>
        <p>{t('intro')}</p>
        <p className="areas__file">
          {t('fileName', { name: fileName })} {origin.kind === 'user' ? `${t('userFile')} ${origin.fileName}` : ''}
        </p>
        {placeholders > 0 && (
          <p className="areas__placeholder" role="note" data-testid="areas-placeholder-notice">
            {t('placeholderNotice', { count: placeholders })}
          </p>
        )}
        {warnings.map((w) => (
          <p key={w} className="areas__warning">{t('warnings', { text: w })}</p>
        ))}
        <AreasActions result={result} year={year} names={names} slideTitle={t('export.slideTitle', { year, indicator: t('indicators.childcareGap') })} />
      </header>

      <div className="areas__controls">
        <label htmlFor={sliderId}>{t('year')}</label>
        <YearSlider id={sliderId} years={years} year={year} onYear={setYear} testId="areas-year" />
        <output htmlFor={sliderId} data-testid="areas-year-value">{year}</output>
        <label htmlFor={indicatorId}>{t('indicator')}</label>
        <select id={indicatorId} value={indicator} onChange={(e) => setIndicator(e.target.value as MapIndicator)} data-testid="areas-indicator">
          {MAP_INDICATORS.map((m) => (
            <option key={m} value={m}>{t(`indicators.${m}`)}</option>
          ))}
        </select>
      </div>

      <div className="areas__visuals">
        <TileMap result={result} indicator={indicator} year={year} scale={scale} names={names} />
        <ChartPanel vm={bars} live={live} className="areas__bars" exportYear={year} />
      </div>

      <AreaTable result={result} year={year} names={names} />

      <div className="areas__editors">
        <SupplyEditor file={file} names={names} />
        <AdditionsEditor file={file} names={names} />
      </div>
    </div>
  );
}

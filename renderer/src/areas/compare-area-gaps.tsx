/**
 * The compare view's area-gap table: for each area, the childcare and care-bed gaps of every compared
 * scenario in a chosen year, under the Areas view's current areas file. Results are kept per (areas
 * file, levers, norms), so an unchanged scenario is not recomputed.
 */
import { Fragment, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { xiqingAreas, type AreasFile, type AreasResult } from '@model';
import type { Comparison } from '@model';
import type { ComparedScenario } from '../compare/series-view-model';
import { useLanguage } from '../i18n/use-language';
import { useAreasState } from './areas-store';
import { fillFor, scaleOf, textOn } from './areas-view-model';
import './areas.css';

const cache = new WeakMap<AreasFile, WeakMap<object, WeakMap<object, AreasResult>>>();

function areasFor(file: AreasFile, levers: object, norms: object, run: () => AreasResult): AreasResult {
  let byLevers = cache.get(file);
  if (!byLevers) cache.set(file, (byLevers = new WeakMap()));
  let byNorms = byLevers.get(levers);
  if (!byNorms) byLevers.set(levers, (byNorms = new WeakMap()));
  let r = byNorms.get(norms);
  if (!r) byNorms.set(norms, (r = run()));
  return r;
}

const YEARS = [2025, 2030, 2035] as const;

export function CompareAreaGaps({ comparison, scenarios }: { comparison: Comparison; scenarios: readonly ComparedScenario[] }) {
  const { t } = useTranslation('areas');
  const { format, language } = useLanguage();
  const { file } = useAreasState();
  const [year, setYear] = useState<number>(2025);
  const selectId = useId();
  const results = useMemo(
    () => comparison.scenarios.map((s) => areasFor(file, s.levers, s.norms, () => xiqingAreas(file, s.levers, s.norms))),
    [comparison, file],
  );
  const years = YEARS.filter((y) => results.every((r) => r.populations.years.includes(y)));
  const shown = years.includes(year as (typeof YEARS)[number]) ? year : years[0];
  if (shown === undefined) return null;
  const childScale = Math.max(...results.map((r) => scaleOf(r, 'childcareGap')));
  const bedScale = Math.max(...results.map((r) => scaleOf(r, 'careBedGap')));
  const cell = (v: number, scale: number, indicator: 'childcareGap' | 'careBedGap') => {
    const fill = fillFor(indicator, v, scale);
    return (
      <td className="num" style={{ background: fill, color: textOn(fill) }}>
        {v > 0 ? '+' : ''}
        {format.number(v)}
      </td>
    );
  };
  return (
    <section className="compare__section areas-compare" aria-labelledby={`${selectId}-title`} data-testid="compare-area-gaps">
      <div className="compare__section-head">
        <h3 id={`${selectId}-title`} className="compare__section-title">{t('compareTitle', { year: shown })}</h3>
        <span className="areas-compare__year">
          <label htmlFor={selectId}>{t('year')}</label>{' '}
          <select id={selectId} value={shown} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </span>
      </div>
      <p className="areas-table__caption">{t('compareCaption')}</p>
      <div className="areas-table__scroll areas-table">
        <table>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>{t('table.area')}</th>
              {scenarios.map((s) => (
                <th key={s.key} scope="colgroup" colSpan={2} style={{ borderBottom: `3px solid ${s.colour}` }}>{s.name}</th>
              ))}
            </tr>
            <tr>
              {scenarios.map((s) => (
                <Fragment key={s.key}>
                  <th scope="col" className="num">{t('indicators.childcareGap')}</th>
                  <th scope="col" className="num">{t('indicators.careBedGap')}</th>
                </Fragment>
              ))}
            </tr>
          </thead>
          <tbody>
            {file.areas.map((a, i) => (
              <tr key={a.code}>
                <th scope="row">
                  {language === 'en' ? a.name.en : a.name.zh}
                  {a.sources.residents2020.grade === 'U' && <span className="grade grade--U areas-compare__badge" title={t('placeholderTitle')}>U</span>}
                </th>
                {results.map((r, k) => {
                  const row = r.rows[i][r.populations.years.indexOf(shown)];
                  return (
                    <Fragment key={k}>
                      {cell(row.childcareGap, childScale, 'childcareGap')}
                      {cell(row.careBedGap, bedScale, 'careBedGap')}
                    </Fragment>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

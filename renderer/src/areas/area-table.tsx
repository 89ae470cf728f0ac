/** The area table: residents 2020, 2025, 2030 and the change, with the year's childcare and care-bed gaps. */
import { useTranslation } from 'react-i18next';
import type { AreasResult } from '@model';
import { useLanguage } from '../i18n/use-language';
import { areaTable, fillFor, scaleOf, textOn } from './areas-view-model';

interface AreaTableProps {
  result: AreasResult;
  year: number;
  names: string[];
}

export function AreaTable({ result, year, names }: AreaTableProps) {
  const { t } = useTranslation('areas');
  const { format } = useLanguage();
  const { rows, district } = areaTable(result, year, names);
  const childScale = scaleOf(result, 'childcareGap');
  const bedScale = scaleOf(result, 'careBedGap');
  const gapCell = (v: number, scale: number, indicator: 'childcareGap' | 'careBedGap', testId?: string) => {
    const fill = fillFor(indicator, v, scale);
    return (
      <td className="num" style={{ background: fill, color: textOn(fill) }} data-testid={testId}>
        {v > 0 ? '+' : ''}
        {format.number(v)}
      </td>
    );
  };
  return (
    <section className="areas-table" aria-labelledby="areas-table-title">
      <h3 id="areas-table-title">{t('table.title')}</h3>
      <div className="areas-table__scroll">
        <table data-testid="areas-table">
          <thead>
            <tr>
              <th scope="col">{t('table.area')}</th>
              <th scope="col">{t('table.grade')}</th>
              <th scope="col" className="num">{t('table.residents2020')}</th>
              <th scope="col" className="num">{t('table.residents2025')}</th>
              <th scope="col" className="num">{t('table.residents2030')}</th>
              <th scope="col" className="num">{t('table.change')}</th>
              <th scope="col" className="num">{t('table.childcareGap', { year })}</th>
              <th scope="col" className="num">{t('table.careBedGap', { year })}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code} data-testid={`area-row-${r.code}`}>
                <th scope="row">{r.name}</th>
                <td>
                  <span className={`grade grade--${r.grade}`} title={r.placeholder ? t('placeholderTitle') : t('gradeTitle', { grade: r.grade })}>
                    {r.placeholder ? `U · ${t('placeholderBadge')}` : r.grade}
                  </span>
                </td>
                {r.residents.map((v, k) => (
                  <td key={k} className="num">{format.number(v)}</td>
                ))}
                <td className="num">{r.change > 0 ? '+' : ''}{format.number(r.change)}</td>
                {gapCell(r.childcareGap, childScale, 'childcareGap', `childcare-gap-${r.code}`)}
                {gapCell(r.careBedGap, bedScale, 'careBedGap', `carebed-gap-${r.code}`)}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('table.district')}</th>
              <td />
              {district.residents.map((v, k) => (
                <td key={k} className="num">{format.number(v)}</td>
              ))}
              <td className="num">{district.change > 0 ? '+' : ''}{format.number(district.change)}</td>
              <td className="num">{format.number(district.childcareGap)}</td>
              <td className="num">{format.number(district.careBedGap)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="areas-table__caption">{t('table.caption')}</p>
    </section>
  );
}

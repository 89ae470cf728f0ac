/** The planned-additions table, editable: year, area, persons, note. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FIRST_TABLE_YEAR, LAST_TABLE_YEAR, type AreasFile } from '@model';
import { useLanguage } from '../i18n/use-language';
import { areasStore } from './areas-store';
import { NumberCell } from './supply-editor';

export function AdditionsEditor({ file, names }: { file: AreasFile; names: string[] }) {
  const { t } = useTranslation('areas');
  const id = useId();
  const { format } = useLanguage();
  const total = file.plannedAdditions.reduce((s, r) => s + r.persons, 0);
  return (
    <section className="areas-editor" aria-labelledby={`${id}-title`} data-testid="additions-editor">
      <h3 id={`${id}-title`}>{t('additions.title')}</h3>
      <p className="areas-editor__note">{t('additions.intro')}</p>
      {total > 0 && <p className="areas-editor__note" data-testid="additions-counted">{t('additions.counted', { persons: format.number(total) })}</p>}
      {file.plannedAdditions.length === 0 ? (
        <p>{t('additions.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('additions.year')}</th>
              <th scope="col">{t('additions.area')}</th>
              <th scope="col">{t('additions.persons')}</th>
              <th scope="col">{t('additions.note')}</th>
              <th scope="col"><span className="visually-hidden">{t('additions.remove')}</span></th>
            </tr>
          </thead>
          <tbody>
            {file.plannedAdditions.map((r, index) => (
              <tr key={index} data-testid="addition-row">
                <td>
                  <NumberCell label={t('additions.year')} value={r.year} min={FIRST_TABLE_YEAR} max={LAST_TABLE_YEAR} onValue={(v) => areasStore.updateAddition(index, { year: v })} />
                </td>
                <td>
                  <select aria-label={t('additions.area')} value={r.area} onChange={(e) => areasStore.updateAddition(index, { area: e.target.value })}>
                    {file.areas.map((a, i) => (
                      <option key={a.code} value={a.code}>{names[i]}</option>
                    ))}
                  </select>
                </td>
                <td>
                  <NumberCell label={t('additions.persons')} value={r.persons} min={0} max={10_000_000} onValue={(v) => areasStore.updateAddition(index, { persons: v })} />
                </td>
                <td>
                  <input aria-label={t('additions.note')} value={r.note ?? ''} maxLength={1000} onChange={(e) => areasStore.updateAddition(index, { note: e.target.value })} />
                </td>
                <td>
                  <button type="button" className="button button--small" aria-label={t('additions.removeLabel', { n: index + 1 })} onClick={() => areasStore.removeAddition(index)}>
                    {t('additions.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="button" onClick={() => areasStore.addAddition({ year: 2026, area: file.areas[0].code, persons: 1000 })}>
        {t('additions.add')}
      </button>
    </section>
  );
}

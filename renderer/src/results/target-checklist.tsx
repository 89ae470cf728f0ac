/** The plan-target checklist with its year picker. */
import { useId, type ReactNode } from 'react';
import type { ChecklistViewModel } from './checklist-view-model';
import { useCachedT } from '../i18n/use-view-context';

/** `picker`: the target-set chooser shown in the header (the checklist reads whichever set is active). */
export function TargetChecklist({ vm, onYear, picker }: { vm: ChecklistViewModel; onYear: (year: number) => void; picker?: ReactNode }) {
  const t = useCachedT();
  const selectId = useId();
  return (
    <section className="checklist" aria-labelledby="checklist-title" data-testid="checklist">
      <div className="checklist__head">
        <h2 id="checklist-title" className="section-title">{t('checklist.title')}</h2>
        <label htmlFor={selectId}>{t('checklist.year')}</label>
        <select id={selectId} value={vm.year} onChange={(event) => onYear(Number(event.target.value))}>
          {vm.years.map((year) => <option key={year} value={year}>{year}</option>)}
        </select>
        {picker}
      </div>
      {/* A narrow window scrolls the table, not the whole results column. */}
      <div className="table-scroll">
        <table className="checklist__table">
          <thead>
            <tr>
              <th scope="col">{t('checklist.indicator')}</th>
              <th scope="col">{t('checklist.target')} {vm.targetYear !== null && <span className="muted">{t('checklist.targetYear', { year: vm.targetYear })}</span>}</th>
              <th scope="col">{t('checklist.value')}</th>
              <th scope="col">{t('checklist.gap')}</th>
              <th scope="col">{t('checklist.status')}</th>
            </tr>
          </thead>
          <tbody>
            {vm.items.map((item) => (
              <tr key={item.key} data-testid={`check-${item.key}`}>
                <th scope="row">{item.label}</th>
                <td>{item.target}</td>
                <td className="num" title={item.assumption ? t('checklist.assumption') : undefined}>
                  {item.value}
                  {item.assumption && <span className="muted"> *</span>}
                </td>
                <td className="num">{item.gap}</td>
                <td>
                  <span className={`status status--${item.met ? 'met' : item.offBand ? 'off' : 'unmet'}`} data-status={item.status}>
                    <span aria-hidden="true">{item.met ? '✓' : item.status === 'above' ? '↑' : '↓'}</span> {item.statusText}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

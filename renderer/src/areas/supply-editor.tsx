/**
 * The supply table of one area, editable: facility, capacity, year opened, name. Each edit is a new
 * areas file in the store, so the gaps follow at once.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FACILITIES, LAST_TABLE_YEAR, FIRST_TABLE_YEAR, type AreasFile, type Facility } from '@model';
import { areasStore } from './areas-store';

interface SupplyEditorProps {
  file: AreasFile;
  names: string[];
}

/** A whole number from an input, or undefined when it is not one (the field keeps the user's text). */
function wholeOrUndefined(text: string, min: number, max: number): number | undefined {
  if (text.trim() === '') return undefined;
  const v = Number(text);
  return Number.isInteger(v) && v >= min && v <= max ? v : undefined;
}

export function SupplyEditor({ file, names }: SupplyEditorProps) {
  const { t } = useTranslation('areas');
  const selectId = useId();
  const [areaCode, setAreaCode] = useState(file.areas[0]?.code ?? '');
  const code = file.areas.some((a) => a.code === areaCode) ? areaCode : file.areas[0].code;
  const rows = file.supply.map((r, index) => ({ r, index })).filter(({ r }) => r.area === code);
  return (
    <section className="areas-editor" aria-labelledby={`${selectId}-title`} data-testid="supply-editor">
      <h3 id={`${selectId}-title`}>{t('supply.title')}</h3>
      <p className="areas-editor__note">{t('supply.placeholderNote')}</p>
      <label htmlFor={selectId}>{t('supply.area')}</label>{' '}
      <select id={selectId} value={code} onChange={(e) => setAreaCode(e.target.value)} data-testid="supply-area">
        {file.areas.map((a, i) => (
          <option key={a.code} value={a.code}>{names[i]}</option>
        ))}
      </select>
      {rows.length === 0 ? (
        <p>{t('supply.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('supply.facility')}</th>
              <th scope="col">{t('supply.capacity')}</th>
              <th scope="col">{t('supply.yearOpened')}</th>
              <th scope="col">{t('supply.name')}</th>
              <th scope="col"><span className="visually-hidden">{t('supply.remove')}</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ r, index }, n) => (
              <tr key={index} data-testid={`supply-row-${r.facility}`}>
                <td>
                  <select aria-label={t('supply.facility')} value={r.facility} onChange={(e) => areasStore.updateSupply(index, { facility: e.target.value as Facility })}>
                    {FACILITIES.map((f) => (
                      <option key={f} value={f}>{t(`supply.facilities.${f}`)}</option>
                    ))}
                  </select>
                </td>
                <td>
                  <NumberCell
                    label={t('supply.capacity')}
                    value={r.capacity}
                    min={0}
                    max={10_000_000}
                    onValue={(v) => areasStore.updateSupply(index, { capacity: v })}
                    testId={`supply-capacity-${r.facility}`}
                  />
                </td>
                <td>
                  <NumberCell label={t('supply.yearOpened')} value={r.yearOpened} min={FIRST_TABLE_YEAR} max={LAST_TABLE_YEAR} onValue={(v) => areasStore.updateSupply(index, { yearOpened: v })} />
                </td>
                <td>
                  <input aria-label={t('supply.name')} value={r.name ?? ''} maxLength={200} onChange={(e) => areasStore.updateSupply(index, { name: e.target.value })} />
                </td>
                <td>
                  <button type="button" className="button button--small" aria-label={t('supply.removeLabel', { n: n + 1 })} onClick={() => areasStore.removeSupply(index)}>
                    {t('supply.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="button" onClick={() => areasStore.addSupply({ area: code, facility: 'childcare', capacity: 0, yearOpened: 2025 })}>
        {t('supply.add')}
      </button>
    </section>
  );
}

interface NumberCellProps {
  label: string;
  value: number;
  min: number;
  max: number;
  onValue(v: number): void;
  testId?: string;
}

/** A number field that applies whole numbers in range and keeps anything else as typed, marked invalid. */
export function NumberCell({ label, value, min, max, onValue, testId }: NumberCellProps) {
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? String(value);
  const invalid = text !== null && wholeOrUndefined(text, min, max) === undefined;
  return (
    <input
      aria-label={label}
      inputMode="numeric"
      value={shown}
      aria-invalid={invalid || undefined}
      className={invalid ? 'is-invalid' : undefined}
      onChange={(e) => {
        const v = wholeOrUndefined(e.target.value, min, max);
        setText(e.target.value);
        if (v !== undefined) onValue(v);
      }}
      onBlur={() => {
        if (!invalid) setText(null);
      }}
      data-testid={testId}
    />
  );
}

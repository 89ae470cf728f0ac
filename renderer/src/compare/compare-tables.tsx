// The two tables of the Compare page: headline indicators by year, and the settings that differ.
import { useTranslation } from 'react-i18next';
import { ScenarioColumnHeader } from './compare-legend';
import type { ComparedScenario } from './series-view-model';
import type { HeadlineTableViewModel } from './table-view-model';
import type { DiffersRow } from './what-differs-view-model';

/** Renders a {@link HeadlineTableViewModel}; its cells carry the raw numbers as data attributes. */
export function HeadlineTableView({ vm }: { vm: HeadlineTableViewModel }) {
  const { t } = useTranslation('compare');
  return (
    <>
      <div className="table-scroll">
        <table className="compare-table" data-testid="compare-table">
          <thead>
            <tr>
              <th scope="col">{t('table.indicator')}</th>
              <th scope="col">{t('table.year')}</th>
              <th scope="col" className="compare-table__target">{t('table.target')}</th>
              {vm.columns.map((column) => (
                <ScenarioColumnHeader key={column.key} name={column.name} colour={column.colour} baseline={column.baseline} />
              ))}
            </tr>
          </thead>
          {vm.groups.map((group) => (
            <tbody key={group.indicator} className="compare-table__group">
              {group.rows.map((row, r) => (
                <tr key={row.year}>
                  {r === 0 && (
                    <th scope="rowgroup" rowSpan={group.rows.length} className="compare-table__indicator">
                      {group.label}
                      {group.observed && <span className="compare-table__observed" data-testid="compare-table-observed">{group.observed}</span>}
                    </th>
                  )}
                  <th scope="row" className="compare-table__year">{row.year}</th>
                  <td className="compare-table__target" data-testid="compare-table-target">{row.target ?? t('table.noTarget')}</td>
                  {row.cells.map((cell, i) => (
                    <td
                      key={vm.columns[i].key}
                      className="compare-table__cell"
                      data-indicator={group.indicator}
                      data-year={row.year}
                      data-scenario={i}
                      data-value={cell.raw.value}
                      data-diff={i === 0 ? undefined : cell.raw.diff}
                      data-rel={i === 0 || cell.raw.rel === null ? undefined : cell.raw.rel}
                    >
                      <span className="compare-table__value">{cell.value}</span>
                      {cell.diff !== null && (
                        <span className={`compare-table__diff compare-table__diff--${cell.direction ?? 'same'}`}>
                          <span data-part="diff">{cell.diff}</span> <span data-part="rel">{t('table.relative', { value: cell.rel })}</span>
                        </span>
                      )}
                      {cell.status && <span className={`compare-table__status compare-table__status--${cell.status.kind}`} data-status={cell.status.kind}>{cell.status.text}</span>}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <p className="muted compare__note">{vm.note}</p>
    </>
  );
}

/** The differing settings, one column per scenario and one for the default. */
export function WhatDiffersTable({ rows, scenarios }: { rows: readonly DiffersRow[]; scenarios: readonly ComparedScenario[] }) {
  const { t } = useTranslation('compare');
  if (scenarios.length < 2) return <p className="muted">{t('differs.single')}</p>;
  if (rows.length === 0) return <p className="muted" data-testid="differs-none">{t('differs.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="compare-table compare-differs" data-testid="compare-differs">
        <thead>
          <tr>
            <th scope="col">{t('differs.setting')}</th>
            {scenarios.map((s, i) => (
              <ScenarioColumnHeader key={s.key} name={s.name} colour={s.colour} baseline={i === 0} />
            ))}
            <th scope="col">{t('differs.default')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-setting={row.id}>
              <th scope="row" className="compare-differs__label">
                {row.label}
                <span className="compare-differs__unit">{t('differs.unit', { unit: row.unit })}</span>
              </th>
              {row.values.map((value, i) => (
                <td key={scenarios[i]?.key ?? i} className={row.differs[i] ? 'compare-differs__value compare-differs__value--differs' : 'compare-differs__value'}>
                  {value}
                </td>
              ))}
              <td className="compare-differs__value muted">{row.defaultValue}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

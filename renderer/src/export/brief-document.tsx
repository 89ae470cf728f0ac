/**
 * The PDF brief's pages. The answer comes first: page 1 leads with the key message (the model's
 * numbers against the plan target), then the plan-year headline table with its target column, then
 * the scenarios and assumptions; the other years' tables and the charts (targets as marks) follow.
 * The content flows from page to page (no forced break leaves a page mostly empty); tables, rows and
 * charts are kept whole.
 */
import { useTranslation } from 'react-i18next';
import { BRIEF_CHART_SIZE } from './chart-image';
import type { BriefComparisonTable, BriefModel } from './brief-model';

export interface Prepared {
  brief: BriefModel;
  images: string[];
}

function ComparisonTable({ table, many, inlineDiffs }: { table: BriefComparisonTable; many: boolean; inlineDiffs: boolean }) {
  // A year without any target (2030, 2035 under the plan) needs no target column.
  const targets = table.rows.some((row) => row.targetSource !== undefined);
  const header = targets ? table.header : table.header.filter((_, i) => i !== 1);
  return (
    <table className={`brief-table brief-table--numbers ${inlineDiffs ? 'brief-table--inline' : ''}`} data-testid={`brief-table-${table.year}`}>
      <caption>{table.title}</caption>
      <thead>
        <tr>{header.map((h, i) => <th key={i} scope="col" className={targets && i === 1 ? 'brief-target' : undefined}>{h}</th>)}</tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {targets && <td className="brief-num brief-target">{row.target}</td>}
            {row.cells.map((cell, c) => (
              <td key={c} className="brief-num">
                <span className="brief-value">{cell.value}</span>
                {many && cell.diff && <span className="brief-diff">{cell.diff}</span>}
                {cell.status && <span className={`brief-status brief-status--${cell.statusKind ?? 'met'}`}>{cell.status}</span>}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * One scenario: the headline indicators as rows, each row's target in the first year the active set
 * has one (the plan's 2025, a draft's 2030: in one year, the year is in the header; in several, beside
 * each target), the years as columns.
 */
function SingleScenarioTable({ brief }: { brief: BriefModel }) {
  const { t } = useTranslation('exporting');
  const [first] = brief.comparisons;
  if (!first) return null;
  const targets = first.rows.map((_, r) => {
    const table = brief.comparisons.find((tb) => tb.rows[r]?.targetSource !== undefined);
    return table ? { text: table.rows[r].target, year: table.year } : { text: first.rows[r].target, year: undefined };
  });
  const years = [...new Set(targets.flatMap((x) => (x.year === undefined ? [] : [x.year])))];
  const oneYear = years.length <= 1 ? (years[0] ?? first.year) : undefined;
  return (
    <table className="brief-table brief-table--numbers" data-testid={`brief-table-${first.year}`}>
      <thead>
        <tr>
          <th scope="col">{first.header[0]}</th>
          <th scope="col" className="brief-target">{oneYear === undefined ? first.header[1] : t('brief.targetIn', { header: first.header[1], year: oneYear })}</th>
          {brief.comparisons.map((table) => <th key={table.year} scope="col">{t('brief.yearColumn', { year: table.year })}</th>)}
        </tr>
      </thead>
      <tbody>
        {first.rows.map((row, r) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td className="brief-num brief-target">
              {targets[r].text}
              {oneYear === undefined && targets[r].year !== undefined && <span className="brief-diff">{t('brief.targetYear', { year: targets[r].year })}</span>}
            </td>
            {brief.comparisons.map((table) => {
              const cell = table.rows[r].cells[0];
              return (
                <td key={table.year} className="brief-num">
                  <span className="brief-value">{cell.value}</span>
                  {cell.status && <span className={`brief-status brief-status--${cell.statusKind ?? 'met'}`}>{cell.status}</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function BriefDocument({ brief, images }: Prepared) {
  const { t } = useTranslation('exporting');
  const many = brief.scenarios.length > 1;
  // Up to three scenarios, a difference fits beside its value.
  const inlineDiffs = brief.scenarios.length <= 3;
  const [planYear, ...laterYears] = brief.comparisons;
  const markerNames = [...new Set(brief.charts.flatMap((panel) => panel.markers.map((m) => m.name)))];
  return (
    <article className={`brief ${brief.scenarios.length > 3 ? 'brief--wide' : ''}`} lang={brief.language} data-testid="brief-document">
      <section className="brief-page">
        <header className="brief-header">
          <h1>{brief.title}</h1>
          <p className="brief-subtitle">{brief.subtitle}</p>
          <p className="brief-stamp">{brief.stamp}</p>
        </header>
        {brief.keyMessage && (
          <aside className="brief-key" data-testid="brief-key-message">
            <h2>{brief.keyMessage.heading}</h2>
            <p>{brief.keyMessage.text}</p>
          </aside>
        )}

        <h2>{many ? t('brief.headlineTitle') : t('brief.headlineTitleOne')}</h2>
        {many && <p className="brief-muted">{brief.comparisonNote}</p>}
        {many ? planYear && <ComparisonTable table={planYear} many inlineDiffs={inlineDiffs} /> : <SingleScenarioTable brief={brief} />}

        <h2>{brief.assumptions.title}</h2>
        <ol className="brief-scenarios">
          {brief.scenarios.map((s) => (
            <li key={s.number}>
              <span className="brief-swatch" style={{ background: s.color }} aria-hidden="true" />
              <strong>{s.name}</strong>
              {s.baseline && <span className="brief-badge">{t('brief.baseline')}</span>}
              {s.description && <p className="brief-muted">{s.description}</p>}
            </li>
          ))}
        </ol>
        {brief.assumptions.rows.length === 0 ? (
          <p>{brief.assumptions.empty}</p>
        ) : (
          <>
            <p className="brief-muted">{t('brief.assumptionsIntro')}</p>
            <table className="brief-table">
              <thead>
                <tr>{brief.assumptions.header.map((h, i) => <th key={i} scope="col">{h}</th>)}</tr>
              </thead>
              <tbody>
                {brief.assumptions.rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, c) => (c === 0 ? <th key={c} scope="row">{cell}</th> : <td key={c} className="brief-num">{cell}</td>))}
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}

        {many && laterYears.length > 0 && (
          <>
            <h2>{t('brief.laterYearsTitle', { years: laterYears.map((table) => table.year).join(t('brief.yearsSeparator')) })}</h2>
            {laterYears.map((table) => <ComparisonTable key={table.year} table={table} many inlineDiffs={inlineDiffs} />)}
          </>
        )}

        <h2>{t('brief.chartsTitle')}</h2>
        <ul className="brief-legend" aria-label={t('brief.scenariosTitle')}>
          {brief.scenarios.map((s) => (
            <li key={s.number}>
              <span className="brief-line" style={{ background: s.color }} aria-hidden="true" />
              {s.name}
            </li>
          ))}
          {markerNames.map((name) => (
            <li key={name}>
              <span className="brief-mark" aria-hidden="true">◆</span>
              {name}
            </li>
          ))}
        </ul>
        {brief.bandNote && <p className="brief-muted brief-band-note" data-testid="brief-band-note">{brief.bandNote}</p>}
        <div className="brief-charts">
          {brief.charts.map((panel, i) => (
            <figure key={panel.indicator} className="brief-chart">
              <figcaption>{t('brief.withUnit', { title: panel.title, unit: panel.display.unit })}</figcaption>
              <img src={images[i]} alt={t('brief.withUnit', { title: panel.title, unit: panel.display.unit })} width={BRIEF_CHART_SIZE.width} height={BRIEF_CHART_SIZE.height} />
            </figure>
          ))}
        </div>
        <h2>{t('brief.sourcesTitle')}</h2>
        <p>{brief.dataVintage}</p>
        <p className="brief-muted">{t('brief.note')}</p>
        <p className="brief-footer">{brief.stamp} · {brief.dataVintage}</p>
      </section>
    </article>
  );
}

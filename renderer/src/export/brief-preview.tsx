/**
 * The PDF brief's print view: a full-window preview of the A4 pages (title, scenarios, assumptions,
 * headline comparison, charts) with "Save as PDF…" (Electron: main prints this view with printToPDF)
 * or "Print or save as PDF…" (browser: window.print()). Under print media only the brief is shown
 * (export.css), so whichever prints the page prints the brief. The brief's data and chart images are
 * prepared on opening (brief-model.ts, brief-charts.ts, loaded with import()).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useAppServices } from '../app/app-context';
import { useLanguage } from '../i18n/use-language';
import { BRIEF_CHART_SIZE } from './chart-image';
import type { BriefModel } from './brief-model';
import { exportFileName, exportFilters, failureNotice, resultNotice, type ExportNotice } from './export-files';
import type { ExportScenario } from './export-types';
import './export.css';

interface Prepared {
  brief: BriefModel;
  images: string[];
}

export function BriefPreview({ scenarios, onClose }: { scenarios: readonly ExportScenario[]; onClose(): void }) {
  const { t } = useTranslation('exporting');
  const { language } = useLanguage();
  const { host } = useAppServices();
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [notice, setNotice] = useState<ExportNotice | null>(null);
  const [printing, setPrinting] = useState(false);
  const date = useMemo(() => new Date(), []);
  const holder = useMemo(() => {
    const div = document.createElement('div');
    div.className = 'brief-holder';
    return div;
  }, []);
  const closeButton = useRef<HTMLButtonElement>(null);

  // While open: the brief is the page (the app behind is inert and hidden from print).
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const root = document.getElementById('root');
    document.body.append(holder);
    document.body.classList.add('brief-open');
    root?.setAttribute('inert', '');
    closeButton.current?.focus();
    return () => {
      holder.remove();
      document.body.classList.remove('brief-open');
      root?.removeAttribute('inert');
      before?.focus();
    };
  }, [holder]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !printing) onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose, printing]);

  useEffect(() => {
    let live = true;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- clears the stale preview while the new one is prepared asynchronously
    setPrepared(null);
    void (async () => {
      const [info, { briefModel }, { briefChartImages }] = await Promise.all([host.getAppInfo(), import('./brief-model'), import('./brief-charts')]);
      const { brief } = briefModel(scenarios, { language, appVersion: info.version, date }, t);
      const images = await briefChartImages(brief.charts, language);
      if (live) setPrepared({ brief, images });
    })().catch((error: unknown) => {
      if (live) setNotice(failureNotice(t, 'brief.failed', error));
    });
    return () => {
      live = false;
    };
  }, [scenarios, language, host, t, date]);

  const print = async () => {
    setPrinting(true);
    setNotice({ kind: 'info', text: t('brief.printing') });
    try {
      const result = await host.printPdf({ suggestedName: exportFileName(t, 'pdf', scenarios, language, date), filters: exportFilters(t, 'pdf') });
      setNotice(resultNotice(t, result, { saved: 'brief.saved', canceled: 'brief.canceled', failed: 'brief.failed', printed: 'brief.printed' }));
    } catch (error) {
      setNotice(failureNotice(t, 'brief.failed', error));
    } finally {
      setPrinting(false);
    }
  };

  const status = notice?.text ?? (prepared ? '' : t('brief.preparing'));
  return createPortal(
    <div className="brief-preview" role="region" aria-label={t('brief.regionLabel')} data-testid="brief-preview">
      <div className="brief-toolbar">
        <button type="button" className="button button--primary" onClick={() => void print()} disabled={!prepared || printing} data-testid="brief-print">
          {host.kind === 'electron' ? t('brief.printElectron') : t('brief.printBrowser')}
        </button>
        <button ref={closeButton} type="button" className="button" onClick={onClose} disabled={printing} data-testid="brief-close">{t('brief.close')}</button>
        <span className={`brief-toolbar__status brief-toolbar__status--${notice?.kind ?? 'info'}`} role="status" data-testid="brief-status">{status}</span>
      </div>
      <div className="brief-scroll">{prepared && <BriefDocument brief={prepared.brief} images={prepared.images} />}</div>
    </div>,
    holder,
  );
}

function BriefDocument({ brief, images }: Prepared) {
  const { t } = useTranslation('exporting');
  const many = brief.scenarios.length > 1;
  // Up to three scenarios, a difference fits beside its value: the three years' tables then share a page.
  const inlineDiffs = brief.scenarios.length <= 3;
  const headline = (
    <>
      <h2>{many ? t('brief.headlineTitle') : t('brief.headlineTitleOne')}</h2>
      {many ? (
        <>
          <p className="brief-muted">{brief.comparisonNote}</p>
          {brief.comparisons.map((table) => (
            <table key={table.year} className={`brief-table brief-table--numbers ${inlineDiffs ? 'brief-table--inline' : ''}`}>
              <caption>{table.title}</caption>
              <thead>
                <tr>{table.header.map((h, i) => <th key={i} scope="col">{h}</th>)}</tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.label}>
                    <th scope="row">{row.label}</th>
                    {row.cells.map((cell, c) => (
                      <td key={c} className="brief-num">
                        <span className="brief-value">{cell.value}</span>
                        {cell.diff && <span className="brief-diff">{cell.diff}</span>}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </>
      ) : (
        <SingleScenarioTable brief={brief} />
      )}
    </>
  );
  return (
    <article className={`brief ${brief.scenarios.length > 3 ? 'brief--wide' : ''}`} lang={brief.language} data-testid="brief-document">
      <section className="brief-page">
        <header className="brief-header">
          <h1>{brief.title}</h1>
          <p className="brief-subtitle">{brief.subtitle}</p>
          <p className="brief-stamp">{brief.stamp}</p>
        </header>
        <h2>{t('brief.scenariosTitle')}</h2>
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
        <h2>{brief.assumptions.title}</h2>
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
        <h2>{t('brief.sourcesTitle')}</h2>
        <p>{brief.dataVintage}</p>
        <p className="brief-muted">{t('brief.note')}</p>
        {/* One scenario: its headline table is short enough to share the first page. */}
        {!many && headline}
      </section>

      {many && <section className="brief-page">{headline}</section>}

      <section className="brief-page">
        <h2>{t('brief.chartsTitle')}</h2>
        {many && (
          <ul className="brief-legend" aria-label={t('brief.scenariosTitle')}>
            {brief.scenarios.map((s) => (
              <li key={s.number}>
                <span className="brief-line" style={{ background: s.color }} aria-hidden="true" />
                {s.name}
              </li>
            ))}
          </ul>
        )}
        <div className="brief-charts">
          {brief.charts.map((panel, i) => (
            <figure key={panel.indicator} className="brief-chart">
              <figcaption>{t('brief.withUnit', { title: panel.title, unit: panel.display.unit })}</figcaption>
              <img src={images[i]} alt={t('brief.withUnit', { title: panel.title, unit: panel.display.unit })} width={BRIEF_CHART_SIZE.width} height={BRIEF_CHART_SIZE.height} />
            </figure>
          ))}
        </div>
        <p className="brief-footer">{brief.stamp} · {brief.dataVintage}</p>
      </section>
    </article>
  );
}

/** One scenario: the headline indicators as rows, the years as columns. */
function SingleScenarioTable({ brief }: { brief: BriefModel }) {
  const { t } = useTranslation('exporting');
  const [first] = brief.comparisons;
  if (!first) return null;
  return (
    <table className="brief-table brief-table--numbers">
      <thead>
        <tr>
          <th scope="col">{first.header[0]}</th>
          {brief.comparisons.map((table) => <th key={table.year} scope="col">{t('brief.yearColumn', { year: table.year })}</th>)}
        </tr>
      </thead>
      <tbody>
        {first.rows.map((row, r) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {brief.comparisons.map((table) => <td key={table.year} className="brief-num">{table.rows[r].cells[0].value}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
